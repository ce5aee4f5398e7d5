from django.db import models
from django.utils.translation import gettext_lazy as _


class Kind(models.TextChoices):
    ASSIGNED = "assigned", _("A course is assigned to me")
    REMINDER = "reminder", _("Reminders before a due date")
    OVERDUE = "overdue", _("A course I was assigned is overdue")
    DIGEST = "digest", _("Weekly digest of my units (administrators)")
    MEMBERSHIP = "membership", _("My request to join an institution is decided")
    ANSWER_MARKED = "answer_marked", _("A written answer of mine is marked")
    CERTIFICATE = "certificate", _("A certificate is issued to me")
    PROTOCOL_CHANGED = "protocol_changed", _("A protocol I acknowledged has a new version")
    COURSE_REFRESHER = "course_refresher", _("A course I completed needs a refresher")
    CERTIFICATE_EXPIRING = "certificate_expiring", _("A certificate of mine is about to expire")


# Notices about mandatory training that a learner cannot turn off: they are how an
# institution tells its staff what they must do.
MANDATORY = frozenset({Kind.ASSIGNED, Kind.OVERDUE})
OPTIONAL = [kind for kind in Kind if kind not in MANDATORY]


class EmailState(models.TextChoices):
    NONE = "none", _("No email")
    PENDING = "pending", _("Waiting to be sent")
    QUEUED = "queued", _("Handed to the mail queue")


# Before a due date, the days on which a reminder is sent, unless an institution sets its own.
DEFAULT_REMINDER_DAYS = (7, 1)
