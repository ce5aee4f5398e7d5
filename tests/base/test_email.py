import smtplib

import pytest
from django.core import mail

from academy.base.models import OutboundEmail
from academy.base.services import email_queue
from academy.base.tasks import email_send

pytestmark = pytest.mark.django_db


def test_queued_email_is_sent_once_the_transaction_commits(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        email = email_queue(to=["judge@example.org"], subject="Welcome", body="Hello")
    assert mail.outbox == []  # nothing leaves before commit
    for callback in callbacks:
        callback()
    assert [m.subject for m in mail.outbox] == ["Welcome"]
    email.refresh_from_db()
    assert email.sent_at is not None
    assert email.attempts == 1


def test_html_alternative_is_attached(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        email_queue(to=["a@example.org"], subject="S", body="plain", html="<p>rich</p>")
    assert mail.outbox[0].alternatives[0][0] == "<p>rich</p>"


def test_a_redelivered_task_does_not_send_twice(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        email = email_queue(to=["a@example.org"], subject="Once", body="x")
    assert email_send.run(str(email.id)) is False
    assert len(mail.outbox) == 1


def test_failed_send_is_recorded_and_raised_for_retry(monkeypatch):
    email = OutboundEmail.objects.create(to=["a@example.org"], subject="S", body="b")

    def refuse(*args, **kwargs):
        raise smtplib.SMTPServerDisconnected("mail server went away")

    monkeypatch.setattr("django.core.mail.EmailMultiAlternatives.send", refuse)
    with pytest.raises(smtplib.SMTPServerDisconnected):
        email_send.run(str(email.id))
    email.refresh_from_db()
    assert email.sent_at is None
    assert email.attempts == 1
    assert "went away" in email.last_error


def test_task_has_an_explicit_name_and_late_acknowledgement():
    from academy.celery import app

    assert email_send.name == "base.email_send"
    assert app.conf.task_acks_late is True
    assert app.conf.task_reject_on_worker_lost is True
    assert app.conf.worker_prefetch_multiplier == 1
    assert app.conf.task_time_limit and app.conf.task_soft_time_limit
