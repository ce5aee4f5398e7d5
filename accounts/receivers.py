"""Security events from allauth and Django auth, written to the audit log."""

from allauth.account import signals as account_signals
from allauth.mfa import signals as mfa_signals
from django.contrib.auth import signals as auth_signals
from django.dispatch import receiver

from .constants import AuditEvent
from .services import audit_record


@receiver(auth_signals.user_logged_in)
def _logged_in(sender, request, user, **kwargs):
    audit_record(event=AuditEvent.LOGIN, request=request, actor=user)


@receiver(auth_signals.user_logged_out)
def _logged_out(sender, request, user, **kwargs):
    if user is not None:
        audit_record(event=AuditEvent.LOGOUT, request=request, actor=user)


@receiver(auth_signals.user_login_failed)
def _login_failed(sender, credentials, request=None, **kwargs):
    # Only the address tried is kept, never the password.
    tried = credentials.get("email") or credentials.get("username") or ""
    audit_record(event=AuditEvent.LOGIN_FAILED, request=request, actor=None, tried=tried)


@receiver(account_signals.user_signed_up)
def _signed_up(sender, request, user, **kwargs):
    audit_record(event=AuditEvent.SIGNUP, request=request, actor=user)


@receiver(account_signals.password_changed)
def _password_changed(sender, request, user, **kwargs):
    audit_record(event=AuditEvent.PASSWORD_CHANGED, request=request, actor=user)


@receiver(account_signals.password_reset)
def _password_reset(sender, request, user, **kwargs):
    audit_record(event=AuditEvent.PASSWORD_RESET, request=request, actor=user)


@receiver(account_signals.email_changed)
def _email_changed(sender, request, user, from_email_address, to_email_address, **kwargs):
    audit_record(event=AuditEvent.EMAIL_CHANGED, request=request, actor=user)


@receiver(mfa_signals.authenticator_added)
def _mfa_added(sender, **kwargs):
    audit_record(event=AuditEvent.MFA_ADDED, request=kwargs.get("request"),
                 actor=kwargs.get("user"), type=getattr(kwargs.get("authenticator"), "type", ""))


@receiver(mfa_signals.authenticator_removed)
def _mfa_removed(sender, **kwargs):
    audit_record(event=AuditEvent.MFA_REMOVED, request=kwargs.get("request"),
                 actor=kwargs.get("user"), type=getattr(kwargs.get("authenticator"), "type", ""))


@receiver(mfa_signals.authenticator_reset)
def _mfa_reset(sender, **kwargs):
    audit_record(event=AuditEvent.MFA_CODES_REGENERATED, request=kwargs.get("request"),
                 actor=kwargs.get("user"))
