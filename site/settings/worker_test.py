"""For the Celery worker that the integration test starts: the test's own database."""

from pathlib import Path

from .test import *  # noqa: F403
from .test import CELERY_BROKER_TRANSPORT_OPTIONS, CELERY_TASK_DEFAULT_QUEUE, DATABASES, os

DATABASES["default"]["NAME"] = os.environ["WORKER_TEST_DB_NAME"]
DATABASES["default"]["TEST"] = {"NAME": os.environ["WORKER_TEST_DB_NAME"]}
CELERY_TASK_ALWAYS_EAGER = False
CELERY_BROKER_URL = os.environ["REDIS_URL"]
# Each test worker reads a queue of its own; its unacknowledged messages are kept apart too,
# so that a test worker with a short visibility timeout puts back only its own test's
# messages, never those of another worker on the same Redis.
CELERY_BROKER_TRANSPORT_OPTIONS = {
    **CELERY_BROKER_TRANSPORT_OPTIONS,
    "unacked_key": f"unacked-{CELERY_TASK_DEFAULT_QUEUE}",
    "unacked_index_key": f"unacked_index-{CELERY_TASK_DEFAULT_QUEUE}",
    "unacked_mutex_key": f"unacked_mutex-{CELERY_TASK_DEFAULT_QUEUE}",
}
EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
EMAIL_FILE_PATH = os.environ["EMAIL_FILE_PATH"]
MEDIA_ROOT = os.environ.get("WORKER_TEST_MEDIA_ROOT", MEDIA_ROOT)  # noqa: F405
# Beside the test's MEDIA_ROOT, as tests/conftest.py places it.
PRIVATE_MEDIA_ROOT = Path(MEDIA_ROOT).parent / "private"

if os.environ.get("WORKER_TEST_STALL_TASK"):
    # A test that must kill a worker while it holds a task's message, unacknowledged, names
    # the task here: the worker stops just before running it, and says so in a file.
    import time
    from pathlib import Path

    from celery.signals import task_prerun

    def _stall(sender=None, **kwargs):
        if sender is not None and sender.name == os.environ["WORKER_TEST_STALL_TASK"]:
            Path(os.environ["WORKER_TEST_STALL_MARK"]).touch()
            time.sleep(3600)

    task_prerun.connect(_stall, weak=False)
