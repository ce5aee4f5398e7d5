"""Domain events: what happened to a learner, a course or a protocol, told after commit.

The service that owns a change sends one event with `event_send`; it is delivered to the
subscribers once the transaction commits (never for a change that rolled back). Apps that
react subscribe in their `AppConfig.ready` with `event_subscribe`: reports keeps its rows,
and notifications, protocol currency and learning-record export plug in the same way, so
the domain apps never import them.

Every event carries the ids it is about, the time it happened, and the institution the
learner belonged to at that moment (None when they belonged to none), so that a listener
never has to guess where something happened from where the learner is now.
"""

import logging
import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime

from django.db import transaction
from django.utils import timezone

logger = logging.getLogger(__name__)


@dataclass(frozen=True, kw_only=True)
class DomainEvent:
    at: datetime = field(default_factory=timezone.now)
    institution_id: int | None = None


@dataclass(frozen=True, kw_only=True)
class LearnerEnrolled(DomainEvent):
    user_id: int
    course_key: uuid.UUID
    source: str


@dataclass(frozen=True, kw_only=True)
class CourseAssigned(DomainEvent):
    """One administrator's assignment of a course to one or many learners; `institution_id`
    is the institution it was assigned to (or the learner's, for one member)."""
    user_ids: tuple[int, ...]
    course_key: uuid.UUID
    due_date: date | None
    assigned_by_id: int | None


@dataclass(frozen=True, kw_only=True)
class LessonStarted(DomainEvent):
    user_id: int
    course_key: uuid.UUID
    lesson_key: uuid.UUID


@dataclass(frozen=True, kw_only=True)
class LessonCompleted(DomainEvent):
    user_id: int
    course_key: uuid.UUID
    lesson_key: uuid.UUID


@dataclass(frozen=True, kw_only=True)
class CourseCompleted(DomainEvent):
    user_id: int
    course_key: uuid.UUID


@dataclass(frozen=True, kw_only=True)
class CourseRefresherNeeded(DomainEvent):
    """Completers of a course must refresh it: a protocol it teaches changed in substance
    (`reason` "protocol", with the protocol's key and version) or their certificate expired
    ("expiry"). Sent once per batch of learners; the completions stay."""
    user_ids: tuple[int, ...]
    course_key: uuid.UUID
    reason: str
    translation_key: uuid.UUID | None = None
    version: int | None = None


@dataclass(frozen=True, kw_only=True)
class CourseRefreshed(DomainEvent):
    """A learner passed a course's refresher: the course is current for them again."""
    user_id: int
    course_key: uuid.UUID


@dataclass(frozen=True, kw_only=True)
class AttemptSubmitted(DomainEvent):
    user_id: int
    attempt_id: int
    quiz_key: uuid.UUID
    course_key: uuid.UUID | None
    question_keys: tuple[str, ...]
    pending_review: bool


@dataclass(frozen=True, kw_only=True)
class AnswerMarked(DomainEvent):
    """A reviewer marked (or re-marked) a free-text answer; `institution_id` is the one the
    answer was given in."""
    user_id: int | None
    attempt_id: int
    answer_id: int
    question_key: str
    course_key: uuid.UUID | None
    submitted_at: datetime
    marked_by_id: int | None


@dataclass(frozen=True, kw_only=True)
class MembershipChanged(DomainEvent):
    """A learner joined or left an institution; `institution_id` is the one they joined or
    left."""
    user_id: int
    membership_id: int
    status: str


@dataclass(frozen=True, kw_only=True)
class MembersAdded(DomainEvent):
    """An administrator added people to a unit at once (bulk onboarding of staff);
    `institution_id` is the unit. Their invitation tells them, not a notice each."""
    user_ids: tuple[int, ...]
    added_by_id: int | None


@dataclass(frozen=True, kw_only=True)
class ProfileChanged(DomainEvent):
    user_id: int


@dataclass(frozen=True, kw_only=True)
class ProtocolVersionPublished(DomainEvent):
    """A protocol page was published in one language; `new_version` when its number had not
    been published in any language before (a substantive change readers must confirm)."""
    page_id: int
    translation_key: uuid.UUID
    version: int
    language: str
    new_version: bool
    substantive: bool = False  # readers must read it again (protocols.constants.ChangeKind)
    changed_clause_ids: tuple[str, ...] = ()


@dataclass(frozen=True, kw_only=True)
class ProtocolAcknowledged(DomainEvent):
    user_id: int
    translation_key: uuid.UUID
    version: int


@dataclass(frozen=True, kw_only=True)
class CertificateIssued(DomainEvent):
    user_id: int
    course_key: uuid.UUID
    certificate_id: int
    code: str


_subscribers = defaultdict(list)


def event_subscribe(event_type, handler):
    """Call `handler(event)` after commit for every `event_type` sent (subclasses included).
    Subscribing the same handler twice has no effect (ready() may run more than once)."""
    if handler not in _subscribers[event_type]:
        _subscribers[event_type].append(handler)


def event_handlers(event):
    return [handler for event_type in type(event).__mro__ for handler in _subscribers.get(
        event_type, [])]


def _deliver(event, handler):
    try:
        handler(event)
    except Exception:
        # The change is committed and the learner's request must not fail for a listener;
        # every listener can be caught up by its rebuild (reports_rebuild for reports).
        logger.exception("Listener %s failed on %s", handler, event)


def event_send(event):
    """Deliver `event` to its subscribers once the current transaction commits."""
    for handler in event_handlers(event):
        transaction.on_commit(lambda handler=handler: _deliver(event, handler))
