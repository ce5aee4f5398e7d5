"""An email backend that queues every message for a Celery worker.

Django, Wagtail (moderation notifications) and allauth all send through
`EMAIL_BACKEND`; this backend stores each message as an `OutboundEmail` row
and the `base.email_send` task delivers it with `EMAIL_DELIVERY_BACKEND` once
the surrounding transaction commits. A web request never waits for SMTP.
"""

from django.core.mail.backends.base import BaseEmailBackend


class QueuedEmailBackend(BaseEmailBackend):
    def send_messages(self, email_messages):
        from academy.base.services import email_queue

        count = 0
        for message in email_messages:
            html = None
            for content, mimetype in getattr(message, "alternatives", []) or []:
                if mimetype == "text/html":
                    html = content
            recipients = list(message.to) + list(message.cc) + list(message.bcc)
            if not recipients:
                continue
            email_queue(to=recipients, subject=message.subject, body=message.body, html=html,
                        from_email=message.from_email,
                        headers=dict(getattr(message, "extra_headers", None) or {}))
            count += 1
        return count
