"""Roll-up rows the reports read. Written at event time (see services), rebuilt from the
raw rows by `manage.py reports_rebuild`; a dashboard never walks pages or raw events."""
import uuid

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from academy.base.storage import private_storage

from .constants import ExportFormat, ExportStatus, Frequency


class LearnerCourseStat(models.Model):
    """One row per learner and course: enrolment, progress, pre/post scores and the
    learner's institution, profession, sex and language, side by side."""

    # A deleted account leaves its rows anonymous, as they were (accounts.services.account_delete
    # keeps anonymous training counts); a rebuild leaves them alone.
    user = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL,
                             related_name="+")
    course_key = models.UUIDField(_("course"))
    # Training delivered: where the learner was when they enrolled, or completed once they
    # have. Staff coverage: where they are a member now (reports.constants.Basis).
    institution = models.ForeignKey("institutions.Institution", null=True, blank=True,
                                    on_delete=models.SET_NULL, related_name="+",
                                    verbose_name=_("institution where trained"))
    member_institution = models.ForeignKey("institutions.Institution", null=True, blank=True,
                                           on_delete=models.SET_NULL, related_name="+",
                                           verbose_name=_("institution now"))
    profession = models.CharField(_("profession"), max_length=30, blank=True)
    sex = models.CharField(_("sex"), max_length=10, blank=True)
    language = models.CharField(_("language"), max_length=5, blank=True)
    enrolled_at = models.DateTimeField(_("enrolled at"))
    # The local months of enrolment and completion, for the monthly trend (grouping by a
    # stored date is four times cheaper than converting every row's time zone).
    enrolled_month = models.DateField(_("month enrolled"))
    completed_month = models.DateField(_("month completed"), null=True, blank=True)
    assigned = models.BooleanField(_("assigned"), default=False)
    due_date = models.DateField(_("due date"), null=True, blank=True)
    started_at = models.DateTimeField(_("started at"), null=True, blank=True)
    completed_at = models.DateTimeField(_("completed at"), null=True, blank=True)
    lessons_completed = models.PositiveIntegerField(_("lessons completed"), default=0)
    lessons_required = models.PositiveIntegerField(_("lessons required"), default=0)
    last_lesson_key = models.UUIDField(_("last lesson"), null=True, blank=True)
    pre_score = models.DecimalField(_("pre-test score"), max_digits=5, decimal_places=1,
                                    null=True, blank=True)
    post_score = models.DecimalField(_("post-test score"), max_digits=5, decimal_places=1,
                                     null=True, blank=True)

    class Meta:
        verbose_name = _("learner course summary")
        verbose_name_plural = _("learner course summaries")
        constraints = [models.UniqueConstraint(fields=["user", "course_key"],
                                               name="reports_learnercourse_unique")]
        indexes = [models.Index(fields=["institution", "course_key"]),
                   models.Index(fields=["member_institution", "course_key"]),
                   models.Index(fields=["course_key", "enrolled_at"])]

    def __str__(self):
        return f"{self.user_id} · {self.course_key}"


class LearnerQuizStat(models.Model):
    """One row per learner and quiz: attempts, best score, whether passed."""

    # A deleted account leaves its rows anonymous, as they were (accounts.services.account_delete
    # keeps anonymous training counts); a rebuild leaves them alone.
    user = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL,
                             related_name="+")
    quiz_key = models.UUIDField(_("quiz"))
    course_key = models.UUIDField(_("course"), null=True, blank=True)
    role = models.CharField(_("role"), max_length=10, blank=True)
    # Where the learner was at their latest attempt; where they are a member now.
    institution = models.ForeignKey("institutions.Institution", null=True, blank=True,
                                    on_delete=models.SET_NULL, related_name="+",
                                    verbose_name=_("institution where answered"))
    member_institution = models.ForeignKey("institutions.Institution", null=True, blank=True,
                                           on_delete=models.SET_NULL, related_name="+",
                                           verbose_name=_("institution now"))
    profession = models.CharField(_("profession"), max_length=30, blank=True)
    language = models.CharField(_("language"), max_length=5, blank=True)
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    first_score = models.DecimalField(_("first score"), max_digits=5, decimal_places=1,
                                      null=True, blank=True)
    best_score = models.DecimalField(_("best score"), max_digits=5, decimal_places=1,
                                     null=True, blank=True)
    passed = models.BooleanField(_("passed"), default=False)
    first_submitted_at = models.DateTimeField(_("first submitted at"))

    class Meta:
        verbose_name = _("learner quiz summary")
        verbose_name_plural = _("learner quiz summaries")
        constraints = [models.UniqueConstraint(fields=["user", "quiz_key"],
                                               name="reports_learnerquiz_unique")]
        indexes = [models.Index(fields=["institution", "quiz_key"]),
                   models.Index(fields=["member_institution", "quiz_key"])]

    def __str__(self):
        return f"{self.user_id} · {self.quiz_key}"


class QuestionStat(models.Model):
    """Marked answers and wrong answers per question, institution and month."""

    question_key = models.UUIDField(_("question"))
    institution = models.ForeignKey("institutions.Institution", null=True, blank=True,
                                    on_delete=models.CASCADE, related_name="+")
    month = models.DateField(_("month"))
    answered = models.PositiveIntegerField(_("answered"), default=0)
    wrong = models.PositiveIntegerField(_("answered wrongly"), default=0)

    class Meta:
        verbose_name = _("question summary")
        verbose_name_plural = _("question summaries")
        constraints = [
            models.UniqueConstraint(fields=["question_key", "institution", "month"],
                                    name="reports_questionstat_unique"),
            models.CheckConstraint(condition=models.Q(wrong__lte=models.F("answered")),
                                   name="reports_questionstat_wrong_lte_answered"),
        ]

    def __str__(self):
        return f"{self.question_key} · {self.institution_id} · {self.month:%Y-%m}"


def _export_path(instance, filename):
    return f"exports/{instance.token}/{filename}"


class ExportJob(models.Model):
    """A large export prepared in the background, for the one user who asked."""

    token = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                             related_name="report_exports")
    table = models.CharField(_("table"), max_length=30)
    format = models.CharField(_("format"), max_length=5, choices=ExportFormat.choices)
    params = models.JSONField(_("filters"), default=dict)
    language = models.CharField(_("language"), max_length=5)
    status = models.CharField(_("status"), max_length=10, choices=ExportStatus.choices,
                              default=ExportStatus.QUEUED)
    rows_done = models.PositiveIntegerField(_("rows written"), default=0)
    rows_total = models.PositiveIntegerField(_("rows"), default=0)
    file = models.FileField(_("file"), upload_to=_export_path, blank=True,
                            storage=private_storage)
    error = models.CharField(_("error"), max_length=255, blank=True)
    created_at = models.DateTimeField(_("requested at"), default=timezone.now)
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)
    expires_at = models.DateTimeField(_("expires at"))

    class Meta:
        verbose_name = _("export")
        verbose_name_plural = _("exports")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.table}.{self.format} ({self.get_status_display()})"

    @property
    def is_expired(self):
        return self.status == ExportStatus.EXPIRED or self.expires_at <= timezone.now()

    @property
    def percent(self):
        if not self.rows_total:
            return 0
        return min(100, self.rows_done * 100 // self.rows_total)

class ReportSubscription(models.Model):
    """An administrator's weekly or monthly email summary of their institution."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                             related_name="report_subscriptions")
    institution = models.ForeignKey("institutions.Institution", on_delete=models.CASCADE,
                                    related_name="+")
    frequency = models.CharField(_("how often"), max_length=10, choices=Frequency.choices)
    language = models.CharField(_("language"), max_length=5)
    created_at = models.DateTimeField(_("subscribed at"), default=timezone.now)
    last_sent_at = models.DateTimeField(_("last sent at"), null=True, blank=True)

    class Meta:
        verbose_name = _("report subscription")
        verbose_name_plural = _("report subscriptions")
        constraints = [models.UniqueConstraint(fields=["user", "institution"],
                                               name="reports_subscription_unique")]

    def __str__(self):
        return f"{self.institution_id} · {self.get_frequency_display()}"
