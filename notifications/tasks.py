"""Notification tasks. Every one may run twice (a retry, a redelivered message, beat firing
twice): the notices' unique keys make the second run write nothing."""
from celery import shared_task
from django.conf import settings

from academy.base.tasks import batch_pause


def _title(model, translation_key):
    """The page's title in any language (a notice shows it in the reader's at read time)."""
    return (model.objects.filter(translation_key=translation_key).order_by("locale_id")
            .values_list("title", flat=True).first()) or ""


@shared_task(name="notifications.deliver", acks_late=True, soft_time_limit=120, time_limit=150)
def deliver():
    """Queue the mail of waiting notices, one throttled batch (beat runs it every minute)."""
    from .services import notifications_deliver

    return notifications_deliver()


@shared_task(name="notifications.reminders_sweep", acks_late=True, soft_time_limit=600,
             time_limit=660)
def reminders_sweep_task():
    from .sweeps import reminders_sweep

    return reminders_sweep(progress=batch_pause("NOTIFICATION_TEST_BATCH_PAUSE"))


@shared_task(name="notifications.digests_send", acks_late=True, soft_time_limit=600,
             time_limit=660)
def digests_send_task():
    from .sweeps import digests_send

    return digests_send()


@shared_task(name="notifications.expiry_reminders_sweep", acks_late=True, soft_time_limit=600,
             time_limit=660)
def expiry_reminders_sweep_task():
    from .sweeps import expiry_reminders_sweep

    return expiry_reminders_sweep()


@shared_task(name="notifications.course_refresher_notify", acks_late=True, soft_time_limit=300,
             time_limit=330)
def course_refresher_notify(user_ids, course_key, reason, version, at):
    """Completers who must refresh a course (one batch of them): once per course and cause."""
    from courses.models import CoursePage

    from .constants import Kind
    from .services import Item, notify_many

    step = f"v{version}" if reason == "protocol" else f"expiry-{at[:10]}"
    data = {"course_key": course_key, "course": _title(CoursePage, course_key),
            "reason": reason}
    return notify_many(Kind.COURSE_REFRESHER,
                       [Item(pk, course_key, step, data) for pk in user_ids])


@shared_task(name="notifications.assigned_notify", acks_late=True)
def assigned_notify(user_ids, course_key, due_date, assigned_by_id):
    from django.contrib.auth import get_user_model

    from courses.models import CoursePage

    from .constants import Kind
    from .services import Item, notify_many

    by = get_user_model().objects.filter(pk=assigned_by_id).select_related("profile").first()
    data = {"course_key": course_key, "course": _title(CoursePage, course_key),
            "due_date": due_date,
            "assigned_by": (getattr(getattr(by, "profile", None), "full_name", "")
                            or getattr(by, "email", "")) if by else ""}
    return notify_many(Kind.ASSIGNED, [Item(pk, f"{course_key}:{due_date or ''}", "", data)
                                       for pk in user_ids])


@shared_task(name="notifications.membership_notify", acks_late=True)
def membership_notify(membership_id):
    from institutions.models import Membership

    from .constants import Kind
    from .services import notify

    m = Membership.objects.filter(pk=membership_id).select_related("institution").first()
    if m is None or m.user_id is None:
        return 0
    data = {"status": m.status, "institution": m.institution.name_en,
            **{f"institution_{code}": getattr(m.institution, f"name_{code}", "")
               for code, _name in settings.LANGUAGES}}
    return notify(Kind.MEMBERSHIP, user_id=m.user_id, subject=m.pk, step=m.status, data=data)


@shared_task(name="notifications.answer_marked_notify", acks_late=True)
def answer_marked_notify(answer_id):
    from quizzes.models import AttemptAnswer, QuizPage

    from .constants import Kind
    from .services import notify

    answer = AttemptAnswer.objects.filter(pk=answer_id).select_related("attempt").first()
    if answer is None or answer.correct is None or not answer.attempt.user_id:
        return 0
    attempt = answer.attempt
    return notify(Kind.ANSWER_MARKED, user_id=attempt.user_id, subject=answer.pk,
                  step=str(answer.correct).lower(),
                  data={"quiz_key": str(attempt.quiz_key),
                        "quiz": _title(QuizPage, attempt.quiz_key),
                        "number": attempt.number, "correct": answer.correct})


@shared_task(name="notifications.certificate_notify", acks_late=True)
def certificate_notify(certificate_id):
    from courses.models import Certificate

    from .constants import Kind
    from .services import notify

    certificate = Certificate.objects.filter(pk=certificate_id).first()
    if certificate is None or not certificate.user_id:
        return 0
    # The certificate mail itself is sent with the file (courses.services.certificate_email).
    return notify(Kind.CERTIFICATE, user_id=certificate.user_id, subject=certificate.code,
                  data={"course_key": str(certificate.course_key),
                        "course": certificate.course_title, "code": certificate.code},
                  email=False)


@shared_task(name="notifications.protocol_changed_notify", acks_late=True, soft_time_limit=300,
             time_limit=330)
def protocol_changed_notify(translation_key, version):
    from protocols.models import ProtocolAcknowledgement, ProtocolPage

    from .constants import Kind
    from .services import Item, notify_many

    readers = (ProtocolAcknowledgement.objects.filter(translation_key=translation_key,
                                                      version__lt=version, user__isnull=False,
                                                      user__is_active=True)
               .values_list("user_id", flat=True).distinct())
    data = {"protocol_key": translation_key, "protocol": _title(ProtocolPage, translation_key),
            "version": version}
    return notify_many(Kind.PROTOCOL_CHANGED,
                       [Item(pk, translation_key, f"v{version}", data) for pk in readers])

