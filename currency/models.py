"""Keeping people current with the protocols they work to: when a protocol changes in
substance, everyone who confirmed an earlier version gets a refresher to read the changed
clauses and confirm the new version."""
from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class ProtocolRefresher(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                             related_name="protocol_refreshers")
    translation_key = models.UUIDField(_("protocol"))
    version = models.PositiveIntegerField(_("version to confirm"))
    from_version = models.PositiveIntegerField(_("version confirmed before"))
    created_at = models.DateTimeField(_("created at"), default=timezone.now)
    done_at = models.DateTimeField(_("done at"), null=True, blank=True)

    class Meta:
        verbose_name = _("protocol refresher")
        verbose_name_plural = _("protocol refreshers")
        constraints = [models.UniqueConstraint(fields=["user", "translation_key", "version"],
                                               name="currency_refresher_once")]
        indexes = [models.Index(fields=["user", "done_at"]),
                   models.Index(fields=["translation_key", "version"])]

    def __str__(self):
        return f"{self.user_id} · {self.translation_key} v{self.version}"


class RefresherReason(models.TextChoices):
    PROTOCOL = "protocol", _("A protocol the course teaches has changed")
    EXPIRY = "expiry", _("The certificate has expired")


class CourseRefresher(models.Model):
    """A course completer must refresh the course: read what changed in the clauses it
    teaches, and pass a short quiz where questions cite them. One row per learner, course
    and cause (`key`: the protocol version, or the expired certificate), so writing twice
    changes nothing."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                             related_name="course_refreshers")
    course_key = models.UUIDField(_("course"))
    reason = models.CharField(_("reason"), max_length=10, choices=RefresherReason.choices)
    key = models.CharField(_("cause"), max_length=80)
    translation_key = models.UUIDField(_("protocol"), null=True, blank=True)
    version = models.PositiveIntegerField(_("protocol version"), null=True, blank=True)
    clause_ids = models.JSONField(_("clauses to refresh"), default=list, blank=True)
    created_at = models.DateTimeField(_("created at"), default=timezone.now)
    # A renewal by the full course: every required lesson read again (their keys, as the
    # learner completes them) before the questions.
    full = models.BooleanField(_("the full course again"), default=False)
    lessons_done = models.JSONField(_("lessons read again"), default=list, blank=True)
    attempts = models.PositiveSmallIntegerField(_("quiz attempts"), default=0)
    last_score = models.DecimalField(_("last score (%)"), max_digits=5, decimal_places=1,
                                     null=True, blank=True)
    done_at = models.DateTimeField(_("done at"), null=True, blank=True)

    class Meta:
        verbose_name = _("course refresher")
        verbose_name_plural = _("course refreshers")
        constraints = [models.UniqueConstraint(fields=["user", "course_key", "key"],
                                               name="currency_course_refresher_once")]
        indexes = [models.Index(fields=["user", "done_at"]),
                   models.Index(fields=["course_key", "key"])]

    def __str__(self):
        return f"{self.user_id} · {self.course_key} · {self.key}"
