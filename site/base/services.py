from academy.base.models import OutboundEmail
from academy.base.tasks import email_send


def email_queue(*, to, subject, body, html=None, from_email=None):
    """Store an email and send it from a Celery worker once the transaction commits."""
    email = OutboundEmail.objects.create(to=list(to), subject=subject, body=body, html=html or "",
                                         from_email=from_email or "")
    email_send.delay_on_commit(str(email.id))
    return email
