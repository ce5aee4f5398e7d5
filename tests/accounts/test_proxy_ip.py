"""Sign-in limits behind the documented proxy, under production settings, through gunicorn.

gunicorn serves the production settings in both set-ups the README allows: on
a TCP port on 127.0.0.1 and on a unix socket. The test plays the TLS proxy in
front of it: every request says `X-Forwarded-Proto: https` and has the
address the proxy saw appended to `X-Forwarded-For`. Each server keeps its
rate limits in Redis under a key prefix of its own, so the tests never share
a bucket with each other or with another run.
"""

import http.client
import os
import re
import secrets
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlencode, urlsplit

import pytest

from tests.conftest import require

pytestmark = pytest.mark.integration

PROJECT_DIR = Path(__file__).resolve().parents[2]
HOST = "academy.example.kz"
LOGIN_PATH = "/en/accounts/login/"
# allauth's own messages (English, as the path says), shown on the sign-in form.
WRONG_PASSWORD = "The email address and/or password you specified are not correct."
LOCKED = "Too many failed login attempts. Try again later."

# Two learners: one who signs in while someone else is guessing passwords,
# one whose account is the target of the guessing.
COLLEAGUE = ("colleague@example.kz", secrets.token_urlsafe(16))
TARGET = ("target@example.kz", secrets.token_urlsafe(16))

# Set by the tests, or production defaults the tests are about: never taken
# from the caller's environment.
_NOT_INHERITED = (
    "DJANGO_TRUSTED_PROXY_COUNT", "DJANGO_BEHIND_PROXY", "DJANGO_SECURE_SSL_REDIRECT",
    "DJANGO_CACHE_PREFIX", "CELERY_QUEUE", "DJANGO_ALLOW_ASYNC_UNSAFE",
)

# Production settings, with a static folder of this run's own, so that the
# manifest collectstatic writes stays out of the working tree.
_SETTINGS = """\
from academy.settings.production import *  # noqa: F403

STATIC_ROOT = {static_root!r}
"""

_CREATE_USERS = """\
from allauth.account.models import EmailAddress
from accounts.models import User

for email, password in {users!r}:
    user = User.objects.create_user(email=email, password=password)
    EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
"""


def _postgres_available(url):
    if not url.startswith(("postgres://", "postgresql://")):
        return False
    try:
        import psycopg

        with psycopg.connect(url, connect_timeout=2):
            return True
    except Exception:
        return False


def _redis_available(url):
    try:
        import redis

        return redis.Redis.from_url(url, socket_connect_timeout=1).ping()
    except Exception:
        return False


def _manage(env, *args):
    result = subprocess.run(
        [sys.executable, "manage.py", *args], cwd=PROJECT_DIR, env=env,
        capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 0, f"manage.py {' '.join(args)} failed:\n{result.stderr}{result.stdout}"


@pytest.fixture(scope="module")
def production_env(tmp_path_factory):
    """The environment of a migrated production deployment with two verified learners."""
    database_url = os.environ.get("DATABASE_URL", "")
    redis_url = os.environ.get("REDIS_URL", "")
    require(_postgres_available(database_url), "PostgreSQL (DATABASE_URL)")
    require(redis_url and _redis_available(redis_url), "Redis (REDIS_URL)")
    import psycopg
    import redis

    name = f"academy_proxy_test_{os.getpid()}"
    prefix = f"proxy-test-{os.getpid()}-{secrets.token_hex(4)}"
    # Database 9, away from the one the other tests use; the prefix keeps two
    # runs apart without flushing what another run is still using.
    cache_url = urlsplit(redis_url)._replace(path="/9").geturl()
    folder = tmp_path_factory.mktemp("production")
    (folder / "proxy_test_settings.py").write_text(_SETTINGS.format(static_root=str(folder / "static")))
    env = {key: value for key, value in os.environ.items() if key not in _NOT_INHERITED}
    env.update({
        "DJANGO_SETTINGS_MODULE": "proxy_test_settings",
        "PYTHONPATH": os.pathsep.join([str(folder), str(PROJECT_DIR)]),
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
        "DJANGO_ALLOWED_HOSTS": HOST,
        "DATABASE_URL": urlsplit(database_url)._replace(path=f"/{name}").geturl(),
        "REDIS_URL": cache_url,
        "DJANGO_CACHE_PREFIX": prefix,
        # Nothing here should queue a task; if something does, no worker takes it.
        "CELERY_QUEUE": prefix,
        "DJANGO_LOG_LEVEL": "WARNING",
    })
    with psycopg.connect(database_url, autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.execute(f'CREATE DATABASE "{name}"')
    try:
        _manage(env, "migrate", "--noinput")
        _manage(env, "collectstatic", "--noinput")
        _manage(env, "shell", "-c", _CREATE_USERS.format(users=[COLLEAGUE, TARGET]))
        yield env
    finally:
        with psycopg.connect(database_url, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        cache = redis.Redis.from_url(cache_url)
        for pattern in (f"{prefix}*", f"_kombu.binding.{prefix}*"):
            for key in cache.scan_iter(match=pattern):
                cache.delete(key)


class _UnixConnection(http.client.HTTPConnection):
    def __init__(self, path, **kwargs):
        super().__init__("localhost", **kwargs)
        self.path = path

    def connect(self):
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.sock.settimeout(self.timeout)
        self.sock.connect(self.path)


@dataclass
class Response:
    status: int
    headers: list
    body: str

    def cookies(self):
        jar = {}
        for name, value in self.headers:
            if name.lower() == "set-cookie":
                key, _, rest = value.partition("=")
                jar[key.strip()] = rest.split(";", 1)[0]
        return jar

    @property
    def signed_in(self):
        return self.status == 302 and "sessionid" in self.cookies()


@dataclass
class Proxy:
    """Forwards requests to gunicorn the way the documented TLS proxy does."""

    port: int | None = None
    socket_path: str | None = None

    def request(self, method, path, *, client_ip, forged=None, body=None, headers=None):
        connection = (
            _UnixConnection(self.socket_path, timeout=60) if self.socket_path
            else http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
        )
        # The proxy appends the address it saw to whatever the client sent.
        forwarded_for = f"{forged}, {client_ip}" if forged else client_ip
        try:
            connection.request(method, path, body=body, headers={
                "Host": HOST,
                "X-Forwarded-Proto": "https",
                "X-Forwarded-For": forwarded_for,
                **(headers or {}),
            })
            answer = connection.getresponse()
            return Response(answer.status, answer.getheaders(), answer.read().decode("utf-8", "replace"))
        finally:
            connection.close()


@dataclass
class Visitor:
    """A browser at one address: it opens the sign-in form once, then posts to it."""

    proxy: Proxy
    ip: str
    cookies: dict = field(default_factory=dict)
    token: str = ""

    def sign_in(self, email, password, *, forged=None):
        if not self.token:
            page = self.proxy.request("GET", LOGIN_PATH, client_ip=self.ip)
            assert page.status == 200, page.body[:500]
            self.cookies.update(page.cookies())
            self.token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.body).group(1)
        response = self.proxy.request(
            "POST", LOGIN_PATH, client_ip=self.ip, forged=forged,
            body=urlencode({"csrfmiddlewaretoken": self.token, "login": email, "password": password}),
            headers={
                "Content-Type": "application/x-www-form-urlencoded",
                "Origin": f"https://{HOST}",
                "Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items()),
            },
        )
        # allauth answers 403 when it finds no client address (REMOTE_ADDR is
        # empty on a unix socket); production's 403 page does not say why.
        assert response.status in (200, 302), f"{response.status}: {response.body[:500]}"
        return response


def _free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _wait_until_serving(process, proxy, log):
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"gunicorn exited with {process.returncode}:\n{log.read_text()}")
        try:
            if proxy.request("GET", "/healthz", client_ip="192.0.2.1").status == 200:
                return
        except OSError:
            pass
        time.sleep(0.2)
    pytest.fail(f"gunicorn did not answer within 60 s:\n{log.read_text()}")


@pytest.fixture(scope="module", params=["tcp", "unix-socket"])
def proxy(request, production_env, tmp_path_factory):
    """gunicorn with the production settings, bound as the README allows; two
    workers, so a limit only holds if they share it through Redis."""
    folder = tmp_path_factory.mktemp(request.param)
    if request.param == "tcp":
        proxy = Proxy(port=_free_port())
        bind = f"127.0.0.1:{proxy.port}"
    else:
        proxy = Proxy(socket_path=str(folder / "gunicorn.sock"))
        bind = f"unix:{proxy.socket_path}"
    prefix = f"{production_env['DJANGO_CACHE_PREFIX']}-{request.param}"
    env = {**production_env, "DJANGO_CACHE_PREFIX": prefix}
    log = folder / "gunicorn.log"
    with log.open("w") as output:
        process = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "academy.wsgi", "--bind", bind, "--workers", "2"],
            cwd=PROJECT_DIR, env=env, stdout=output, stderr=subprocess.STDOUT,
        )
    try:
        _wait_until_serving(process, proxy, log)
        yield proxy
    finally:
        process.terminate()
        process.wait(timeout=30)
        print(log.read_text())


def test_a_sign_in_is_answered_and_not_refused_for_want_of_a_client_address(proxy):
    visitor = Visitor(proxy, "203.0.113.5")

    wrong = visitor.sign_in("nobody@example.kz", "not-the-password")

    assert wrong.status == 200
    assert WRONG_PASSWORD in wrong.body


def test_failed_sign_ins_from_one_address_lock_out_that_address_only(proxy):
    attacker = Visitor(proxy, "203.0.113.66")
    colleague = Visitor(proxy, "198.51.100.23")

    # A different account each time, so that the per-account limit never
    # trips; a different forged X-Forwarded-For entry each time, which must
    # not earn a fresh bucket.
    for n in range(10):
        guess = attacker.sign_in(f"guess{n}@example.kz", "not-the-password", forged=f"192.0.2.{n + 10}")
        assert WRONG_PASSWORD in guess.body, f"attempt {n + 1}"
    locked = attacker.sign_in("guess10@example.kz", "not-the-password", forged="192.0.2.99")
    signed_in = colleague.sign_in(*COLLEAGUE)

    assert locked.status == 200
    assert LOCKED in locked.body
    assert signed_in.signed_in, f"{signed_in.status}: {signed_in.body[:500]}"


def test_an_account_is_locked_after_five_failures_even_from_different_addresses(proxy):
    email, password = TARGET
    for n in range(5):
        guess = Visitor(proxy, f"198.51.100.{n + 100}").sign_in(email, "not-the-password")
        assert WRONG_PASSWORD in guess.body, f"attempt {n + 1}"

    sixth = Visitor(proxy, "198.51.100.200").sign_in(email, password)

    assert not sixth.signed_in
    assert LOCKED in sixth.body


def _production_setting(name, **variables):
    env = {key: value for key, value in os.environ.items() if key not in _NOT_INHERITED}
    env.update({
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
        "DJANGO_ALLOWED_HOSTS": HOST,
        "DATABASE_URL": "postgres://academy@db.internal:5432/academy",
        "REDIS_URL": "redis://cache.internal:6379/0",
        **variables,
    })
    return subprocess.run(
        [sys.executable, "-c", f"from academy.settings import production; print(production.{name})"],
        cwd=PROJECT_DIR, env=env, capture_output=True, text=True, timeout=60,
    )


@pytest.mark.parametrize(
    ("variables", "count"),
    [
        ({}, "1"),
        ({"DJANGO_TRUSTED_PROXY_COUNT": "2"}, "2"),
        ({"DJANGO_TRUSTED_PROXY_COUNT": "0"}, "0"),
        ({"DJANGO_BEHIND_PROXY": "off"}, "0"),
    ],
)
def test_client_addresses_come_from_one_proxy_unless_configured_otherwise(variables, count):
    result = _production_setting("ALLAUTH_TRUSTED_PROXY_COUNT", **variables)

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == count


def test_production_refuses_a_negative_proxy_count():
    result = _production_setting("ALLAUTH_TRUSTED_PROXY_COUNT", DJANGO_TRUSTED_PROXY_COUNT="-1")

    assert result.returncode != 0
    assert "DJANGO_TRUSTED_PROXY_COUNT" in result.stderr
