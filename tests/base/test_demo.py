import pytest
from django.core.management import call_command
from wagtail.models import Page, Revision, Site

from academy.base.models import HomePage
from courses.models import CourseIndexPage
from protocols.models import ProtocolIndexPage

pytestmark = pytest.mark.django_db


def test_demo_builds_the_site_in_three_languages(client):
    call_command("load_demo", stdout=open("/dev/null", "w"))
    homes = HomePage.objects.live().select_related("locale")
    assert sorted(h.locale.language_code for h in homes) == ["en", "kk", "ru"]
    assert Site.objects.get(is_default_site=True).root_page.specific.locale.language_code == "en"
    assert ProtocolIndexPage.objects.live().count() == 3
    assert CourseIndexPage.objects.live().count() == 3
    # The placeholder page from Wagtail's first migration is gone.
    assert not Page.objects.filter(depth=2).exclude(
        pk__in=HomePage.objects.values("pk")).exists()
    assert "Хаттамалар академиясы" in client.get("/kk/").content.decode()
    assert "Академия протоколов" in client.get("/ru/").content.decode()


def test_second_demo_load_changes_nothing(django_user_model):
    call_command("load_demo", stdout=open("/dev/null", "w"))
    before = (Page.objects.count(), Revision.objects.count(), django_user_model.objects.count())
    from io import StringIO

    out = StringIO()
    call_command("load_demo", stdout=out)
    after = (Page.objects.count(), Revision.objects.count(), django_user_model.objects.count())
    assert before == after
    assert "nothing changed" in out.getvalue()


def test_demo_admin_can_sign_in(client):
    from academy.base.demo_content import DEMO_USERS

    call_command("load_demo", stdout=open("/dev/null", "w"))
    admin = DEMO_USERS[0]
    response = client.post(
        "/en/accounts/login/", {"login": admin["email"], "password": admin["password"]}
    )
    assert response.status_code == 302
    assert client.get("/admin/").status_code == 200
