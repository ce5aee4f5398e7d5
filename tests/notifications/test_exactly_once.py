"""Exactly once, with real workers on PostgreSQL and Redis: the reminder sweep run twice at
once, and a worker killed (SIGKILL) half-way through a sweep and started again, send every
due reminder once: none twice, none lost.

The sweep's worker is the one killed; mail goes out from a second worker reading the mail
queue (CELERY_MAIL_QUEUE), as production can run it. Each reminder's mail is counted in
the mail worker's outbox (one file per message)."""
import datetime
import os
import re
import signal
import time
import uuid
from collections import Counter

import pytest
from django.utils import timezone

from academy.base.models import OutboundEmail
from notifications.constants import Kind
from notifications.models import Notification
from tests.base.test_celery_worker import _redis_available, tasks_sent_to, worker_start
from tests.conftest import require

LEARNERS = 60
VISIBILITY = 5  # the sweep worker's: a killed worker's message comes back within seconds


def _seed(count):
    from accounts.models import User
    from courses.models import Enrolment

    course_key = uuid.uuid4()
    users = User.objects.bulk_create([User(email=f"due{n}@example.org", password="!")
                                      for n in range(count)])
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    week_ago = timezone.now() - datetime.timedelta(days=7)
    Enrolment.objects.bulk_create([
        Enrolment(user=user, course_key=course_key, source="assigned", due_date=tomorrow,
                  enrolled_at=week_ago) for user in users])
    return users


def _wait(check, seconds, also=None):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if check():
            return True
        if also:
            also()
        time.sleep(0.5)
    return False


def _delivered(outbox):
    """{recipient: messages} in the mail worker's outbox."""
    counts = Counter()
    if outbox.exists():
        for path in outbox.iterdir():
            counts.update(re.findall(r"^To: (\S+)$", path.read_text(), flags=re.M))
    return counts


def _stop(process):
    if process is not None and process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            print(process.communicate(timeout=30)[0])
        except Exception:  # noqa: BLE001
            os.killpg(process.pid, signal.SIGKILL)


@pytest.fixture
def services(settings, tmp_path):
    if settings.DATABASES["default"]["ENGINE"].endswith("sqlite3"):
        require(False, "a database a second process can share (PostgreSQL via DATABASE_URL)")
    redis_url = os.environ.get("REDIS_URL", "")
    require(redis_url and _redis_available(redis_url), "Redis (REDIS_URL)")
    tag = uuid.uuid4().hex
    sweeps, mail = f"test-{tag}-sweeps", f"test-{tag}-mail"
    outbox = tmp_path / "outbox"
    common = {"CELERY_MAIL_QUEUE": mail, "NOTIFICATION_BATCH": "10",
              "NOTIFICATION_MAILS_PER_MINUTE": "100000", "NOTIFICATION_RESEND_AFTER": "3"}
    started = []

    def start(kind, **env):
        queue = sweeps if kind == "sweeps" else mail
        process = worker_start(settings, queue=queue, outbox=outbox, pool="prefork", env={
            **common, "CELERY_VISIBILITY_TIMEOUT": str(VISIBILITY), **env})
        started.append(process)
        return process

    mailer = start("mail")
    try:
        with tasks_sent_to(sweeps, redis_url):
            yield {"start": start, "outbox": outbox, "mailer": mailer}
    finally:
        for process in started:
            _stop(process)


def _every_reminder_once(users, outbox, deliver):
    emails = {u.email for u in users}
    assert _wait(lambda: set(_delivered(outbox)) >= emails, 90, also=deliver), (
        f"{len(emails - set(_delivered(outbox)))} reminders never arrived")
    time.sleep(2)  # anything sent twice would arrive by now
    delivered = _delivered(outbox)
    assert {e: n for e, n in delivered.items() if n != 1} == {}
    assert Counter(Notification.objects.filter(kind=Kind.REMINDER).values_list(
        "user_id", flat=True)) == {u.pk: 1 for u in users}
    assert OutboundEmail.objects.filter(sent_at__isnull=False).count() == len(users)


@pytest.mark.integration
@pytest.mark.django_db(transaction=True)
def test_two_sweeps_at_once_send_each_reminder_once(services):
    from notifications.tasks import deliver, reminders_sweep_task

    users = _seed(LEARNERS)
    services["start"]("sweeps", NOTIFICATION_TEST_BATCH_PAUSE="0.3")  # two pool processes
    services["start"]("sweeps", NOTIFICATION_TEST_BATCH_PAUSE="0.3")
    reminders_sweep_task.delay()
    reminders_sweep_task.delay()
    _every_reminder_once(users, services["outbox"], deliver.delay)


@pytest.mark.integration
@pytest.mark.django_db(transaction=True)
def test_a_worker_killed_mid_sweep_loses_and_repeats_nothing(services):
    from notifications.tasks import deliver, reminders_sweep_task

    users = _seed(LEARNERS)
    first = services["start"]("sweeps", NOTIFICATION_TEST_BATCH_PAUSE="1")
    reminders_sweep_task.delay()
    assert _wait(lambda: Notification.objects.count() >= 20, 60), "the sweep did not start"
    os.killpg(first.pid, signal.SIGKILL)  # the worker and its pool, half-way through
    first.wait(timeout=30)
    written = Notification.objects.count()
    assert 20 <= written < LEARNERS, "the kill came after the sweep had finished"
    services["start"]("sweeps")
    _every_reminder_once(users, services["outbox"], deliver.delay)
