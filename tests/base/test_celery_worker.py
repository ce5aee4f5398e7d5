"""A real `celery worker` process, on Redis, sends a queued email."""

import os
import subprocess
import sys
import time
import uuid
from contextlib import contextmanager
from pathlib import Path

import pytest

from academy.base.models import OutboundEmail
from academy.base.services import email_queue
from tests.conftest import require

pytestmark = [pytest.mark.integration, pytest.mark.django_db(transaction=True)]

PROJECT_DIR = Path(__file__).resolve().parents[2]


def _redis_available(url):
    try:
        import redis

        return redis.Redis.from_url(url, socket_connect_timeout=1).ping()
    except Exception:
        return False


def worker_start(settings, *, queue, outbox, env=None, pool="solo"):
    """Start `celery worker` on `queue`, in a process group of its own so that a test can kill
    it whole (a prefork worker's children too)."""
    db = settings.DATABASES["default"]
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "academy.settings.worker_test",
        "WORKER_TEST_DB_NAME": str(db["NAME"]),
        "EMAIL_FILE_PATH": str(outbox),
        "WORKER_TEST_MEDIA_ROOT": str(settings.MEDIA_ROOT),
        "CELERY_QUEUE": queue,
        **(env or {}),
    }
    concurrency = ["--concurrency", "1"] if pool == "prefork" else []
    return subprocess.Popen(
        [sys.executable, "-m", "celery", "-A", "academy", "worker", "-Q", queue,
         "--pool", pool, *concurrency, "--loglevel", "INFO", "--without-heartbeat",
         "--without-gossip"],
        cwd=PROJECT_DIR, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
        start_new_session=True,
    )


@contextmanager
def tasks_sent_to(queue, redis_url):
    """Send this process's tasks to the worker reading `queue`, instead of running them here."""
    from academy.celery import app

    old = (app.conf.task_always_eager, app.conf.broker_url, app.conf.task_default_queue)
    app.conf.task_always_eager = False
    app.conf.broker_url = redis_url
    app.conf.task_default_queue = queue
    try:
        yield
    finally:
        app.conf.task_always_eager, app.conf.broker_url, app.conf.task_default_queue = old


@pytest.fixture
def worker(settings, tmp_path):
    redis_url = os.environ.get("REDIS_URL", "")
    require(redis_url and _redis_available(redis_url), "Redis (REDIS_URL)")
    # A queue of its own, so that a stray worker can never take this test's task.
    queue = f"test-{uuid.uuid4().hex}"
    outbox = tmp_path / "outbox"
    process = worker_start(settings, queue=queue, outbox=outbox)
    try:
        with tasks_sent_to(queue, redis_url):
            yield outbox
    finally:
        process.terminate()
        output, _ = process.communicate(timeout=30)
        print(output)


def test_worker_sends_the_queued_email(worker, settings):
    if settings.DATABASES["default"]["ENGINE"].endswith("sqlite3"):
        require(False, "a database a second process can share (PostgreSQL via DATABASE_URL)")
    email = email_queue(to=["prosecutor@example.org"], subject="Assigned: interviewing survivors",
                        body="A course has been assigned to you.")
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        email.refresh_from_db()
        if email.sent_at:
            break
        time.sleep(0.25)
    assert email.sent_at is not None, "the worker did not send the email within 60 s"
    files = list(worker.glob("*.log"))
    assert len(files) == 1
    assert "Assigned: interviewing survivors" in files[0].read_text()
    assert OutboundEmail.objects.get(pk=email.pk).attempts == 1
