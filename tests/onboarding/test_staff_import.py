"""Bulk onboarding of staff, from outside: an administrator uploads a CSV; all of it or
none of it is imported; the same file twice changes nothing; only their own units."""
import re

import pytest
from allauth.account.models import EmailAddress
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone, translation

from academy.base.models import OutboundEmail
from accounts.models import Profile, User
from institutions.models import Membership
from notifications.models import Notification
from onboarding.models import OnboardingJob
from tests.notifications.conftest import COURSE_KK

pytestmark = pytest.mark.django_db

URL = "/en/manage/staff/import/"
GOOD = (
    "Email,Full name,Profession,Position,Unit code,Language\n"
    "aigul.serikova@police.kz,Айгүл Серікова,District police officer,Senior inspector,"
    "POL-ALM-MED,kk\n"
    "marat.ospanov@police.kz,Марат Оспанов,Police investigator,Investigator,POL-ALM-MED,ru\n"
    "dana.akhmetova@police.kz,Dana Akhmetova,Juvenile inspector,Inspector,POL-ALM,en\n"
)


def _upload(client, text, *, name="staff.csv", encoding="utf-8", **fields):
    upload = SimpleUploadedFile(name, text.encode(encoding), content_type="text/csv")
    return client.post(URL, {"file": upload, **fields}, follow=True)


@pytest.fixture
def admin_client(world, client):
    client.force_login(world["admin"])
    return client


def _state():
    return (User.objects.count(), Membership.objects.count(), OutboundEmail.objects.count(),
            Notification.objects.count(), Profile.objects.count())


def test_a_good_file_makes_accounts_members_invitations_and_assignments(
        world, admin_client, django_capture_on_commit_callbacks):
    due = timezone.localdate() + timezone.timedelta(days=8)
    with django_capture_on_commit_callbacks(execute=True):
        page = _upload(admin_client, GOOD, course=world["course"].pk, due_date=due.isoformat())
    assert page.status_code == 200
    text = page.content.decode()
    assert "3 accounts created" in text and "assigned to 3 people" in text
    aigul = User.objects.get(email="aigul.serikova@police.kz")
    assert not aigul.has_usable_password()
    assert aigul.profile.preferred_language == "kk" and aigul.profile.full_name == "Айгүл Серікова"
    assert aigul.profile.profession == "district_police"
    assert Membership.objects.get(user=aigul, status="active").institution == world["almaty_medeu"]
    assert EmailAddress.objects.get(user=aigul).verified is False
    dana = Membership.objects.get(user__email="dana.akhmetova@police.kz")
    assert dana.institution == world["almaty"]
    # Her invitation and her assignment, in Kazakh, with Kazakh links.
    to_her = [m for m in mail.outbox if m.to == [aigul.email]]
    assert len(to_her) == 2
    invitation = next(m for m in to_her if "/me/invitation/" in m.body)
    assert "http://testserver/kk/me/invitation/" in invitation.body
    assert invitation.subject == "Сіз Хаттамалар академиясына шақырылдыңыз"
    assigned = next(m for m in to_her if m is not invitation)
    assert COURSE_KK in assigned.subject and "/kk/courses/" in assigned.body

    # The same file again: nothing changes, nobody is mailed again.
    before, mails = _state(), len(mail.outbox)
    with django_capture_on_commit_callbacks(execute=True):
        page = _upload(admin_client, GOOD, course=world["course"].pk, due_date=due.isoformat())
    assert "3 people were already members" in page.content.decode()
    assert _state() == before and len(mail.outbox) == mails


def test_one_bad_line_imports_nobody_and_names_the_line(world, admin_client):
    from tests.factories import make_learner

    make_learner(world["astana_yesil"], email="elsewhere@police.kz")
    text = GOOD + (
        "not-an-email,Someone,Police investigator,Investigator,POL-ALM-MED,\n"
        "aigul.serikova@police.kz,Twice,Police investigator,Investigator,POL-ALM-MED,\n"
        "new.person@police.kz,New Person,Astronaut,Investigator,POL-ALM-MED,\n"
        "other.unit@police.kz,Other Unit,Police investigator,Investigator,POL-AST-YES,\n"
        "elsewhere@police.kz,Elsewhere,Police investigator,Investigator,POL-ALM-MED,fr\n")
    before = _state()
    page = _upload(admin_client, text)
    body = page.content.decode()
    assert "Nothing was imported" in body
    assert _state() == before
    job = OnboardingJob.objects.get()
    problems = {line: message for line, message in job.errors}
    assert set(problems) == {5, 6, 7, 8, 9}
    assert "not an email address" in problems[5]
    assert "also on line 2" in problems[6]
    assert "Astronaut" in problems[7]
    assert "POL-AST-YES" in problems[8] and "not the code of one of your units" in problems[8]
    assert "already exists" in " ".join(m for line, m in job.errors if line == 9)
    assert "“fr” is not a language" in " ".join(m for line, m in job.errors if line == 9)
    assert re.search(r"<th scope=\"row\">5</th>\s*<td>", body)


def test_headers_in_russian_or_kazakh_semicolons_and_windows_1251(world, admin_client):
    russian = ("Электронная почта;ФИО;Профессия;Должность;Код подразделения\n"
               "ivan.petrov@police.kz;Иван Петров;Следователь полиции;Следователь;POL-ALM-MED\n")
    assert "1 account created" in _upload(admin_client, russian,
                                          encoding="cp1251").content.decode()
    with translation.override("kk"):
        from accounts.constants import Profession

        label = str(Profession.PSYCHOLOGIST.label)
    kazakh = ("Электрондық пошта,Аты-жөні,Кәсібі,Лауазымы,Бөлімше коды,Тіл\n"
              f"asel.nur@police.kz,Әсел Нұр,{label},Психолог,POL-ALM-MED,қазақша\n")
    assert "1 account created" in _upload(admin_client, kazakh).content.decode()
    asel = Profile.objects.get(user__email="asel.nur@police.kz")
    assert (asel.profession, asel.preferred_language) == ("psychologist", "kk")
    assert Profile.objects.get(user__email="ivan.petrov@police.kz").profession == \
        "police_investigator"


def test_a_file_that_cannot_be_read_is_refused_with_a_reason(admin_client):
    before = _state()
    page = _upload(admin_client, "Name,Phone\nA,1\n")
    assert page.status_code == 400
    assert "Missing: Email" in page.content.decode()
    page = _upload(admin_client, "x", name="staff.xlsx")
    assert "Upload a .csv file" in page.content.decode()
    assert _state() == before and not OnboardingJob.objects.exists()


def test_only_administrators_and_only_their_own_imports(world, client):
    learner = world["learners"][0]
    client.force_login(learner)
    assert client.get(URL).status_code == 403
    client.force_login(world["admin"])
    _upload(client, GOOD)
    job = OnboardingJob.objects.get()
    assert client.get(f"{URL}{job.token}/").status_code == 200
    client.force_login(world["other_admin"])
    assert client.get(f"{URL}{job.token}/").status_code == 404
    # Astana's administrator cannot import into Almaty's units either.
    page = _upload(client, GOOD.replace("aigul", "aigul2").replace("marat", "marat2")
                   .replace("dana", "dana2"))
    assert "Nothing was imported" in page.content.decode()


def test_a_large_file_runs_in_the_background_with_progress(world, admin_client, settings,
                                                          django_capture_on_commit_callbacks):
    from onboarding import services

    lines = ["email,full name,profession,position,unit code"] + [
        f"officer{n}@police.kz,Officer {n},Patrol police officer,Patrol,POL-ALM-MED"
        for n in range(services.SYNC_ROWS + 1)]
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        page = _upload(admin_client, "\n".join(lines))
    job = OnboardingJob.objects.get()
    assert job.status == "queued" and page.status_code == 200
    body = page.content.decode()
    assert '<meta http-equiv="refresh"' in body and "<progress" in body
    assert f"0 of {services.SYNC_ROWS + 1} people" in body
    for callback in callbacks:
        callback()
    job.refresh_from_db()
    assert job.status == "done" and job.result["created"] == services.SYNC_ROWS + 1
    assert job.content == ""  # the names and emails are not kept in the job
    assert '<meta http-equiv="refresh"' not in admin_client.get(
        f"{URL}{job.token}/").content.decode()


def test_the_template_names_the_columns_in_the_readers_language(admin_client):
    response = admin_client.get("/ru/manage/staff/import/template.csv")
    header = response.content.decode("utf-8-sig").splitlines()[0]
    assert header.startswith("Электронная почта,ФИО") or "Электронная почта" in header


@pytest.mark.parametrize("language", ["en", "ru", "kk"])
def test_the_template_reads_back_in_every_language(admin_client, language):
    import csv
    import io

    response = admin_client.get(f"/{language}/manage/staff/import/template.csv")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert len(rows) == 2 and len(rows[0]) == 6
    with translation.override(language):
        page = _upload(admin_client, response.content.decode("utf-8-sig"))
    assert "1 account created" in page.content.decode(), page.content.decode()[-3000:]


def test_what_a_file_says_is_shown_as_text(admin_client):
    """Cells quoted in the error list are escaped: a file cannot put script on the page."""
    payload = '<img src=x onerror="alert(1)">'
    page = _upload(admin_client, "email,full name,profession,position,unit code\n"
                                 f'"{payload}",Name,"{payload}",Position,"{payload}"\n')
    body = page.content.decode()
    assert "Nothing was imported" in body
    assert payload not in body and "&lt;img src=x onerror=" in body


def test_the_import_pages_make_the_same_queries_for_small_and_large_uploads(
        world, admin_client, django_assert_max_num_queries):
    """The upload page (with recent imports) and a status page (with its problems) do not
    grow with the number of imports or of problems."""
    def counts(bad_lines):
        lines = ["email,full name,profession,position,unit code"] + [
            f"bad{n},Name,Police investigator,Investigator,POL-ALM-MED" for n in range(bad_lines)]
        _upload(admin_client, "\n".join(lines))
        job = OnboardingJob.objects.order_by("-created_at").first()
        found = []
        for url in (URL, f"{URL}{job.token}/"):
            admin_client.get(url)
            with django_assert_max_num_queries(25) as captured:
                assert admin_client.get(url).status_code == 200
            found.append(len(captured))
        return found

    small = counts(2)
    for _ in range(5):
        counts(3)
    assert counts(150) == small
