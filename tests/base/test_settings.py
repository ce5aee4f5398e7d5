"""Production settings: refuse to start when misconfigured, and pass `check --deploy`."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

PROJECT_DIR = Path(__file__).resolve().parents[2]
GOOD = {
    "DJANGO_SETTINGS_MODULE": "academy.settings.production",
    "DJANGO_SECRET_KEY": "k" * 20 + "a-long-random-production-secret-9f8e7d6c5b4a39281706",
    "DJANGO_ALLOWED_HOSTS": "academy.example.kz",
    "DATABASE_URL": "postgres://academy@db.internal:5432/academy",
    "REDIS_URL": "redis://cache.internal:6379/0",
}


def _check(**overrides):
    env = {k: v for k, v in os.environ.items() if k not in GOOD and k != "DJANGO_ALLOW_ASYNC_UNSAFE"}
    env.update(GOOD)
    for key, value in overrides.items():
        if value is None:
            env.pop(key, None)
        else:
            env[key] = value
    return subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=PROJECT_DIR, env=env, capture_output=True, text=True, timeout=120,
    )


def test_production_settings_pass_the_deploy_check_without_warnings():
    result = _check()
    assert result.returncode == 0, result.stderr + result.stdout
    assert "WARNING" not in result.stderr + result.stdout


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"DJANGO_SECRET_KEY": None}, "DJANGO_SECRET_KEY"),
        ({"DJANGO_ALLOWED_HOSTS": None}, "DJANGO_ALLOWED_HOSTS"),
        ({"DATABASE_URL": "sqlite:////tmp/x.sqlite3"}, "PostgreSQL"),
        ({"REDIS_URL": None}, "REDIS_URL"),
    ],
)
def test_production_refuses_to_start_when_misconfigured(overrides, message):
    result = _check(**overrides)
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert message in result.stderr


def test_cache_and_celery_follow_redis_url(monkeypatch):
    import importlib

    from academy.settings import base

    monkeypatch.setenv("REDIS_URL", "redis://127.0.0.1:6379/3")
    with_redis = importlib.reload(base)
    assert with_redis.CACHES["default"]["BACKEND"].endswith("RedisCache")
    assert with_redis.CELERY_BROKER_URL == "redis://127.0.0.1:6379/3"
    assert with_redis.CELERY_TASK_ALWAYS_EAGER is False
    monkeypatch.delenv("REDIS_URL")
    without = importlib.reload(base)
    assert without.CACHES["default"]["BACKEND"].endswith("LocMemCache")
    assert without.CELERY_TASK_ALWAYS_EAGER is True
    monkeypatch.setenv("DATABASE_URL", "postgres://u@h:5432/academy")
    assert importlib.reload(base).DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql"
    monkeypatch.delenv("DATABASE_URL")
    assert importlib.reload(base).DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3"


def _setting(name, **overrides):
    env = {k: v for k, v in os.environ.items() if k not in GOOD}
    env.update(GOOD)
    env.update({k: v for k, v in overrides.items() if v is not None})
    return subprocess.run(
        [sys.executable, "-c", "import django; django.setup(); from django.conf import settings;"
         f" print(settings.{name})"], cwd=PROJECT_DIR, env=env, capture_output=True, text=True,
        timeout=120)


def test_links_in_mail_point_at_the_public_site():
    """Certificates, QR codes and notices link to the site's public address: by default the
    first allowed host over HTTPS; a development address is refused."""
    assert _setting("WAGTAILADMIN_BASE_URL").stdout.strip() == "https://academy.example.kz"
    given = _setting("WAGTAILADMIN_BASE_URL", WAGTAILADMIN_BASE_URL="https://kb.example.kz/")
    assert given.stdout.strip() == "https://kb.example.kz"
    refused = _setting("WAGTAILADMIN_BASE_URL", WAGTAILADMIN_BASE_URL="http://127.0.0.1:8000")
    assert refused.returncode != 0 and "WAGTAILADMIN_BASE_URL" in refused.stderr


@pytest.mark.django_db
def test_the_cms_alone_may_run_inline_code_and_frame_itself(client):
    """The strict policy everywhere but /admin/, where Wagtail needs inline scripts and
    styles and frames its own preview (tests/e2e/test_cms_preview.py shows it rendering)."""
    from tests.factories import make_home_page

    make_home_page()
    public = client.get("/en/")
    assert "script-src 'self';" in public["Content-Security-Policy"] + ";"
    assert "frame-ancestors 'none'" in public["Content-Security-Policy"]
    assert "unsafe-inline" not in public["Content-Security-Policy"]
    assert public["X-Frame-Options"] == "DENY"
    admin = client.get("/admin/login/")
    policy = admin["Content-Security-Policy"]
    assert "script-src 'self' 'unsafe-inline'" in policy
    assert "frame-ancestors 'self'" in policy and "'none'" not in policy.split(
        "frame-ancestors")[1].split(";")[0]
    assert admin["X-Frame-Options"] == "SAMEORIGIN"
