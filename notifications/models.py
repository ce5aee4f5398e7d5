"""Notifications: one row per notice to one person, shown on the site and, for most kinds,
sent by email. The unique `key` (kind, recipient, subject, step) is what makes a notice
exactly-once: it is written before its mail is queued, and a second sweep, a retried task
or a redelivered message finds it there and adds nothing."""
from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .constants import EmailState, Kind


class Notification(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                             related_name="notifications")
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    key = models.CharField(_("key"), max_length=200, unique=True)
    data = models.JSONField(_("details"), default=dict)
    created_at = models.DateTimeField(_("created at"), default=timezone.now)
    read_at = models.DateTimeField(_("read at"), null=True, blank=True)
    email_state = models.CharField(_("email"), max_length=10, choices=EmailState.choices,
                                   default=EmailState.PENDING)
    email = models.ForeignKey("base.OutboundEmail", null=True, blank=True,
                              on_delete=models.SET_NULL, related_name="+")
    email_queued_at = models.DateTimeField(_("email queued at"), null=True, blank=True)

    class Meta:
        verbose_name = _("notification")
        verbose_name_plural = _("notifications")
        ordering = ["-created_at", "-pk"]
        indexes = [
            models.Index(fields=["user", "read_at"]),
            models.Index(fields=["user", "-created_at"]),
            models.Index(fields=["email_queued_at"]),
            models.Index(fields=["created_at"], condition=models.Q(email_state="pending"),
                         name="notifications_pending_idx"),
        ]

    def __str__(self):
        return self.key


class Mute(models.Model):
    """A kind of notice someone has turned off (optional kinds only; see constants)."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                             related_name="notification_mutes")
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    created_at = models.DateTimeField(_("muted at"), default=timezone.now)

    class Meta:
        verbose_name = _("muted notice")
        verbose_name_plural = _("muted notices")
        constraints = [models.UniqueConstraint(fields=["user", "kind"],
                                               name="notifications_mute_once")]

    def __str__(self):
        return f"{self.user_id} · {self.kind}"
