"""A task taken by a worker that then dies runs again once the broker's visibility timeout
(CELERY_VISIBILITY_TIMEOUT) has passed, not an hour later; and that timeout outlasts every
task, so that no task still running is handed to a second worker."""

import json
import os
import signal
import time
import uuid

import pytest
from celery.utils.time import get_exponential_backoff_interval
from django.utils import timezone

from courses.models import Certificate, CourseProgress
from tests.base.test_celery_worker import _redis_available, tasks_sent_to, worker_start
from tests.conftest import require
from tests.factories import make_course, make_home_page, make_learner

# The test's workers only: the default (900 s) would make the test wait a quarter of an hour.
VISIBILITY = 5
# unacked_restore_interval in the settings: how often a live worker puts back expired messages.
SWEEP = 10


def _longest_countdown(task):
    """The longest wait before a retry of `task` runs; its message is held, unacknowledged,
    by a worker all that time."""
    # Read as celery.app.autoretry reads them: each is set only on a task that declares it.
    if not getattr(task, "autoretry_for", ()):
        return 0
    if getattr(task, "retry_backoff", False):
        return get_exponential_backoff_interval(
            factor=int(max(1.0, float(task.retry_backoff))), retries=task.max_retries - 1,
            maximum=int(getattr(task, "retry_backoff_max", 600)), full_jitter=False)
    return getattr(task, "retry_kwargs", {}).get("countdown", task.default_retry_delay)


def test_the_visibility_timeout_outlasts_every_task():
    from academy.celery import app

    app.loader.import_default_modules()  # every app's tasks.py, as a worker loads them
    visibility = app.conf.broker_transport_options["visibility_timeout"]
    tasks = {name: task for name, task in app.tasks.items() if not name.startswith("celery.")}
    assert {"courses.certificate_issue", "reports.export_build", "base.email_send"} <= set(tasks)
    for name, task in tasks.items():
        limit = task.time_limit or app.conf.task_time_limit
        assert limit, f"{name} has no hard time limit, so it could outlast the visibility timeout"
        assert visibility > _longest_countdown(task) + limit, (
            f"{name} can hold its message {_longest_countdown(task) + limit} s, longer than the "
            f"visibility timeout ({visibility} s): it would run twice at once")


def _wait(check, seconds):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if check():
            return True
        time.sleep(0.2)
    return False


def _unacknowledged(redis, queue, task_id):
    # The Redis transport keeps each taken message in a hash until it is acknowledged;
    # site/settings/worker_test.py gives each test queue a hash of its own.
    return any(json.loads(value)[0]["headers"]["id"] == task_id
               for value in redis.hvals(f"unacked-{queue}"))


def _stop(process):
    if process is None:
        return
    if process.poll() is None:
        process.terminate()
    output, _ = process.communicate(timeout=30)
    print(output)


@pytest.mark.integration
@pytest.mark.django_db(transaction=True)
def test_a_certificate_whose_worker_was_killed_arrives_after_a_restart(settings, tmp_path):
    from redis import Redis

    from courses.tasks import certificate_issue

    if settings.DATABASES["default"]["ENGINE"].endswith("sqlite3"):
        require(False, "a database a second process can share (PostgreSQL via DATABASE_URL)")
    redis_url = os.environ.get("REDIS_URL", "")
    require(redis_url and _redis_available(redis_url), "Redis (REDIS_URL)")
    redis = Redis.from_url(redis_url)
    course = make_course(make_home_page().get_children().get(slug="courses").specific)
    learner = make_learner(email="killed.worker@example.org")
    CourseProgress.objects.create(user=learner, course_key=course.translation_key, percent=100,
                                  completed_at=timezone.now())
    queue = f"test-{uuid.uuid4().hex}"
    outbox, stalled = tmp_path / "outbox", tmp_path / "stalled"
    env = {"CELERY_VISIBILITY_TIMEOUT": str(VISIBILITY)}
    first = worker_start(settings, queue=queue, outbox=outbox, pool="prefork", env={
        **env, "WORKER_TEST_STALL_TASK": certificate_issue.name,
        "WORKER_TEST_STALL_MARK": str(stalled)})
    second = None
    try:
        with tasks_sent_to(queue, redis_url):
            task_id = certificate_issue.delay(learner.pk, str(course.translation_key)).id
        assert _wait(stalled.exists, 60), "the worker did not take the task within 60 s"
        assert _unacknowledged(redis, queue, task_id)

        os.killpg(first.pid, signal.SIGKILL)  # the main process and its pool, with no goodbye
        first.wait(timeout=30)
        killed_at = time.monotonic()
        # Nobody put the message back: it waits for a live worker to find it expired.
        assert _unacknowledged(redis, queue, task_id) and redis.llen(queue) == 0
        assert not Certificate.objects.filter(user=learner).exists()

        second = worker_start(settings, queue=queue, outbox=outbox, pool="prefork", env=env)
        bound = VISIBILITY + SWEEP + 20  # and the restart and the PDF, with room to spare
        assert _wait(lambda: Certificate.objects.filter(user=learner).exclude(file="").exists(),
                     bound), f"no certificate within {bound} s of the kill"
        print(f"certificate {time.monotonic() - killed_at:.1f} s after the kill")
        certificate = Certificate.objects.get(user=learner)
        assert certificate.file.read(5) == b"%PDF-"
        code = certificate.code
        assert _wait(lambda: not _unacknowledged(redis, queue, task_id), 10), \
            "the redelivered task was not acknowledged"
        assert _wait(lambda: any(code in f.read_text() for f in outbox.glob("*.log")), 30), \
            "the learner was not emailed the certificate"
    finally:
        _stop(first)
        _stop(second)
        redis.delete(queue, f"unacked-{queue}", f"unacked_index-{queue}",
                     f"_kombu.binding.{queue}", f"_kombu.binding_permanent.{queue}")
