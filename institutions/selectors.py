from django.db.models import Exists, OuterRef, Q
from django.db.models.functions import Length, Substr

from .constants import MembershipStatus, RoleKind
from .models import Institution, Membership, Role


def institutions_visible_to(user):
    """Institutions whose learner data `user` may see: one query, using the tree path.

    A national administrator (or superuser) sees every institution; an
    institution administrator sees each institution they administer and every
    unit below it; anyone else sees none.
    """
    if not user.is_authenticated:
        return Institution.objects.none()
    if user.is_superuser:
        return Institution.objects.all()
    # An institution is visible when the path of an institution the user
    # administers is a prefix of its own path.
    administers_ancestor = Role.objects.filter(
        user_id=user.pk,
        kind=RoleKind.INSTITUTION_ADMIN,
        institution__path=Substr(OuterRef("path"), 1, Length("institution__path")),
    )
    is_national = Role.objects.filter(user_id=user.pk, kind=RoleKind.NATIONAL_ADMIN)
    return Institution.objects.filter(Q(Exists(administers_ancestor)) | Q(Exists(is_national)))


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


def memberships_visible_to(user, *, status=MembershipStatus.ACTIVE):
    """Memberships of learners in institutions `user` may see (one query to list)."""
    return (
        Membership.objects.filter(status=status, institution__in=institutions_visible_to(user))
        .select_related("user", "user__profile", "institution")
        .order_by("institution__path", "user__profile__full_name", "pk")
    )


def role_administered_institutions(*, user):
    return Institution.objects.filter(roles__user_id=user.pk).order_by("path")
