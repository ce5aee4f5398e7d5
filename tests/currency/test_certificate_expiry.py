"""A course may make its certificates valid for N months: the learner is reminded before
the end; after it the verification page says "expired on …", and a short refresher on the
course renews it with a new certificate."""
import datetime
from datetime import timedelta

import pytest
from django.utils import formats, timezone

from courses.constants import CertificateStatus
from courses.models import Certificate, CourseProgress
from courses.services import months_later
from currency.models import CourseRefresher, RefresherReason
from currency.services import expiry_refreshers_write
from notifications.constants import Kind
from notifications.models import Notification
from notifications.sweeps import expiry_reminders_sweep
from tests.currency.test_course_refreshers import _answer
from tests.factories import (
    complete_course,
    make_course,
    make_home_page,
    make_learner,
    make_question,
    make_quiz,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def holder(django_capture_on_commit_callbacks):
    home = make_home_page()
    courses = home.get_children().get(slug="courses").specific
    course = make_course(courses, certificate_valid_months=12)
    question = make_question(prompt="Who decides whether a medical examination happens?",
                             options=(("The investigator", False), ("The survivor", True)))
    make_quiz(course, [question], required=False)
    learner = make_learner(email="holder@example.org")
    with django_capture_on_commit_callbacks(execute=True):
        complete_course(learner, course)
    return {"course": course, "learner": learner, "question": question,
            "certificate": Certificate.objects.get(user=learner)}


def test_months_later_keeps_the_day_or_takes_the_months_last():
    moment = datetime.datetime(2026, 1, 31, 9, 30)
    assert months_later(moment, 1) == datetime.datetime(2026, 2, 28, 9, 30)
    assert months_later(moment, 12) == datetime.datetime(2027, 1, 31, 9, 30)
    assert months_later(datetime.datetime(2027, 11, 15), 3) == datetime.datetime(2028, 2, 15)


def test_a_certificate_is_valid_for_the_courses_months(holder, client):
    certificate = holder["certificate"]
    expected = months_later(certificate.issued_at, 12)
    assert abs(certificate.expires_at - expected) < timedelta(minutes=1)
    page = client.get(f"/en/certificates/{certificate.code}/").content.decode()
    assert "Valid until" in page and "Expired" not in page


def test_the_learner_is_reminded_once_before_expiry(holder, settings):
    expires = holder["certificate"].expires_at
    days = settings.CERTIFICATE_EXPIRY_REMINDER_DAYS
    assert expiry_reminders_sweep(now=expires - timedelta(days=days + 1)) == 0
    assert expiry_reminders_sweep(now=expires - timedelta(days=days - 1)) == 1
    assert expiry_reminders_sweep(now=expires - timedelta(days=2)) == 0
    notice = Notification.objects.get(kind=Kind.CERTIFICATE_EXPIRING)
    assert notice.user == holder["learner"]
    assert notice.data["expires_on"] == timezone.localdate(expires).isoformat()
    assert expiry_reminders_sweep(now=expires + timedelta(days=1)) == 0  # expired: no reminder


def _expire(certificate):
    Certificate.objects.filter(pk=certificate.pk).update(
        expires_at=timezone.now() - timedelta(days=1))
    certificate.refresh_from_db()
    return certificate


def test_after_expiry_the_page_says_so_and_a_refresher_renews_it(
        holder, client, django_capture_on_commit_callbacks):
    old = _expire(holder["certificate"])
    with django_capture_on_commit_callbacks(execute=True):
        assert expiry_refreshers_write() == 1
    assert expiry_refreshers_write() == 0  # once per certificate
    verify = client.get(f"/en/certificates/{old.code}/").content.decode()
    date = formats.date_format(timezone.localtime(old.expires_at), "j E Y")
    assert f"Expired on {date}" in verify
    refresher = CourseRefresher.objects.get()
    assert (refresher.user, refresher.reason) == (holder["learner"], RefresherReason.EXPIRY)
    notice = Notification.objects.get(kind=Kind.COURSE_REFRESHER)
    assert notice.data["reason"] == "expiry"
    learner = holder["learner"]
    client.force_login(learner)
    course_page = client.get(holder["course"].url).content.decode()
    assert "Refresher needed" in course_page and f"Your certificate expired on {date}" in course_page
    url = f"/en/refreshers/courses/{holder['course'].translation_key}/"
    page = client.get(url).content.decode()
    assert "Your certificate for this course has expired" in page
    assert holder["question"].prompt in page  # a renewal asks about the whole course
    right = _answer(page, holder["question"])[True]
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(url, {right[0]: right[1]}).status_code == 302
    old.refresh_from_db()
    new = Certificate.objects.get(user=learner, status=CertificateStatus.VALID)
    assert old.status == CertificateStatus.SUPERSEDED
    assert new.expires_at > timezone.now() + timedelta(days=300) and not new.expired
    assert CourseProgress.objects.get(user=learner).refresher_needed_at is None
    assert "Valid until" in client.get(f"/en/certificates/{new.code}/").content.decode()
    # The renewed certificate expires in its turn: a new cause, a new refresher.
    _expire(new)
    assert expiry_refreshers_write() == 1
    assert CourseRefresher.objects.filter(done_at__isnull=True).count() == 1


def test_a_course_without_validity_never_expires(django_capture_on_commit_callbacks):
    home = make_home_page()
    course = make_course(home.get_children().get(slug="courses").specific)
    learner = make_learner()
    with django_capture_on_commit_callbacks(execute=True):
        complete_course(learner, course)
    assert Certificate.objects.get(user=learner).expires_at is None
    assert expiry_refreshers_write(now=timezone.now() + timedelta(days=3650)) == 0


def test_a_full_renewal_reads_every_lesson_again_before_the_questions(
        holder, client, django_capture_on_commit_callbacks):
    from courses.models import CoursePage
    from tests.factories import course_lessons

    CoursePage.objects.filter(pk=holder["course"].pk).update(renewal="full")
    _expire(holder["certificate"])
    assert expiry_refreshers_write() == 1
    assert CourseRefresher.objects.get().full
    client.force_login(holder["learner"])
    url = f"/en/refreshers/courses/{holder['course'].translation_key}/"
    lessons = course_lessons(holder["course"])
    page = client.get(url).content.decode()
    assert all(lesson.title in page for lesson in lessons)
    assert f"0 of {len(lessons)}" in page and holder["question"].prompt not in page
    response = client.post(url, {})
    assert response.status_code == 409 and "Read every lesson" in response.content.decode()
    for n, lesson in enumerate(lessons, start=1):
        with django_capture_on_commit_callbacks(execute=True):
            assert client.post(lesson.url).status_code == 302  # "Next" at its end
        page = client.get(url).content.decode()
        assert f"{n} of {len(lessons)}" in page
    assert holder["question"].prompt in page
    right = _answer(page, holder["question"])[True]
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(url, {right[0]: right[1]}).status_code == 302
    assert Certificate.objects.filter(user=holder["learner"],
                                      status=CertificateStatus.VALID).exists()
    assert CourseProgress.objects.get(user=holder["learner"]).refresher_needed_at is None


def test_reading_a_lesson_again_without_a_full_renewal_changes_nothing(
        holder, client, django_capture_on_commit_callbacks):
    from tests.factories import course_lessons

    _expire(holder["certificate"])
    expiry_refreshers_write()
    client.force_login(holder["learner"])
    with django_capture_on_commit_callbacks(execute=True):
        client.post(course_lessons(holder["course"])[0].url)
    assert CourseRefresher.objects.get().lessons_done == []
