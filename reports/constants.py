from django.db import models
from django.utils.translation import gettext_lazy as _

# A cell describing fewer learners than this is shown as "<5" in aggregate views.
SUPPRESS_BELOW = 5

# Exports with more rows than this run as a background task.
EXPORT_SYNC_LIMIT = 5000

# Exported files are kept this long, then deleted.
EXPORT_KEEP_HOURS = 24


class ExportFormat(models.TextChoices):
    CSV = "csv", "CSV"
    XLSX = "xlsx", "XLSX"


class ExportStatus(models.TextChoices):
    QUEUED = "queued", _("Waiting to start")
    RUNNING = "running", _("Being prepared")
    READY = "ready", _("Ready")
    FAILED = "failed", _("Failed")
    EXPIRED = "expired", _("Expired")


class Frequency(models.TextChoices):
    WEEKLY = "weekly", _("Weekly")
    MONTHLY = "monthly", _("Monthly")


class Basis(models.TextChoices):
    """What a report counts, and so where a learner who moved is counted.

    Training delivered: each enrolment where the learner was when they enrolled (or, once
    completed, where they completed), each quiz where they answered. A unit's figures do
    not change when its people leave or arrive.
    Staff coverage: the current members of each unit and all their training, wherever they
    did it. It follows people as they move.
    """

    DELIVERED = "delivered", _("training delivered")
    STAFF = "staff", _("staff coverage")
