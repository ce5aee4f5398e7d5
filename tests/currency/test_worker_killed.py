"""Refreshers are written once per person and version, with real workers on PostgreSQL
and Redis: the task sent twice (a double publish) and its worker killed (SIGKILL) half-way
through, then started again, leave exactly one refresher for each earlier reader."""
import os
import signal
import time
import uuid

import pytest
from django.utils import timezone

from currency.models import ProtocolRefresher
from tests.base.test_celery_worker import _redis_available, tasks_sent_to, worker_start
from tests.base.test_worker_redelivery import _wait
from tests.conftest import require

READERS = 60


@pytest.mark.integration
@pytest.mark.django_db(transaction=True)
def test_a_double_publish_and_a_killed_worker_write_each_refresher_once(settings, tmp_path):
    from accounts.models import User
    from currency.tasks import refreshers_write_task
    from protocols.models import ProtocolAcknowledgement

    if settings.DATABASES["default"]["ENGINE"].endswith("sqlite3"):
        require(False, "a database a second process can share (PostgreSQL via DATABASE_URL)")
    redis_url = os.environ.get("REDIS_URL", "")
    require(redis_url and _redis_available(redis_url), "Redis (REDIS_URL)")
    key = uuid.uuid4()
    users = User.objects.bulk_create([User(email=f"reader{n}@example.org", password="!")
                                      for n in range(READERS)])
    ProtocolAcknowledgement.objects.bulk_create([
        ProtocolAcknowledgement(user=u, translation_key=key, version=1, language="ru",
                                acknowledged_at=timezone.now()) for u in users])
    queue = f"test-{uuid.uuid4().hex}"
    env = {"CELERY_VISIBILITY_TIMEOUT": "5", "CURRENCY_BATCH": "10"}
    processes = [worker_start(settings, queue=queue, outbox=tmp_path / "outbox", pool="prefork",
                              env={**env, "CURRENCY_TEST_BATCH_PAUSE": "1"})]
    try:
        with tasks_sent_to(queue, redis_url):
            refreshers_write_task.delay(str(key), 2)
            refreshers_write_task.delay(str(key), 2)  # published twice
        assert _wait(lambda: ProtocolRefresher.objects.count() >= 20, 60), "no batch written"
        os.killpg(processes[0].pid, signal.SIGKILL)
        processes[0].wait(timeout=30)
        assert ProtocolRefresher.objects.count() < READERS, "the kill came after the last batch"
        processes.append(worker_start(settings, queue=queue, outbox=tmp_path / "outbox",
                                      pool="prefork", env=env))
        assert _wait(lambda: ProtocolRefresher.objects.count() >= READERS, 90), (
            f"{ProtocolRefresher.objects.count()} of {READERS} refreshers after the restart")
        time.sleep(3)  # the second task, and the redelivered one, have run too
        rows = list(ProtocolRefresher.objects.values_list("user_id", "version", "from_version"))
        assert sorted(rows) == sorted((u.pk, 2, 1) for u in users)
    finally:
        for process in processes:
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGTERM)
                print(process.communicate(timeout=30)[0][-3000:])
