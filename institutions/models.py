import secrets

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from treebeard.mp_tree import MP_Node

from academy.base.i18n import localised

from .constants import InstitutionKind, MembershipStatus, Region, RoleKind


class Institution(MP_Node):
    """A node of the institution tree: ministry → regional department → district unit.

    The materialised `path` lets one query find a whole subtree.
    """

    code = models.SlugField(_("code"), max_length=40, unique=True, allow_unicode=False)
    name_en = models.CharField(_("name (English)"), max_length=255)
    name_ru = models.CharField(_("name (Russian)"), max_length=255)
    name_kk = models.CharField(_("name (Kazakh)"), max_length=255)
    kind = models.CharField(_("kind"), max_length=20, choices=InstitutionKind.choices)
    region = models.CharField(_("region"), max_length=20, choices=Region.choices, blank=True,
                              help_text=_("Leave empty for a national body."))
    is_active = models.BooleanField(_("active"), default=True)

    node_order_by = None

    class Meta:
        verbose_name = _("institution")
        verbose_name_plural = _("institutions")
        indexes = [models.Index(fields=["kind", "region"])]

    def __str__(self):
        return self.name

    @property
    def name(self):
        return localised(self, "name")

    @property
    def indented_name(self):
        return "\u2003" * (self.depth - 1) + self.name


class Membership(models.Model):
    """A learner's place in an institution over time.

    One active membership per learner; a move ends the old one, so training
    done before the move stays counted where it happened. A deleted account
    leaves its memberships behind without a user (anonymous counts).
    """

    user = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL,
                             related_name="memberships", verbose_name=_("user"))
    institution = models.ForeignKey(Institution, on_delete=models.PROTECT,
                                    related_name="memberships", verbose_name=_("institution"))
    status = models.CharField(_("status"), max_length=10, choices=MembershipStatus.choices)
    requested_at = models.DateTimeField(_("requested at"), default=timezone.now)
    started_at = models.DateTimeField(_("started at"), null=True, blank=True)
    ended_at = models.DateTimeField(_("ended at"), null=True, blank=True)
    decided_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                                   on_delete=models.SET_NULL, related_name="+")
    invite = models.ForeignKey("Invite", null=True, blank=True, on_delete=models.SET_NULL,
                               related_name="memberships")

    class Meta:
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")
        constraints = [
            models.UniqueConstraint(fields=["user"], condition=Q(status="active"),
                                    name="institutions_one_active_membership"),
            models.UniqueConstraint(fields=["user", "institution"], condition=Q(status="pending"),
                                    name="institutions_one_pending_request_per_institution"),
            models.CheckConstraint(
                condition=~Q(status="active") | Q(started_at__isnull=False, ended_at__isnull=True),
                name="institutions_active_membership_has_start_only",
            ),
        ]
        indexes = [models.Index(fields=["institution", "status"])]

    def __str__(self):
        return f"{self.user} @ {self.institution}"


class Role(models.Model):
    """An administrative role: a subtree (institution administrator) or everything (national)."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                             related_name="admin_roles", verbose_name=_("user"))
    kind = models.CharField(_("role"), max_length=20, choices=RoleKind.choices)
    institution = models.ForeignKey(Institution, null=True, blank=True, on_delete=models.CASCADE,
                                    related_name="roles", verbose_name=_("institution"))
    granted_at = models.DateTimeField(_("granted at"), default=timezone.now)
    granted_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                                   on_delete=models.SET_NULL, related_name="+")

    class Meta:
        verbose_name = _("administrative role")
        verbose_name_plural = _("administrative roles")
        constraints = [
            models.CheckConstraint(
                condition=(Q(kind="institution_admin", institution__isnull=False)
                           | Q(kind="national_admin", institution__isnull=True)),
                name="institutions_role_scope_matches_kind",
            ),
            models.UniqueConstraint(fields=["user", "kind", "institution"],
                                    name="institutions_role_unique"),
            models.UniqueConstraint(fields=["user"], condition=Q(kind="national_admin"),
                                    name="institutions_one_national_role"),
        ]

    def __str__(self):
        return f"{self.get_kind_display()}: {self.institution or '—'}"


def _invite_token():
    return secrets.token_urlsafe(24)


class Invite(models.Model):
    institution = models.ForeignKey(Institution, on_delete=models.CASCADE, related_name="invites",
                                    verbose_name=_("institution"))
    token = models.CharField(max_length=64, unique=True, default=_invite_token, editable=False)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL,
                                   related_name="+")
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    expires_at = models.DateTimeField(_("expires at"))
    max_uses = models.PositiveIntegerField(_("maximum uses"))
    uses = models.PositiveIntegerField(_("uses"), default=0)
    revoked_at = models.DateTimeField(_("revoked at"), null=True, blank=True)

    class Meta:
        verbose_name = _("invite")
        verbose_name_plural = _("invites")
        constraints = [
            models.CheckConstraint(condition=Q(uses__lte=models.F("max_uses")),
                                   name="institutions_invite_uses_within_limit"),
            models.CheckConstraint(condition=Q(max_uses__gte=1),
                                   name="institutions_invite_max_uses_positive"),
        ]

    def __str__(self):
        return f"{self.institution} ({self.token[:6]}…)"

    @property
    def is_usable(self):
        return self.revoked_at is None and self.uses < self.max_uses and self.expires_at > timezone.now()
