import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.utils import translation
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


def _totp_now(secret):
    from tests.factories import totp_code

    return totp_code(secret)


def test_demo_admin_signs_in_with_two_factor_and_reaches_the_cms(client):
    from academy.base.demo_data import demo_data_read

    demo = demo_data_read("site")
    call_command("load_demo", stdout=open("/dev/null", "w"))
    admin = demo["users"][0]
    response = client.post("/en/accounts/login/",
                           {"login": admin["email"], "password": demo["password"]})
    assert response.status_code == 302
    assert "/accounts/2fa/authenticate/" in response["Location"]
    assert "_auth_user_id" not in client.session  # not signed in before the second factor
    response = client.post(response["Location"], {"code": _totp_now(demo["totp_secret"])})
    assert response.status_code == 302
    assert client.get("/admin/").status_code == 200


def test_demo_has_users_in_every_role_and_institutions(client):
    from academy.base.demo_data import demo_data_read
    from institutions.models import Institution, Membership, Role

    call_command("load_demo", stdout=open("/dev/null", "w"))
    assert Institution.objects.count() >= 40
    assert len(set(Institution.objects.values_list("region", flat=True))) >= 8
    assert set(Role.objects.values_list("kind", flat=True)) == {"institution_admin",
                                                                 "national_admin"}
    assert Membership.objects.filter(status="pending").exists()
    response = client.post("/en/accounts/login/",
                           {"login": "investigator@academy.example",
                            "password": demo_data_read("site")["password"]})
    assert response["Location"] == "/en/start/"
    home = client.get("/en/start/")
    assert home["Location"] == "/en/me/"  # a learner starts at their training
    assert "Yerlan Tokhtarov" in client.get("/en/me/").content.decode()


def test_demo_logins_are_printed():
    from io import StringIO

    call_command("load_demo", stdout=open("/dev/null", "w"))
    out = StringIO()
    call_command("demo_logins", stdout=out)
    text = out.getvalue()
    assert "almaty.admin@academy.example" in text and "demo-pass-2026" in text
    assert "/ru/join/" in text


def test_demo_fills_the_completion_reports():
    """Synthetic learners give the national report real figures: a course row above the
    suppression threshold, completions in several months, and overdue assignments."""
    from django.contrib.auth import get_user_model
    from django.db.models import Exists, OuterRef
    from django.utils import timezone

    from courses.models import CourseProgress, Enrolment
    from reports.cells import Suppressed
    from reports.selectors import Filters, report_scope
    from reports.tables import dashboard_tables

    call_command("load_demo", stdout=open("/dev/null", "w"))
    national = get_user_model().objects.get(email="national@academy.example")
    tables = {t.key: t for t in dashboard_tables(report_scope(national), Filters())}
    assert all(tables[key].rows for key in tables), [k for k, t in tables.items() if not t.rows]
    assert any(not any(isinstance(cell, Suppressed) for cell in row)
               for row in tables["courses"].rows)
    assert len({row[0] for row in tables["trend"].rows if row[2]}) >= 3
    completed = CourseProgress.objects.filter(user_id=OuterRef("user_id"),
                                              course_key=OuterRef("course_key"),
                                              completed_at__isnull=False)
    assert Enrolment.objects.filter(source="assigned", due_date__lt=timezone.localdate()).exclude(
        Exists(completed)).exists()


def test_the_demo_tells_the_overdue_and_the_administrators(django_capture_on_commit_callbacks):
    """As `make run` does after loading: the patrol officer, whose assignment is overdue,
    has an overdue notice; Almaty's administrator has this week's digest; run again, no
    new notice."""
    from notifications.models import Notification

    call_command("load_demo", stdout=open("/dev/null", "w"))
    with django_capture_on_commit_callbacks(execute=True):
        call_command("notifications_send", stdout=open("/dev/null", "w"))
    assert Notification.objects.filter(user__email="patrol@academy.example",
                                       kind="overdue").exists()
    digest = Notification.objects.get(user__email="almaty.admin@academy.example", kind="digest")
    assert digest.data["overdue_total"] >= 1
    before = Notification.objects.count()
    call_command("notifications_send", stdout=open("/dev/null", "w"))
    assert Notification.objects.count() == before


def test_each_demo_sign_in_starts_at_its_roles_home(client):
    """As the README says: administrators at the reports overview, editors and reviewers in
    the CMS, learners at their training."""
    from django.contrib.auth import get_user_model

    from academy.base.demo_data import demo_data_read

    call_command("load_demo", stdout=open("/dev/null", "w"))
    homes = {"superuser": "/en/reports/", "national_admin": "/en/reports/",
             "institution_admin": "/en/reports/", "editor": "/admin/", "moderator": "/admin/",
             "reviewer": "/admin/", "legal_reviewer": "/admin/", "learner": "/en/me/"}
    users = demo_data_read("site")["users"]
    assert {u["role"] for u in users} <= set(homes)
    for user in users:
        client.force_login(get_user_model().objects.get(email=user["email"]))
        assert client.get("/en/start/")["Location"] == homes[user["role"]], user["email"]


def test_every_demo_page_and_question_is_in_english_russian_and_kazakh(client):
    from courses.models import CoursePage, LessonPage, ModulePage
    from protocols.models import ProtocolPage
    from quizzes.models import Question, QuizPage

    call_command("load_demo", stdout=open("/dev/null", "w"))
    missing = []
    for model in (ProtocolPage, CoursePage, ModulePage, LessonPage, QuizPage):
        languages = {}
        for page in model.objects.live().select_related("locale"):
            languages.setdefault(page.translation_key, set()).add(page.locale.language_code)
        assert languages, f"the demo has no {model.__name__}"
        missing += [f"{model.__name__} {key}: {sorted(found)}" for key, found in languages.items()
                    if found != {"en", "ru", "kk"}]
    questions = {}
    for question in Question.objects.select_related("locale"):
        questions.setdefault(question.translation_key, set()).add(question.locale.language_code)
    missing += [f"question {key}: {sorted(found)}" for key, found in questions.items()
                if found != {"en", "ru", "kk"}]
    assert not missing, "\n".join(missing)
    # What the README says of it.
    english = {"locale__language_code": "en"}
    assert ProtocolPage.objects.live().filter(**english).count() == 10
    assert ProtocolPage.objects.live().filter(version=2, **english).count() == 1
    assert CoursePage.objects.live().filter(**english).count() == 5


def test_demo_lessons_and_questions_show_their_content_note_support_and_legal_basis(client):
    """The data's markers reach the learner: a content note with the way to support, and the
    legal basis from the snippets."""
    from courses.models import LessonPage
    from protocols.models import ProtocolPage
    from quizzes.models import Question

    call_command("load_demo", stdout=open("/dev/null", "w"))
    for language, support in (("en", "Support for you"), ("ru", "Поддержка для вас"),
                              ("kk", "Сізге арналған қолдау")):
        lesson = next(p for p in LessonPage.objects.live().filter(locale__language_code=language)
                      if any(b.block_type == "content_note" for b in p.body)
                      and any(b.block_type == "legal_basis" for b in p.body))
        client.force_login(get_user_model().objects.get(email="investigator@academy.example"))
        html = client.get(lesson.url).content.decode()
        assert support in html and f'href="/{language}/support/"' in html
        cited = next(b for b in lesson.body if b.block_type == "legal_basis").value["references"]
        with translation.override(language):
            assert all(str(reference.citation) in html for reference in cited)
        protocol = ProtocolPage.objects.live().get(slug="registering-sexual-violence-ex-officio",
                                                   locale__language_code=language)
        assert "legal-basis" in client.get(protocol.url).content.decode()
    assert Question.objects.filter(content_note=True).exists()
    assert Question.objects.filter(legal_references__isnull=False).exists()
