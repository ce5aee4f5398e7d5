"""An institution administrator onboards three officers from a CSV and assigns a course due
in 8 days; the Kazakh-speaking officer is invited in Kazakh, chooses her password, and sees
her notices; as the days pass, her reminders and the overdue notice arrive once each, and
the administrator's weekly digest lists her. axe checks every page on the way."""
import datetime
import re

import pytest
from django.core import mail
from django.utils import timezone

from notifications.sweeps import digests_send, reminders_sweep
from tests.e2e.conftest import assert_accessible, assert_fits_the_width, sign_in
from tests.factories import make_admin, make_course, make_home_page, make_tree, root_page, translate_tree

pytestmark = pytest.mark.django_db(transaction=True)

COURSE, COURSE_KK = "Ending investigative re-enactment", "Оқиғаны қайта сахналауды тоқтату"
STAFF = (
    "Электрондық пошта,Аты-жөні,Кәсібі,Лауазымы,Бөлімше коды,Тіл\n"
    "aigul.serikova@police.kz,Айгүл Серікова,District police officer,Аға учаскелік инспектор,"
    "POL-ALM-MED,kk\n"
    "marat.ospanov@police.kz,Марат Оспанов,Police investigator,Следователь,POL-ALM-MED,ru\n"
    "dana.akhmetova@police.kz,Dana Akhmetova,Juvenile inspector,Inspector,POL-ALM,en\n")
AIGUL = "aigul.serikova@police.kz"
PASSWORD = "a long and private passphrase 2026"


@pytest.fixture
def world(transactional_db):
    root_page()
    home = make_home_page()
    course = make_course(home.get_children().get(slug="courses").specific, title=COURSE)
    translate_tree(home, "kk", {COURSE: COURSE_KK})
    tree = make_tree()
    make_admin(tree["almaty"], email="almaty.admin@example.org")
    return {**tree, "course": course}


def _to(address):
    return [m for m in mail.outbox if m.to == [address]]


def test_onboarding_reminders_and_digest(page, browser, live_server, world, tmp_path):
    base = live_server.url
    start = timezone.localdate()
    due = start + datetime.timedelta(days=8)

    # The administrator uploads the list and assigns the course.
    sign_in(page, base, "almaty.admin@example.org")
    page.goto(f"{base}/en/manage/")
    page.get_by_role("link", name="Import staff").click()
    assert_accessible(page)
    staff = tmp_path / "staff.csv"
    staff.write_text(STAFF, encoding="utf-8")
    page.get_by_label("Staff list (CSV)").set_input_files(str(staff))
    page.get_by_label("Assign a course (optional)").select_option(label=COURSE)
    page.get_by_label("Due date").fill(due.isoformat())
    page.get_by_role("button", name="Check and import").click()
    page.wait_for_url("**/en/manage/staff/import/*/")
    status = page.get_by_role("status").first.inner_text()
    assert "3 accounts created" in status and "assigned to 3 people" in status
    assert_accessible(page)
    assert_fits_the_width(page)

    # Her invitation and her assignment, in Kazakh, with Kazakh links.
    invitation, assignment = sorted(_to(AIGUL), key=lambda m: "/me/invitation/" not in m.body)
    assert invitation.subject == "Сіз Хаттамалар академиясына шақырылдыңыз"
    assert COURSE_KK in assignment.subject
    link = re.search(r"http://testserver(/kk/me/invitation/\S+/)", invitation.body).group(1)
    assert "/kk/courses/" in assignment.body and "/en/" not in assignment.body

    # She chooses her password and sees the notice.
    context = browser.new_context(locale="kk-KZ", viewport={"width": 375, "height": 812})
    her = context.new_page()
    her.goto(f"{base}{link}")
    assert_accessible(her)
    her.locator("#id_new_password1").fill(PASSWORD)
    her.locator("#id_new_password2").fill(PASSWORD)
    assert her.locator("label[for=id_new_password1]").inner_text()  # labelled (Django's words)
    her.get_by_role("button", name="Құпиясөзді орнату").click()
    her.wait_for_url("**/kk/me/")
    assert "1" in her.locator(".account-menu summary .badge").inner_text()  # unread, in the header
    assert_accessible(her)
    her.locator(".account-menu summary").click()
    notices = her.locator(".account-menu__items").get_by_role("link",
                                                              name=re.compile("Хабарламалар"))
    assert "1" in notices.first.inner_text()
    notices.first.click()
    her.wait_for_url("**/kk/notifications/")
    assert f"Жаңа курс тағайындалды: {COURSE_KK}" in her.locator("main").inner_text()
    assert_accessible(her)
    assert_fits_the_width(her)

    # The days pass (each day's sweep runs twice, as beat may): 7 days before, 1 day
    # before and the day after the due date, one notice each.
    for day in range(1, 10):
        for _run in range(2):
            reminders_sweep(today=start + datetime.timedelta(days=day))
    subjects = [m.subject for m in _to(AIGUL)]
    assert len(subjects) == 5, subjects
    assert subjects[2:] == [f"Еске салу: «{COURSE_KK}» курсының мерзіміне 7 күн қалды",
                            f"Еске салу: «{COURSE_KK}» курсының мерзіміне 1 күн қалды",
                            f"Мерзімі өтті: «{COURSE_KK}»"]
    her.reload()
    assert her.locator(".notice-item").count() == 4
    her.get_by_role("button", name="Барлығын оқылды деп белгілеу").click()
    assert her.locator(".notice-item--unread").count() == 0
    assert_accessible(her)
    context.close()

    # The administrator's weekly digest names her.
    digests_send(today=due + datetime.timedelta(days=1))
    [digest] = _to("almaty.admin@example.org")
    assert "Айгүл Серікова" in digest.body and "List-Unsubscribe" in digest.extra_headers
    page.goto(f"{base}/en/notifications/")
    assert "Айгүл Серікова" in page.locator("main").inner_text()
    assert_accessible(page)
    page.get_by_role("link", name="Choose which notices you receive").click()
    assert_accessible(page)

    # From the digest, signed out: one click stops the digest, and only the digest.
    link = digest.extra_headers["List-Unsubscribe"].strip("<>").replace("http://testserver", base)
    context = browser.new_context(viewport={"width": 390, "height": 844})
    outsider = context.new_page()
    outsider.goto(link)
    assert_accessible(outsider)
    assert "/ru/notifications/unsubscribe/" in link  # the administrator reads Russian
    outsider.get_by_role("button", name="Отписаться").click()
    assert "больше не будете получать" in outsider.locator("main").inner_text()
    assert_accessible(outsider)
    context.close()
    from notifications.models import Mute

    assert list(Mute.objects.values_list("user__email", "kind")) == [
        ("almaty.admin@example.org", "digest")]
