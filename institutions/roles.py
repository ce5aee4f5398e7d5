"""What a signed-in person may use, for the account menu and the page they land on after
signing in: one query, then kept in the cache until a role, a group membership or a group's
permissions change (so that a learner's pages cost nothing more).

The views check permissions themselves (scope_for, Wagtail's own checks); this only decides
which links to offer and where each role is at home.
"""

from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.cache import cache
from django.db.models import Exists, OuterRef, Q
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.urls import reverse

from .constants import RoleKind
from .models import Role


@dataclass(frozen=True)
class Roles:
    signed_in: bool = False
    institution_admin: bool = False
    national_admin: bool = False
    cms: bool = False

    @property
    def reports(self):
        return self.institution_admin or self.national_admin

    def home_url(self):
        """Where this person starts: the national or institution overview for
        administrators, the CMS for editors and reviewers, their training for learners."""
        if self.reports:
            return reverse("reports:dashboard")
        if self.cms:
            return "/admin/"
        return reverse("dashboard")


VERSION_KEY = "academy:roles:version"


def _version():
    return cache.get_or_set(VERSION_KEY, 1, timeout=None)


def roles_changed(**kwargs):
    """Forget everyone's cached roles (a role, a group membership or a group's permissions
    changed: rare, and cheap to recompute)."""
    try:
        cache.incr(VERSION_KEY)
    except ValueError:
        cache.set(VERSION_KEY, 2, timeout=None)


post_save.connect(roles_changed, sender=Role, dispatch_uid="academy-roles-saved")
post_delete.connect(roles_changed, sender=Role, dispatch_uid="academy-roles-deleted")
m2m_changed.connect(roles_changed, sender=get_user_model().groups.through,
                    dispatch_uid="academy-roles-groups")
m2m_changed.connect(roles_changed, sender=get_user_model().user_permissions.through,
                    dispatch_uid="academy-roles-user-permissions")
m2m_changed.connect(roles_changed, sender=Group.permissions.through,
                    dispatch_uid="academy-roles-group-permissions")


def _access_admin():
    return Permission.objects.filter(codename="access_admin",
                                     content_type__app_label="wagtailadmin")


def roles_of(user, request=None):
    """The Roles of `user` (memoised on `request` when given)."""
    if request is not None and getattr(request, "_academy_roles", None) is not None:
        return request._academy_roles
    if not getattr(user, "is_authenticated", False):
        roles = Roles()
    elif user.is_superuser:
        roles = Roles(signed_in=True, national_admin=True, cms=True)
    else:
        key = f"academy:roles:{_version()}:{user.pk}"
        row = cache.get(key)
        if row is None:
            mine = Role.objects.filter(user_id=OuterRef("pk"))
            row = get_user_model().objects.filter(pk=user.pk).annotate(
                is_national=Exists(mine.filter(kind=RoleKind.NATIONAL_ADMIN)),
                is_admin=Exists(mine.filter(kind=RoleKind.INSTITUTION_ADMIN)),
                is_editor=Exists(_access_admin().filter(
                    Q(group__user=OuterRef("pk")) | Q(user=OuterRef("pk")))),
            ).values_list("is_national", "is_admin", "is_editor").first() or (False,) * 3
            cache.set(key, tuple(row), timeout=60 * 60)
        roles = Roles(signed_in=True, national_admin=row[0], institution_admin=row[1],
                      cms=row[2])
    if request is not None:
        request._academy_roles = roles
    return roles
