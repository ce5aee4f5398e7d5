"""Currency follows the protocols' events: a substantive new version asks earlier readers
to re-read it, and the completers of courses teaching a changed clause to refresh them;
confirming a version closes the refreshers up to it; a lesson read again counts towards a
renewal by the full course."""
from academy.events import (
    LessonCompleted,
    ProtocolAcknowledged,
    ProtocolVersionPublished,
    event_subscribe,
)

from .services import refreshers_close, renewal_lesson_done
from .tasks import course_refreshers_write_task, refreshers_write_task


def version_published(event):
    if event.new_version and event.substantive:
        refreshers_write_task.delay(str(event.translation_key), event.version)
        if event.changed_clause_ids:
            course_refreshers_write_task.delay(str(event.translation_key), event.version,
                                               list(event.changed_clause_ids),
                                               event.at.isoformat())


def acknowledged(event):
    refreshers_close(user_id=event.user_id, translation_key=event.translation_key,
                     version=event.version)


def lesson_completed(event):
    renewal_lesson_done(user_id=event.user_id, course_key=event.course_key,
                        lesson_key=event.lesson_key)


def subscribe():
    event_subscribe(ProtocolVersionPublished, version_published)
    event_subscribe(ProtocolAcknowledged, acknowledged)
    event_subscribe(LessonCompleted, lesson_completed)
