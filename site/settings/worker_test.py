"""For the Celery worker that the integration test starts: the test's own database."""

from .test import *  # noqa: F403
from .test import DATABASES, os

DATABASES["default"]["NAME"] = os.environ["WORKER_TEST_DB_NAME"]
DATABASES["default"]["TEST"] = {"NAME": os.environ["WORKER_TEST_DB_NAME"]}
CELERY_TASK_ALWAYS_EAGER = False
CELERY_BROKER_URL = os.environ["REDIS_URL"]
EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
EMAIL_FILE_PATH = os.environ["EMAIL_FILE_PATH"]
MEDIA_ROOT = os.environ.get("WORKER_TEST_MEDIA_ROOT", MEDIA_ROOT)  # noqa: F405
