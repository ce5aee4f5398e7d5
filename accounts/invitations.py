"""Invitations to accounts made for people by their institution (bulk onboarding): a signed
link to choose a password, good for ACCOUNT_INVITATION_DAYS and only until it is used.
Following it proves the address, so it also confirms the email."""
import hashlib

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import signing
from django.db import transaction
from django.utils.translation import gettext as _

SALT = "accounts.invitation"


class InvitationError(Exception):
    """A link that cannot be used; the message is for the person holding it."""


def _state(user):
    # Changes once a password is set (or the account signs in), which spends the link.
    raw = f"{user.pk}:{user.password}:{user.last_login}:{user.email}"
    return hashlib.sha256(raw.encode()).hexdigest()[:16]


def invitation_token(user):
    return signing.dumps({"u": user.pk, "s": _state(user)}, salt=SALT)


def invitation_user(token):
    """The invited user, or InvitationError saying why the link cannot be used."""
    try:
        payload = signing.loads(token, salt=SALT,
                                max_age=settings.ACCOUNT_INVITATION_DAYS * 24 * 3600)
    except signing.SignatureExpired:
        raise InvitationError(_("This invitation has expired. Ask your administrator to "
                                "invite you again, or reset your password.")) from None
    except signing.BadSignature:
        raise InvitationError(_("This invitation link is not valid.")) from None
    user = get_user_model().objects.filter(pk=payload.get("u"), is_active=True).first()
    if user is None or payload.get("s") != _state(user):
        raise InvitationError(_("This invitation has already been used. Sign in with your "
                                "email and password, or reset your password."))
    return user


@transaction.atomic
def invitation_accept(*, token, password, request=None):
    """Set the invited user's first password and confirm their email; returns the user."""
    from allauth.account.models import EmailAddress

    from .constants import AuditEvent
    from .services import audit_record

    user = invitation_user(token)
    # Locked and read again: of two tabs submitting at once, the second finds it spent.
    user = get_user_model().objects.select_for_update().get(pk=user.pk)
    if _state(user) != signing.loads(token, salt=SALT)["s"]:
        raise InvitationError(_("This invitation has already been used. Sign in with your "
                                "email and password, or reset your password."))
    user.set_password(password)
    user.save(update_fields=["password"])
    EmailAddress.objects.filter(user=user, email__iexact=user.email).update(verified=True,
                                                                            primary=True)
    if not EmailAddress.objects.filter(user=user, email__iexact=user.email).exists():
        EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    audit_record(event=AuditEvent.INVITATION_ACCEPTED, request=request, actor=user)
    return user
