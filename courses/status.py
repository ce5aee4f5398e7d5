"""A learner's status on a course: the one definition, in Python and as a database filter.

Completed wins; then a due date that has passed makes a course overdue, whether or not it
was started; otherwise it is in progress once a lesson was opened, and not started before.
The learner's own page, the administrators' lists, their filters and their exports all ask
here, so an overdue learner who never started is "overdue" everywhere."""

from django.db.models import Q

from .constants import LearnerStatus


def learner_status(*, started_at, completed_at, due_date, today):
    if completed_at:
        return LearnerStatus.COMPLETED
    if due_date and due_date < today:
        return LearnerStatus.OVERDUE
    if started_at:
        return LearnerStatus.IN_PROGRESS
    return LearnerStatus.NOT_STARTED


def learner_status_q(status, *, today):
    """Rows (with started_at, completed_at and due_date) whose status is `status`."""
    open_ = Q(completed_at__isnull=True)
    overdue = open_ & Q(due_date__lt=today)
    not_overdue = Q(due_date__isnull=True) | Q(due_date__gte=today)
    return {
        LearnerStatus.COMPLETED: Q(completed_at__isnull=False),
        LearnerStatus.OVERDUE: overdue,
        LearnerStatus.IN_PROGRESS: open_ & not_overdue & Q(started_at__isnull=False),
        LearnerStatus.NOT_STARTED: open_ & not_overdue & Q(started_at__isnull=True),
    }[LearnerStatus(status)]
