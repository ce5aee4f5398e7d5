"""Reports listen to the domain events (academy.events) and keep their rows in step.

Every learner event queues a refresh of that learner's rows; attempts and marks queue a
recount of the questions they touched, in the institution and month they were answered."""

from academy.events import (
    AnswerMarked,
    AttemptSubmitted,
    CourseAssigned,
    CourseCompleted,
    LearnerEnrolled,
    LessonCompleted,
    LessonStarted,
    MembersAdded,
    MembershipChanged,
    ProfileChanged,
    event_subscribe,
)

from .services import learner_stats_queue, local_month
from .tasks import question_stats_recount_task

LEARNER_EVENTS = (LearnerEnrolled, CourseAssigned, LessonStarted, LessonCompleted,
                  CourseCompleted, AttemptSubmitted, AnswerMarked, MembershipChanged,
                  MembersAdded, ProfileChanged)


def learner_rows_refresh(event):
    user_ids = getattr(event, "user_ids", None) or (event.user_id,)
    learner_stats_queue(user_ids, getattr(event, "course_key", None))


def question_rows_recount(event):
    if event.institution_id is None:
        return  # answers given outside any institution belong to nobody's report
    if isinstance(event, AnswerMarked):
        keys, moment = [event.question_key], event.submitted_at
    else:
        keys, moment = list(event.question_keys), event.at
    question_stats_recount_task.delay(keys, event.institution_id,
                                      local_month(moment).isoformat())


def subscribe():
    for event_type in LEARNER_EVENTS:
        event_subscribe(event_type, learner_rows_refresh)
    event_subscribe(AttemptSubmitted, question_rows_recount)
    event_subscribe(AnswerMarked, question_rows_recount)
