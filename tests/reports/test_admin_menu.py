"""Staff reach the same reports from the Wagtail admin menu."""
import pytest

from tests.factories import give_totp

pytestmark = pytest.mark.django_db


def test_staff_find_reports_in_the_admin_menu(client, report_world, django_user_model):
    staff = django_user_model.objects.create_superuser(email="editor.in.chief@example.org",
                                                       password="a-long-test-password")
    give_totp(staff)
    client.force_login(staff)
    menu = client.get("/admin/").content.decode()
    assert "/admin/training-reports/" in menu and "Training reports" in menu
    response = client.get("/admin/training-reports/")
    assert response.status_code == 302 and response["Location"] == "/en/reports/"
    assert client.get("/en/reports/").status_code == 200


def test_editors_without_a_role_do_not_see_it(client, report_world, django_user_model):
    from django.contrib.auth.models import Group

    editor = django_user_model.objects.create_user(email="editor@example.org",
                                                   password="a-long-test-password")
    editor.groups.add(Group.objects.get(name="Editors"))
    give_totp(editor)
    client.force_login(editor)
    menu = client.get("/admin/").content.decode()
    assert "Training reports" not in menu
    assert client.get("/en/reports/").status_code == 404
