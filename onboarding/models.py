"""An upload of a staff list: its rows, where it has got to, and what it did or why not."""
import uuid

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class JobStatus(models.TextChoices):
    QUEUED = "queued", _("Waiting to start")
    RUNNING = "running", _("Being imported")
    DONE = "done", _("Imported")
    INVALID = "invalid", _("Not imported: the file has errors")
    FAILED = "failed", _("Failed")


class OnboardingJob(models.Model):
    token = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                             related_name="onboarding_jobs")
    file_name = models.CharField(_("file"), max_length=255)
    digest = models.CharField(_("file digest"), max_length=64, db_index=True)
    # The rows, until they are imported (then cleared: the accounts hold them).
    content = models.TextField(_("content"), blank=True)
    course_key = models.UUIDField(_("course"), null=True, blank=True)
    due_date = models.DateField(_("due date"), null=True, blank=True)
    language = models.CharField(_("language"), max_length=5)
    status = models.CharField(_("status"), max_length=10, choices=JobStatus.choices,
                              default=JobStatus.QUEUED)
    rows_total = models.PositiveIntegerField(_("rows"), default=0)
    rows_done = models.PositiveIntegerField(_("rows done"), default=0)
    errors = models.JSONField(_("errors"), default=list)  # [[line, message], ...]
    result = models.JSONField(_("result"), default=dict)
    created_at = models.DateTimeField(_("uploaded at"), default=timezone.now)
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)

    class Meta:
        verbose_name = _("staff import")
        verbose_name_plural = _("staff imports")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.file_name} ({self.get_status_display()})"

    @property
    def percent(self):
        return min(100, self.rows_done * 100 // self.rows_total) if self.rows_total else 0

    @property
    def finished(self):
        return self.status in (JobStatus.DONE, JobStatus.INVALID, JobStatus.FAILED)
