"""Currency follows the protocols' events: a substantive new version asks earlier readers
to re-read it, and the completers of courses teaching a changed clause to refresh them;
confirming a version closes the refreshers up to it."""
from academy.events import ProtocolAcknowledged, ProtocolVersionPublished, event_subscribe

from .services import refreshers_close
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


def subscribe():
    event_subscribe(ProtocolVersionPublished, version_published)
    event_subscribe(ProtocolAcknowledged, acknowledged)
