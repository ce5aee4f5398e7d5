# Load Celery with Django so that `delay_on_commit` uses this app's settings.
from .celery import app as celery_app

__all__ = ("celery_app",)
