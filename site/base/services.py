from academy.base.models import OutboundEmail
from academy.base.tasks import email_send


def absolute_url(path):
    """`path` on the public site, for links in mail and files (WAGTAILADMIN_BASE_URL)."""
    from django.conf import settings

    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def email_queue(*, to, subject, body, html=None, from_email=None):
    """Store an email and send it from a Celery worker once the transaction commits."""
    email = OutboundEmail.objects.create(to=list(to), subject=subject, body=body, html=html or "",
                                         from_email=from_email or "")
    email_send.delay_on_commit(str(email.id))
    return email
