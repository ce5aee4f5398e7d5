from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import DATABASES, REDIS_URL, env_bool, os

if not os.environ.get("DJANGO_SECRET_KEY"):
    raise ImproperlyConfigured("Set DJANGO_SECRET_KEY: production refuses to start without it.")
if not os.environ.get("DJANGO_ALLOWED_HOSTS"):
    raise ImproperlyConfigured("Set DJANGO_ALLOWED_HOSTS (comma-separated host names).")
if DATABASES["default"]["ENGINE"] != "django.db.backends.postgresql":
    raise ImproperlyConfigured("Production needs PostgreSQL: set DATABASE_URL=postgres://...")
if not REDIS_URL:
    raise ImproperlyConfigured("Production needs Redis for the cache and Celery: set REDIS_URL.")

DEBUG = False
SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT", True)
behind_proxy = env_bool("DJANGO_BEHIND_PROXY", True)
if behind_proxy:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
# allauth limits failed sign-ins per client IP. Behind the proxy REMOTE_ADDR is
# the proxy itself (empty on a unix socket), so every visitor would share one
# bucket, or every sign-in would be refused for want of an address. allauth
# takes the entry this many places from the right of X-Forwarded-For, the one
# the outermost of our proxies wrote; entries to its left come from the client
# and can be forged.
ALLAUTH_TRUSTED_PROXY_COUNT = int(os.environ.get("DJANGO_TRUSTED_PROXY_COUNT", 1 if behind_proxy else 0))
if ALLAUTH_TRUSTED_PROXY_COUNT < 0:
    raise ImproperlyConfigured("DJANGO_TRUSTED_PROXY_COUNT is the number of proxies in front: 0 or more.")
SECURE_HSTS_SECONDS = int(os.environ.get("DJANGO_HSTS_SECONDS", 60 * 60 * 24 * 365))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
LANGUAGE_COOKIE_SECURE = True
CSRF_TRUSTED_ORIGINS = [f"https://{host}" for host in ALLOWED_HOSTS if host]  # noqa: F405
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
# Links in mail, certificates and QR codes: the public site, never the development server.
WAGTAILADMIN_BASE_URL = (os.environ.get("WAGTAILADMIN_BASE_URL")
                         or f"https://{ALLOWED_HOSTS[0]}").rstrip("/")  # noqa: F405
if "127.0.0.1" in WAGTAILADMIN_BASE_URL or "localhost" in WAGTAILADMIN_BASE_URL:
    raise ImproperlyConfigured("WAGTAILADMIN_BASE_URL is the public address of the site "
                               "(https://academy.example.kz), not a development server.")
