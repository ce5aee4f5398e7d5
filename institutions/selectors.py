from .constants import MembershipStatus
from .models import Institution, Membership, Role


def user_is_administrator(user):
    if not user.is_authenticated:
        return False
    return user.is_superuser or Role.objects.filter(user_id=user.pk).exists()


def membership_current(*, user):
    return (
        Membership.objects.filter(user_id=user.pk, status=MembershipStatus.ACTIVE)
        .select_related("institution")
        .first()
    )


def memberships_in(scope, *, status=MembershipStatus.ACTIVE):
    """Memberships of learners in the institutions of `scope` (a Scope, see scope.py)."""
    return (
        scope.filter(Membership.objects.filter(status=status))
        .select_related("user", "user__profile", "institution")
        .order_by("institution__path", "user__profile__full_name", "pk")
    )


def role_administered_institutions(*, user):
    return Institution.objects.filter(roles__user_id=user.pk).order_by("path")


def person_label(membership):
    """How a manage page names a member: "Full Name (email)", or the email alone."""
    from django.utils.translation import gettext as _

    user = membership.user
    if user is None:
        return _("(deleted account)")
    name = getattr(getattr(user, "profile", None), "full_name", "") or user.email
    return f"{name} ({user.email})" if name != user.email else name
