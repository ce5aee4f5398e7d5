import smtplib

from celery import shared_task
from django.conf import settings
from django.core.mail import EmailMultiAlternatives, get_connection
from django.db import transaction
from django.db.models import F
from django.utils import timezone


def batch_pause(variable):
    """A progress callback for batch tasks that sleeps after each batch for as many seconds
    as the environment variable `variable` says: integration tests set it to kill a worker
    half-way through. Unset (as in production), it does nothing."""
    import os
    import time

    def pause(_last):
        seconds = float(os.environ.get(variable, "0") or 0)
        if seconds:
            time.sleep(seconds)

    return pause


def _message_id(pk):
    from urllib.parse import urlsplit

    host = urlsplit(settings.WAGTAILADMIN_BASE_URL).hostname or "academy.invalid"
    return f"<{pk}@{host}>"


@shared_task(
    name="base.email_send",
    autoretry_for=(smtplib.SMTPException, OSError),
    retry_backoff=True,
    retry_backoff_max=600,
    max_retries=6,
)
def email_send(email_id):
    """Send one stored email once: a redelivered or retried task sends nothing twice."""
    from academy.base.models import OutboundEmail

    error = None
    with transaction.atomic():
        # The row lock makes a concurrent redelivery wait, then see `sent_at`.
        email = OutboundEmail.objects.select_for_update().filter(pk=email_id).first()
        if email is None or email.sent_at is not None:
            return False
        message = EmailMultiAlternatives(
            subject=email.subject, body=email.body, to=email.to,
            from_email=email.from_email or None,
            connection=get_connection(settings.EMAIL_DELIVERY_BACKEND),
            # The same Message-ID on every try: should a worker die between handing the
            # message over and noting it sent, the copy sent again is the same message.
            headers={"Message-ID": _message_id(email.pk), **(email.headers or {})},
        )
        if email.html:
            message.attach_alternative(email.html, "text/html")
        try:
            message.send()
        except Exception as exc:  # recorded below, then retried by Celery
            error = exc
        else:
            OutboundEmail.objects.filter(pk=email_id).update(
                sent_at=timezone.now(), attempts=F("attempts") + 1, last_error=""
            )
            return True
    OutboundEmail.objects.filter(pk=email_id).update(
        attempts=F("attempts") + 1, last_error=str(error)[:2000]
    )
    raise error
