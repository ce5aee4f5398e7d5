"""Notices that follow what happens (academy.events): an assignment, a decided join
request, a marked answer, a certificate, a new version of an acknowledged protocol, a
course to refresh. Each listener hands the event's ids to a task, so a request never waits for the notices."""
from academy.events import (
    AnswerMarked,
    CertificateIssued,
    CourseAssigned,
    CourseRefresherNeeded,
    MembershipChanged,
    ProtocolVersionPublished,
    event_subscribe,
)

from . import tasks


def assigned(event):
    tasks.assigned_notify.delay(list(event.user_ids), str(event.course_key),
                                event.due_date.isoformat() if event.due_date else None,
                                event.assigned_by_id)


def membership(event):
    if event.status in ("active", "rejected"):
        tasks.membership_notify.delay(event.membership_id)


def answer_marked(event):
    if event.user_id:
        tasks.answer_marked_notify.delay(event.answer_id)


def certificate(event):
    tasks.certificate_notify.delay(event.certificate_id)


def protocol_changed(event):
    if event.new_version and event.substantive:
        tasks.protocol_changed_notify.delay(str(event.translation_key), event.version)


def course_refresher(event):
    tasks.course_refresher_notify.delay(list(event.user_ids), str(event.course_key),
                                        event.reason, event.version or 0,
                                        event.at.isoformat())


def subscribe():
    event_subscribe(CourseAssigned, assigned)
    event_subscribe(MembershipChanged, membership)
    event_subscribe(AnswerMarked, answer_marked)
    event_subscribe(CertificateIssued, certificate)
    event_subscribe(ProtocolVersionPublished, protocol_changed)
    event_subscribe(CourseRefresherNeeded, course_refresher)
