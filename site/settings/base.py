"""Settings shared by every environment; values that differ come from the environment."""

import os
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
DEBUG = False
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS")

INSTALLED_APPS = [
    "academy.base",
    "accounts",
    "institutions",
    "protocols",
    "courses",
    "quizzes",
    "reports",
    "notifications",
    "onboarding",
    "currency",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.simple_translation",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.locales",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "csp",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "academy.base.middleware.CSPMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "academy.base.middleware.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "accounts.middleware.RequireMFAMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "academy.urls"
WSGI_APPLICATION = "academy.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

# Database: a SQLite file in the project unless DATABASE_URL says otherwise.
DATABASES = {
    "default": dj_database_url.config(
        env="DATABASE_URL",
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DJANGO_DB_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Cache and Celery: Redis when REDIS_URL is set; otherwise an in-process cache
# and tasks run in-process at commit time, so `make run` needs no services.
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": os.environ.get("DJANGO_CACHE_PREFIX", "academy"),
        }
    }
    CELERY_BROKER_URL = REDIS_URL
    CELERY_TASK_ALWAYS_EAGER = False
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    CELERY_BROKER_URL = "memory://"
    CELERY_TASK_ALWAYS_EAGER = True
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_RESULT_BACKEND = None
CELERY_TASK_IGNORE_RESULT = True
# Tasks are idempotent, so a task is acknowledged only once it has run and is
# redelivered if its worker dies; one message at a time keeps long tasks from
# starving short ones.
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_SOFT_TIME_LIMIT = 60
CELERY_TASK_TIME_LIMIT = 90
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
# On Redis, a message taken by a worker that then dies (SIGKILL, out of memory, lost
# machine) is put back on the queue only once it has been unacknowledged for
# `visibility_timeout` seconds, by the next sweep of any live worker (every
# `unacked_restore_interval` seconds, since the throttle of 1 makes each tick a sweep).
# So a killed task runs again within about visibility + 10 s. The timeout must exceed
# the longest hard time limit (reports.export_build: 660 s) plus any retry countdown,
# or a task still running on a live worker would be handed to a second one;
# tests/base/test_worker_redelivery.py checks this for every task.
CELERY_BROKER_TRANSPORT_OPTIONS = {
    "visibility_timeout": int(os.environ.get("CELERY_VISIBILITY_TIMEOUT", "900")),
    "unacked_restore_interval": 10,
    "unacked_restore_throttle": 1,
}
CELERY_TASK_DEFAULT_QUEUE = os.environ.get("CELERY_QUEUE", "academy")
CELERY_TIMEZONE = "UTC"
# How long national report figures are kept (seconds); the default view is recomputed
# by beat every four minutes, so national administrators rarely wait for it.
REPORTS_NATIONAL_CACHE_SECONDS = int(os.environ.get("REPORTS_NATIONAL_CACHE_SECONDS", 300))
CELERY_BEAT_SCHEDULE = {
    "publish-scheduled-pages": {"task": "protocols.scheduled_publish", "schedule": 60.0},
    "expire-report-exports": {"task": "reports.exports_expire", "schedule": 3600.0},
    "send-scheduled-reports": {"task": "reports.scheduled_send", "schedule": 3600.0},
    "warm-national-reports": {"task": "reports.national_warm", "schedule": 240.0},
    "deliver-notifications": {"task": "notifications.deliver", "schedule": 60.0},
    "sweep-reminders": {"task": "notifications.reminders_sweep", "schedule": 3600.0},
    "send-digests": {"task": "notifications.digests_send", "schedule": 3600.0},
    "sweep-certificate-expiries": {"task": "currency.expiries_sweep", "schedule": 3600.0},
    "sweep-expiry-reminders": {"task": "notifications.expiry_reminders_sweep",
                               "schedule": 3600.0},
}
# Mail can have a queue of its own (a worker reading both), so that 20,000 reminders never
# wait behind an export, nor an export behind them. By default it shares the main queue.
# (No route unless it is set: mail then follows whatever the default queue is.)
CELERY_TASK_ROUTES = ({"base.email_send": {"queue": os.environ["CELERY_MAIL_QUEUE"]}}
                      if os.environ.get("CELERY_MAIL_QUEUE") else {})
# Notices are mailed a batch at a time, no faster than this (the mail relay's limit).
NOTIFICATION_MAILS_PER_MINUTE = int(os.environ.get("NOTIFICATION_MAILS_PER_MINUTE", "600"))
# How long an invitation to a new account (bulk onboarding of staff) can be used.
ACCOUNT_INVITATION_DAYS = int(os.environ.get("ACCOUNT_INVITATION_DAYS", "30"))
NOTIFICATION_BATCH = int(os.environ.get("NOTIFICATION_BATCH", "1000"))
# Refreshers written per batch after a protocol changes (currency).
CURRENCY_BATCH = int(os.environ.get("CURRENCY_BATCH", "5000"))
# A course refresher asks this many questions citing what changed, and passes at this mark.
CURRENCY_REFRESHER_QUESTIONS = int(os.environ.get("CURRENCY_REFRESHER_QUESTIONS", "5"))
CURRENCY_REFRESHER_PASS_MARK = int(os.environ.get("CURRENCY_REFRESHER_PASS_MARK", "80"))
# Learners are reminded this many days before their certificate expires.
CERTIFICATE_EXPIRY_REMINDER_DAYS = int(os.environ.get("CERTIFICATE_EXPIRY_REMINDER_DAYS",
                                                      "30"))
# Mail handed over this long ago and never tried is asked for again (see notifications).
NOTIFICATION_RESEND_AFTER = int(os.environ.get("NOTIFICATION_RESEND_AFTER", "600"))

AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
     "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "start"

# django-allauth: email is the login; there are no usernames.
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_EMAIL_VERIFICATION = os.environ.get("ACCOUNT_EMAIL_VERIFICATION", "mandatory")
ACCOUNT_PREVENT_ENUMERATION = True
ACCOUNT_ADAPTER = "accounts.adapters.AccountAdapter"
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = True
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_CHANGE_EMAIL = True
ACCOUNT_SIGNUP_REDIRECT_URL = "accounts:profile"
ACCOUNT_EMAIL_SUBJECT_PREFIX = "Protocol Academy: "
# allauth's rate limits (login_failed: 5 per 5 minutes per account, 10 a minute
# per IP; signup, password reset...) are kept in the default cache: Redis in
# production, so every worker process shares them.
ACCOUNT_RATE_LIMITS = {"login_failed": "10/m/ip,5/5m/key"}
# The CMS admin signs in through the same allauth form, under the same limits.
WAGTAILADMIN_LOGIN_URL = "account_login"

# Two-factor authentication (TOTP + recovery codes), required for editors,
# moderators and administrators; secrets are encrypted with MFA_ENCRYPTION_KEY
# (falls back to a key derived from SECRET_KEY).
MFA_ADAPTER = "accounts.mfa.MFAAdapter"
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "Protocol Academy"
MFA_ENCRYPTION_KEY = os.environ.get("MFA_ENCRYPTION_KEY", "")
# Who marks free-text quiz answers (the CMS's marking queue), besides anyone given the
# quizzes.change_attemptanswer permission.
QUIZ_MARKING_GROUPS = ["Moderators", "Civil-society reviewers", "Legal reviewers"]
MFA_REQUIRED_GROUPS = ["Editors", "Moderators", "Civil-society reviewers", "Legal reviewers"]

# Email
# Every message is queued for a Celery worker (academy.base.mail), which
# delivers it with EMAIL_DELIVERY_BACKEND (the `EMAIL_BACKEND` variable).
EMAIL_BACKEND = "academy.base.mail.QueuedEmailBackend"
EMAIL_DELIVERY_BACKEND = os.environ.get(
    "EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend"
)
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS")
EMAIL_FILE_PATH = os.environ.get("EMAIL_FILE_PATH", str(BASE_DIR / "var" / "outbox"))
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Protocol Academy <noreply@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Languages: English, Russian and Kazakh, in the URL of every public page.
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", "English"),
    ("ru", "Русский"),
    ("kk", "Қазақша"),
]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
# locale-vendor/ holds Kazakh for django-allauth, which ships none; makemessages
# writes only to the first folder.
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "locale-vendor"]
LANGUAGE_COOKIE_NAME = "academy_language"
LANGUAGE_COOKIE_SECURE = False
TIME_ZONE = "Asia/Almaty"
USE_I18N = True
USE_TZ = True

# Static files: hashed, compressed names served by WhiteNoise.
STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "var" / "static"
STATICFILES_DIRS = [PROJECT_DIR / "static"]
MEDIA_ROOT = Path(os.environ.get("DJANGO_MEDIA_ROOT", BASE_DIR / "var" / "media"))
MEDIA_URL = "/media/"
# Certificates and report exports: outside MEDIA_ROOT and without a URL, served only by the
# views that check who is asking (academy.base.storage).
PRIVATE_MEDIA_ROOT = Path(os.environ.get("DJANGO_PRIVATE_MEDIA_ROOT", BASE_DIR / "var" / "private"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "private": {"BACKEND": "academy.base.storage.PrivateFileStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Content-Security-Policy: no inline scripts anywhere on the site.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "media-src": [SELF],
        "frame-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    },
}

SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True

# Wagtail
WAGTAIL_SITE_NAME = "Protocol Academy"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
WAGTAIL_ENABLE_UPDATE_CHECK = False
# No avatars fetched from gravatar.com: the policy allows no third-party image, and an
# editor's email address should not leave the site.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_PASSWORD_RESET_ENABLED = False

# Image uploads in the CMS decode the whole picture and refuse files carrying
# HTML or script, with a message instead of a 500 (see academy/base/forms.py).
WAGTAILIMAGES_IMAGE_FORM_BASE = "academy.base.forms.ImageForm"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("DJANGO_LOG_LEVEL", "INFO")},
    # Wagtail logs every background index update and page action at INFO.
    "loggers": {
        name: {"level": "WARNING"}
        for name in ("django_tasks", "wagtail", "modelsearch", "celery.app.trace")
    },
}
