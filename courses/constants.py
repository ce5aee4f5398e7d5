from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class EnrolmentSource(models.TextChoices):
    SELF = "self", _("Enrolled themselves")
    ASSIGNED = "assigned", _("Assigned by an administrator")


class CertificateStatus(models.TextChoices):
    VALID = "valid", pgettext_lazy("certificate", "Valid")
    SUPERSEDED = "superseded", pgettext_lazy("certificate", "Superseded")
    REVOKED = "revoked", pgettext_lazy("certificate", "Revoked")


class LearnerStatus(models.TextChoices):
    """Where a learner stands on one course; courses/status.py decides it, once."""
    NOT_STARTED = "not_started", _("Not started")
    IN_PROGRESS = "in_progress", _("In progress")
    OVERDUE = "overdue", _("Overdue")
    COMPLETED = "completed", _("Completed")


class Renewal(models.TextChoices):
    """How a learner renews a course whose certificate expired."""
    REFRESHER = "refresher", _("A short refresher: questions on the whole course")
    FULL = "full", _("The full course again: every required lesson, then the questions")
