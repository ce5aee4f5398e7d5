"""What is sent, to whom, in which language, and once: assignment, reminders, overdue
notices, digests, decided join requests, marked answers, certificates, new protocol
versions."""
import datetime

import pytest
from django.core import mail
from django.utils import timezone

from academy.base.models import OutboundEmail
from notifications.constants import Kind
from notifications.models import Notification
from notifications.services import NotificationError, mute_set, notifications_deliver
from notifications.sweeps import digests_send, reminders_sweep

from .conftest import COURSE_KK, assign

pytestmark = pytest.mark.django_db

DAY = datetime.timedelta(days=1)


def _kinds(user):
    return sorted(Notification.objects.filter(user=user).values_list("kind", flat=True))


def _mails_to(address):
    return [m for m in mail.outbox if address in m.to]


def test_an_assignment_is_told_once_in_the_learners_language(world,
                                                             django_capture_on_commit_callbacks):
    kazakh, russian = world["learners"][0], world["learners"][1]
    with django_capture_on_commit_callbacks(execute=True):
        assign(world, 8)
    with django_capture_on_commit_callbacks(execute=True):
        assign(world, 8)  # the same assignment again: nothing new
    assert _kinds(kazakh) == [Kind.ASSIGNED]
    [message] = _mails_to(kazakh.email)
    assert COURSE_KK in message.subject
    # Kazakh words and Kazakh pages, on the configured site (tests: http://testserver).
    assert "http://testserver/kk/courses/" in message.body
    assert "/en/" not in message.body and ":8000" not in message.body
    assert "тағайындады" in message.body  # "has assigned"
    [message] = _mails_to(russian.email)
    assert "/ru/" in message.body or "/en/courses/" in message.body  # no ru copy: English page
    assert "Назначен новый курс" in message.subject
    # A new due date is a new assignment, told again.
    with django_capture_on_commit_callbacks(execute=True):
        assign(world, 15)
    assert _kinds(kazakh) == [Kind.ASSIGNED, Kind.ASSIGNED]


def test_reminders_and_overdue_notices_arrive_once_each(world,
                                                       django_capture_on_commit_callbacks):
    learner = world["learners"][0]
    start = timezone.localdate()
    with django_capture_on_commit_callbacks(execute=True):
        assign(world, 8, learners=[learner])
    due = start + 8 * DAY
    seen = {}
    for day in range(0, 25):
        today = start + day * DAY
        for _run in range(2):  # beat firing twice the same day
            with django_capture_on_commit_callbacks(execute=True):
                reminders_sweep(today=today)
        seen[day] = [(n.kind, n.data["days"]) for n in Notification.objects.filter(
            user=learner, kind__in=[Kind.REMINDER, Kind.OVERDUE]).order_by("pk")]
    final = seen[24]
    # 7 days before, 1 day before, the day after, then each week: 8 and 15 days after.
    assert final == [(Kind.REMINDER, 7), (Kind.REMINDER, 1), (Kind.OVERDUE, -1),
                     (Kind.OVERDUE, -8), (Kind.OVERDUE, -15)]
    assert (due - start).days == 8 and len(seen[1]) == 1 and len(seen[6]) == 1
    assert len(seen[7]) == 2 and len(seen[8]) == 2 and len(seen[9]) == 3
    subjects = [m.subject for m in _mails_to(learner.email)]
    assert len(subjects) == 1 + len(final)  # the assignment, then one mail per notice
    sent = OutboundEmail.objects.filter(to=[learner.email])
    assert sent.count() == len(subjects) == sent.filter(sent_at__isnull=False).count()


def test_completing_the_course_stops_the_overdue_notices(world,
                                                        django_capture_on_commit_callbacks):
    from tests.factories import complete_course

    learner = world["learners"][1]
    with django_capture_on_commit_callbacks(execute=True):
        assign(world, -1, learners=[learner])
    today = timezone.localdate()
    with django_capture_on_commit_callbacks(execute=True):
        reminders_sweep(today=today)
        complete_course(learner, world["course"])
    with django_capture_on_commit_callbacks(execute=True):
        reminders_sweep(today=today + 7 * DAY)
    assert [n.data["days"] for n in Notification.objects.filter(user=learner,
                                                                 kind=Kind.OVERDUE)] == [-1]


def test_an_institution_chooses_its_reminder_days(world, django_capture_on_commit_callbacks):
    world["almaty_medeu"].reminder_days = "14, 3"
    world["almaty_medeu"].save()
    learner = world["learners"][2]
    start = timezone.localdate() - DAY
    with django_capture_on_commit_callbacks(execute=True):
        assign(world, 20, learners=[learner], today=start + DAY)
    for day in range(2, 22):
        reminders_sweep(today=start + day * DAY)
    assert [n.data["days"] for n in Notification.objects.filter(
        user=learner, kind=Kind.REMINDER).order_by("pk")] == [14, 3]


def test_reminders_can_be_muted_assignment_and_overdue_cannot(world,
                                                            django_capture_on_commit_callbacks):
    learner = world["learners"][0]
    mute_set(user=learner, kind=Kind.REMINDER, muted=True)
    for kind in (Kind.ASSIGNED, Kind.OVERDUE):
        with pytest.raises(NotificationError):
            mute_set(user=learner, kind=kind, muted=True)
    with django_capture_on_commit_callbacks(execute=True):
        assign(world, 1, learners=[learner], today=timezone.localdate() - DAY)
    for day in range(0, 3):
        reminders_sweep(today=timezone.localdate() + day * DAY)
    assert _kinds(learner) == [Kind.ASSIGNED, Kind.OVERDUE]


def test_days_are_counted_in_kazakhstan_time(world, settings,
                                             django_capture_on_commit_callbacks):
    """At 23:30 UTC it is already the next day in Almaty (UTC+5): the sweep counts from the
    Almaty date, so the 1-day reminder goes out on the right morning."""
    from unittest import mock

    learner = world["learners"][1]
    almaty_today = datetime.date(2026, 12, 10)
    with django_capture_on_commit_callbacks(execute=True):
        assign(world, 1, learners=[learner], today=almaty_today)
    from courses.models import Enrolment

    Enrolment.objects.filter(user=learner).update(
        enrolled_at=timezone.make_aware(datetime.datetime(2026, 12, 1, 9)))
    utc_evening = datetime.datetime(2026, 12, 9, 23, 30, tzinfo=datetime.UTC)
    with mock.patch("django.utils.timezone.now", return_value=utc_evening):
        reminders_sweep()
    assert [n.data["days"] for n in Notification.objects.filter(user=learner,
                                                                kind=Kind.REMINDER)] == [1]


def test_the_weekly_digest_lists_overdue_people_and_waiting_requests(
        world, django_capture_on_commit_callbacks):
    from institutions.services import membership_request
    from tests.factories import make_learner

    today = timezone.localdate()
    assert digests_send(today=today) == 0  # nothing overdue, nobody waiting: nothing sent
    with django_capture_on_commit_callbacks(execute=True):
        assign(world, -2, learners=[world["learners"][0]])
        newcomer = make_learner(email="newcomer@example.org")
        membership_request(user=newcomer, institution=world["almaty_medeu"])
        assert digests_send(today=today) == 1
        assert digests_send(today=today) == 0  # once a week
    [digest] = Notification.objects.filter(kind=Kind.DIGEST)
    assert digest.user == world["admin"]
    assert digest.data["overdue_total"] == 1 and digest.data["pending"] == 1
    assert digest.data["overdue"][0]["name"] == "Айгүл Серікова"
    [message] = _mails_to(world["admin"].email)
    assert "Айгүл Серікова" in message.body
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert message.extra_headers["List-Unsubscribe"].startswith(
        "<http://testserver/ru/notifications/unsubscribe/")
    # Astana's administrator has nobody overdue and nobody waiting.
    assert not Notification.objects.filter(user=world["other_admin"]).exists()
    # Next week, another digest.
    with django_capture_on_commit_callbacks(execute=True):
        assert digests_send(today=today + 7 * DAY) == 1


def test_decisions_marks_certificates_and_new_versions_are_told(
        world, django_capture_on_commit_callbacks):
    from institutions.services import membership_approve, membership_reject, membership_request
    from tests.factories import make_learner

    first, second = (make_learner(email=f"joiner{n}@example.org") for n in range(2))
    with django_capture_on_commit_callbacks(execute=True):
        approved = membership_request(user=first, institution=world["almaty_medeu"])
        membership_approve(membership=approved, approver=world["admin"])
        rejected = membership_request(user=second, institution=world["almaty_medeu"])
        membership_reject(membership=rejected, approver=world["admin"])
    assert [n.data["status"] for n in Notification.objects.filter(user=first)] == ["active"]
    assert [n.data["status"] for n in Notification.objects.filter(user=second)] == ["rejected"]
    assert "отклонена" in _mails_to(second.email)[0].subject  # Russian, as the profile says

    # A written answer marked; the certificate of a completed course (on the site: the
    # certificate mail itself carries the file).
    from quizzes.models import AttemptAnswer
    from quizzes.services import answer_mark, attempt_start, attempt_submit
    from tests.factories import complete_course, make_question, make_quiz

    learner, course = world["learners"][1], world["course"]
    quiz = make_quiz(course, [make_question("free_text", [], prompt="Why a private room?")],
                     title="Written check", required=False)
    with django_capture_on_commit_callbacks(execute=True):
        attempt = attempt_start(user=learner, quiz=quiz, course_key=course.translation_key)
        attempt_submit(attempt=attempt, answers={attempt.items[0]["question"]: {
            "text": "So that she is not overheard."}})
        answer_mark(answer=AttemptAnswer.objects.get(attempt=attempt), reviewer=world["admin"],
                    correct=True)
        complete_course(learner, course)
    marked = Notification.objects.get(user=learner, kind=Kind.ANSWER_MARKED)
    assert marked.data["correct"] is True and marked.data["number"] == 1
    certificate = Notification.objects.get(user=learner, kind=Kind.CERTIFICATE)
    assert certificate.email_state == "none" and certificate.data["code"]

    # A new version of a protocol tells those who acknowledged an earlier one, once.
    from protocols.services import protocol_acknowledge
    from tests.factories import make_protocol, republish

    index = world["course"].get_parent().get_parent().get_children().get(slug="protocols")
    protocol = make_protocol(index.specific)
    protocol_acknowledge(user=learner, page=protocol)
    with django_capture_on_commit_callbacks(execute=True):
        republish(protocol, summary="The same protocol, its summary reworded.")
    assert not Notification.objects.filter(kind=Kind.PROTOCOL_CHANGED).exists()  # no new version
    from tests.factories import protocol_body

    with django_capture_on_commit_callbacks(execute=True):
        republish(protocol, body=protocol_body([("Before the interview", [
            "Offer a private room and a female interviewer if she wishes."])]))
    [changed] = Notification.objects.filter(kind=Kind.PROTOCOL_CHANGED)
    assert (changed.user, changed.data["version"]) == (learner, 2)


def test_mail_is_throttled_and_each_notice_mailed_once(world, settings,
                                                      django_capture_on_commit_callbacks):
    from notifications.services import Item, notify_many

    settings.NOTIFICATION_MAILS_PER_MINUTE = 2
    users = world["learners"]
    with django_capture_on_commit_callbacks(execute=True):
        notify_many(Kind.PROTOCOL_CHANGED, [
            Item(u.pk, "protocol", "v2", {"protocol": "Interviewing", "version": 2})
            for u in users])
    assert len(mail.outbox) == 2  # the first minute's two
    now = timezone.now()
    with django_capture_on_commit_callbacks(execute=True):
        assert notifications_deliver(now=now) == (0, 1)  # the same minute: no room
    with django_capture_on_commit_callbacks(execute=True):
        assert notifications_deliver(now=now + datetime.timedelta(seconds=61)) == (1, 0)
    with django_capture_on_commit_callbacks(execute=True):
        assert notifications_deliver(now=now + datetime.timedelta(seconds=200)) == (0, 0)
    assert sorted(m.to[0] for m in mail.outbox) == sorted(u.email for u in users)


def test_queuing_mail_takes_the_same_queries_for_few_or_many(world, settings,
                                                             django_assert_max_num_queries):
    """The outbox looks each page up once per batch, not once per mail."""
    from notifications.services import Item, notify_many

    settings.NOTIFICATION_MAILS_PER_MINUTE = 10_000
    course_key = str(world["course"].translation_key)
    users = world["learners"]

    def queue(count, tag):
        notify_many(Kind.REMINDER, [Item(users[n % 3].pk, f"{tag}{n}", "before-7", {
            "course_key": course_key, "course": "—", "due_date": "2026-12-20", "days": 7})
            for n in range(count)])
        with django_assert_max_num_queries(30) as captured:
            notifications_deliver(now=timezone.now() + datetime.timedelta(seconds=61 * len(tag)))
        return len(captured)

    queue(2, "")  # the site's root paths, cached from then on
    assert queue(3, "a") == queue(60, "bb")


def test_notices_are_in_the_data_download_and_leave_with_the_account(
        world, django_capture_on_commit_callbacks):
    from accounts.services import account_data_export, account_delete

    learner = world["learners"][0]
    with django_capture_on_commit_callbacks(execute=True):
        assign(world, -2, learners=[learner])
        mute_set(user=learner, kind=Kind.REMINDER, muted=True)
        digests_send()
    data = account_data_export(user=learner)["notifications"]
    assert [n["kind"] for n in data["notices"]] == ["assigned"] and data["muted"] == ["reminder"]
    digest = Notification.objects.get(kind=Kind.DIGEST)
    assert [row["name"] for row in digest.data["overdue"]] == ["Айгүл Серікова"]
    account_delete(user=learner)
    digest.refresh_from_db()
    assert digest.data["overdue"] == [] and digest.data["overdue_total"] == 0
    assert not Notification.objects.filter(kind=Kind.ASSIGNED).exists()
