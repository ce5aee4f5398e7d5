import os

import pytest


def require(available, what):
    """Skip a test whose service is missing, except in CI, where it fails instead."""
    if available:
        return
    if os.environ.get("CI"):
        pytest.fail(f"{what} is required in CI but is not available")
    pytest.skip(f"{what} is not available on this machine")


@pytest.fixture(autouse=True)
def _media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"


@pytest.fixture(autouse=True)
def _mail_through_the_queue(settings):
    # Django's test set-up swaps EMAIL_BACKEND for locmem; put the project's
    # queueing backend back so tests see mail the way production sends it
    # (delivered to locmem by the task, once the transaction commits).
    settings.EMAIL_BACKEND = "academy.base.mail.QueuedEmailBackend"


@pytest.fixture(autouse=True)
def _fresh_cache():
    # Menus and protocol bodies are cached; every test starts from an empty cache.
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()
