import secrets

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from treebeard.mp_tree import MP_Node

from academy.base.i18n import localised

from .constants import InstitutionKind, MembershipStatus, Region, RoleKind


def reminder_days_parse(text):
    """(14, 7, 1) from "14, 7, 1"; () for empty text. ValueError when it is not such a list."""
    parts = [p.strip() for p in (text or "").replace(";", ",").split(",") if p.strip()]
    days = tuple(sorted({int(p) for p in parts}, reverse=True))
    if any(d < 0 or d > 90 for d in days) or len(days) > 6:
        raise ValueError(text)
    return days


def validate_reminder_days(text):
    from django.core.exceptions import ValidationError

    try:
        reminder_days_parse(text)
    except ValueError:
        raise ValidationError(_("Write up to six whole numbers of days between 0 and 90, "
                                "separated by commas, e.g. “7, 1”.")) from None


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
    reminder_days = models.CharField(
        _("reminders before a due date (days)"), max_length=40, blank=True,
        validators=[validate_reminder_days],
        help_text=_("Days before a due date on which assigned learners are reminded, e.g. "
                    "“14, 7, 1”. Empty: 7 and 1 days before."))

    node_order_by = None

    class Meta:
        verbose_name = _("institution")
        verbose_name_plural = _("institutions")
        indexes = [models.Index(fields=["kind", "region"])]

    def __str__(self):
        return self.name

    def reminder_steps(self, default=(7, 1)):
        """The days before a due date on which to remind, largest first."""
        return reminder_days_parse(self.reminder_days) or tuple(default)

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
