import json

from allauth.account.adapter import get_adapter as get_account_adapter
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone

from academy.events import ProfileChanged, event_send

from .constants import AuditEvent
from .models import AuditLog, Profile

# Keys that must never reach the audit log, whatever a caller passes.
_SECRET_KEYS = {"password", "password1", "password2", "code", "token", "secret", "otp"}


def _client_ip(request):
    """The client's address as the sign-in limits see it: behind the proxy, from
    X-Forwarded-For (ALLAUTH_TRUSTED_PROXY_COUNT), not the proxy's own address."""
    if request is None:
        return None
    try:
        return get_account_adapter().get_client_ip(request)
    except PermissionDenied:
        return None


def audit_record(*, event, request=None, actor=None, target_user=None, institution=None,
                 **detail):
    """Write one security event. `detail` must not hold secrets; known secret keys are dropped."""
    if actor is None and request is not None and getattr(request, "user", None) is not None:
        actor = request.user if request.user.is_authenticated else None
    clean = {k: v for k, v in detail.items() if k.lower() not in _SECRET_KEYS}
    return AuditLog.objects.create(
        event=event,
        actor=actor,
        actor_label=getattr(actor, "email", "") if actor else "",
        target_user=target_user,
        institution=institution,
        ip_address=_client_ip(request),
        detail=json.loads(json.dumps(clean, default=str)),
    )


def profile_save(*, user, data):
    """Create or update the user's profile from cleaned form data."""
    profile = Profile.objects.filter(user=user).first() or Profile(user=user)
    for field, value in data.items():
        setattr(profile, field, value)
    shares_demographics = profile.sex != "not_said" or profile.year_of_birth is not None
    if shares_demographics and not profile.demographics_consent_at:
        profile.demographics_consent_at = timezone.now()
    if not shares_demographics:
        profile.demographics_consent_at = None
    if profile.completed_at is None:
        profile.completed_at = timezone.now()
    profile.full_clean()
    profile.save()
    event_send(ProfileChanged(user_id=user.pk))
    return profile


def profile_is_complete(user):
    if not user.is_authenticated:
        return False
    profile = getattr(user, "profile", None)
    return bool(profile and profile.completed_at)


# What other apps hold about a person, registered in their AppConfig.ready, so that the
# privacy export and deletion cover them without accounts importing those apps.
_data_sections = {}
_erasure_steps = []


def account_data_section(name, function):
    """Add `function(*, user)` → JSON-ready data to the export, under `name`."""
    _data_sections[name] = function


def account_erasure_step(function):
    """Run `function(*, user, now)` inside the deletion, before the account goes."""
    if function not in _erasure_steps:
        _erasure_steps.append(function)


def account_data_export(*, user, request=None):
    """Everything the platform holds about `user`, as JSON-ready data."""
    profile = Profile.objects.filter(user=user).first()
    data = {
        "account": {
            "email": user.email,
            "date_joined": user.date_joined,
            "last_login": user.last_login,
            "emails": list(user.emailaddress_set.values("email", "verified", "primary")),
        },
        "profile": None,
        **{name: section(user=user) for name, section in _data_sections.items()},
        "security_events": list(
            AuditLog.objects.filter(actor=user).values("at", "event", "ip_address")
        ),
    }
    if profile:
        data["profile"] = {
            "full_name": profile.full_name,
            "profession": profile.profession,
            "position": profile.position,
            "preferred_language": profile.preferred_language,
            "sex": profile.sex,
            "year_of_birth": profile.year_of_birth,
            "demographics_consent_at": profile.demographics_consent_at,
        }
    audit_record(event=AuditEvent.DATA_EXPORTED, request=request, actor=user)
    return json.loads(json.dumps(data, default=str))


@transaction.atomic
def account_delete(*, user, request=None):
    """Remove personal data; keep anonymous training counts.

    Memberships stay (without a user) so that what was done in an institution
    is still counted there (institutions registers that step); the profile,
    email addresses, authenticators and the account itself are deleted.
    """
    now = timezone.now()
    for step in _erasure_steps:
        step(user=user, now=now)
    # The audit trail keeps what happened, not who it was.
    AuditLog.objects.filter(actor=user).update(actor_label="", ip_address=None)
    AuditLog.objects.filter(event=AuditEvent.LOGIN_FAILED, detail__tried=user.email).update(
        detail={}, ip_address=None)
    user_id = user.pk
    user.delete()
    audit_record(event=AuditEvent.ACCOUNT_DELETED, request=None, actor=None,
                 deleted_user_id=user_id)
