"""Refreshers are written once per person and cause, with real workers on PostgreSQL and
Redis: the task sent twice (a double publish) and its worker killed (SIGKILL) half-way
through, then started again, leave exactly one refresher for each earlier reader of the
protocol, and for each completer of a course teaching the changed clause."""
import os
import signal
import time
import uuid
from datetime import timedelta

import pytest
from django.utils import timezone

from currency.models import CourseRefresher, ProtocolRefresher
from tests.base.test_celery_worker import _redis_available, tasks_sent_to, worker_start
from tests.base.test_worker_redelivery import _wait
from tests.conftest import require

PEOPLE = 60


def _readers(users, key):
    """Everyone acknowledged version 1; the task writes version 2's refreshers."""
    from currency.tasks import refreshers_write_task
    from protocols.models import ProtocolAcknowledgement

    ProtocolAcknowledgement.objects.bulk_create([
        ProtocolAcknowledgement(user=u, translation_key=key, version=1, language="ru",
                                acknowledged_at=timezone.now()) for u in users])
    return (lambda: refreshers_write_task.delay(str(key), 2),
            lambda: sorted(ProtocolRefresher.objects.values_list("user_id", "version")))


def _completers(users, key):
    """Everyone completed a course whose outline teaches the clause that changed."""
    from courses.models import CourseOutline, CourseProgress
    from currency.tasks import course_refreshers_write_task

    clause, course_key = str(uuid.uuid4()), uuid.uuid4()
    CourseOutline.objects.create(course_key=course_key, clause_ids=[clause])
    month_ago = timezone.now() - timedelta(days=30)
    CourseProgress.objects.bulk_create([
        CourseProgress(user=u, course_key=course_key, percent=100, completed_at=month_ago)
        for u in users])
    published = timezone.now().isoformat()
    return (lambda: course_refreshers_write_task.delay(str(key), 2, [clause], published),
            lambda: sorted(CourseRefresher.objects.values_list("user_id", "version")))


@pytest.mark.integration
@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("who", [_readers, _completers], ids=["readers", "completers"])
def test_a_double_publish_and_a_killed_worker_write_each_refresher_once(who, settings,
                                                                         tmp_path):
    from accounts.models import User

    if settings.DATABASES["default"]["ENGINE"].endswith("sqlite3"):
        require(False, "a database a second process can share (PostgreSQL via DATABASE_URL)")
    redis_url = os.environ.get("REDIS_URL", "")
    require(redis_url and _redis_available(redis_url), "Redis (REDIS_URL)")
    users = User.objects.bulk_create([User(email=f"person{n}@example.org", password="!")
                                      for n in range(PEOPLE)])
    send, rows = who(users, uuid.uuid4())
    queue = f"test-{uuid.uuid4().hex}"
    env = {"CELERY_VISIBILITY_TIMEOUT": "5", "CURRENCY_BATCH": "10"}
    processes = [worker_start(settings, queue=queue, outbox=tmp_path / "outbox", pool="prefork",
                              env={**env, "CURRENCY_TEST_BATCH_PAUSE": "1"})]
    try:
        with tasks_sent_to(queue, redis_url):
            send()
            send()  # published twice
        assert _wait(lambda: len(rows()) >= 20, 60), "no batch written"
        os.killpg(processes[0].pid, signal.SIGKILL)
        processes[0].wait(timeout=30)
        assert len(rows()) < PEOPLE, "the kill came after the last batch"
        processes.append(worker_start(settings, queue=queue, outbox=tmp_path / "outbox",
                                      pool="prefork", env=env))
        assert _wait(lambda: len(rows()) >= PEOPLE, 90), (
            f"{len(rows())} of {PEOPLE} refreshers after the restart")
        time.sleep(3)  # the second task, and the redelivered one, have run too
        assert rows() == sorted((u.pk, 2) for u in users)
    finally:
        for process in processes:
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGTERM)
                print(process.communicate(timeout=30)[0][-3000:])
