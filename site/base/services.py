from academy.base.models import OutboundEmail
from academy.base.tasks import email_send


def absolute_url(path):
    """`path` on the public site, for links in mail and files (WAGTAILADMIN_BASE_URL)."""
    from django.conf import settings

    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def email_queue(*, to, subject, body, html=None, from_email=None, headers=None):
    """Store an email and send it from a Celery worker once the transaction commits."""
    email = OutboundEmail.objects.create(to=list(to), subject=subject, body=body, html=html or "",
                                         from_email=from_email or "", headers=headers or {})
    email_send.delay_on_commit(str(email.id))
    return email


def emails_queue(emails):
    """Store many emails (unsaved OutboundEmail rows) in one statement and send each from a
    worker once the transaction commits."""
    from django.db import transaction

    OutboundEmail.objects.bulk_create(emails)
    ids = [str(email.id) for email in emails]
    transaction.on_commit(lambda: [email_send.delay(pk) for pk in ids])
    return emails
