from django.core.cache import cache
from django.db import connection, transaction
from django.utils import timezone

from academy.base.services import email_queue
from academy.events import (
    CourseAssigned,
    CourseCompleted,
    CourseRefreshed,
    CourseRefresherNeeded,
    LearnerEnrolled,
    LessonCompleted,
    LessonStarted,
    event_send,
)
from institutions.selectors import membership_current

from .completion import completion_requirements_met
from .constants import CertificateStatus, EnrolmentSource
from .models import (
    Certificate,
    CourseOutline,
    CoursePage,
    CourseProgress,
    Enrolment,
    LessonPage,
    LessonProgress,
)


def course_outline_refresh(*, course):
    """Rebuild a course's outline from its pages (at publish time, never in a request)."""
    from protocols.choosers import clause_id_normalise

    from .completion import course_clause_ids

    lessons, clause_ids = [], course_clause_ids(course=course)
    for module in course.get_children().live().specific().order_by("path"):
        for lesson in LessonPage.objects.child_of(module).live().order_by("path"):
            lessons.append({"key": str(lesson.translation_key), "required": lesson.required,
                            "module_key": str(module.translation_key)})
            clause_ids |= {clause_id_normalise(block.value["clause_id"]) for block in lesson.body
                           if block.block_type == "protocol_excerpt"} - {None}
    outline, _created = CourseOutline.objects.update_or_create(
        course_key=course.translation_key,
        defaults={"lessons": lessons, "required_count": sum(1 for lesson in lessons
                                                            if lesson["required"]),
                  "revision": course.live_revision_id or 0, "clause_ids": sorted(clause_ids)},
    )
    cache.delete(_outline_cache_key(course.translation_key))
    return outline


def _outline_cache_key(course_key):
    return f"academy:outline:{course_key}"


def course_outline_for(course_key):
    """The course's outline, from the cache (refreshed at publish) or the table."""
    key = _outline_cache_key(course_key)
    outline = cache.get(key)
    if outline is None:
        outline = CourseOutline.objects.filter(course_key=course_key).first()
        if outline is None:
            course = CoursePage.objects.filter(translation_key=course_key).first()
            if course is not None:
                outline = course_outline_refresh(course=course)
        if outline is not None:
            cache.set(key, outline, timeout=60 * 60 * 24)
    return outline


def course_enrol(*, user, course, source=EnrolmentSource.SELF, assigned_by=None, due_date=None):
    membership = membership_current(user=user)
    enrolment, created = Enrolment.objects.get_or_create(
        user=user, course_key=course.translation_key,
        defaults={"source": source, "assigned_by": assigned_by, "due_date": due_date,
                  "institution": membership.institution if membership else None},
    )
    if not created and source == EnrolmentSource.ASSIGNED:
        # An assignment sets (or moves) the due date of an existing enrolment.
        Enrolment.objects.filter(pk=enrolment.pk).update(
            due_date=due_date, assigned_by=assigned_by, source=EnrolmentSource.ASSIGNED)
    institution_id = membership.institution_id if membership else None
    if created:
        event_send(LearnerEnrolled(user_id=user.pk, course_key=course.translation_key,
                                   source=source, institution_id=institution_id))
    if source == EnrolmentSource.ASSIGNED:
        event_send(CourseAssigned(user_ids=(user.pk,), course_key=course.translation_key,
                                  due_date=due_date, assigned_by_id=getattr(assigned_by, "pk", None),
                                  institution_id=institution_id))
    return enrolment, created


def course_assign(*, memberships, course, assigned_by, due_date):
    """Assign `course` to the learners of `memberships`, with a due date; returns the count."""
    now = timezone.now()
    rows = [Enrolment(user_id=m.user_id, course_key=course.translation_key,
                      source=EnrolmentSource.ASSIGNED, assigned_by=assigned_by, due_date=due_date,
                      institution_id=m.institution_id, enrolled_at=now)
            for m in memberships if m.user_id]
    with transaction.atomic():
        Enrolment.objects.bulk_create(rows, ignore_conflicts=True)
        Enrolment.objects.filter(course_key=course.translation_key,
                                 user_id__in=[r.user_id for r in rows]).update(
            due_date=due_date, assigned_by=assigned_by, source=EnrolmentSource.ASSIGNED)
        by_institution = {}
        for row in rows:
            by_institution.setdefault(row.institution_id, []).append(row.user_id)
        for institution_id, user_ids in by_institution.items():
            event_send(CourseAssigned(user_ids=tuple(user_ids), course_key=course.translation_key,
                                      due_date=due_date, assigned_by_id=assigned_by.pk,
                                      institution_id=institution_id, at=now))
    return len(rows)


_SUMMARY_SQL = """
INSERT INTO courses_courseprogress
    (user_id, course_key, lessons_completed, lessons_required, percent, last_lesson_key,
     started_at, last_activity_at)
SELECT %s, %s, COUNT(*), %s, CASE WHEN %s = 0 THEN 0 ELSE (COUNT(*) * 100) / %s END, %s, %s, %s
FROM courses_lessonprogress
WHERE user_id = %s AND completed_at IS NOT NULL AND lesson_key IN ({keys})
ON CONFLICT (user_id, course_key) DO UPDATE SET
    lessons_completed = excluded.lessons_completed,
    lessons_required = excluded.lessons_required,
    percent = excluded.percent,
    last_lesson_key = excluded.last_lesson_key,
    last_activity_at = excluded.last_activity_at
RETURNING id, lessons_completed, completed_at
"""


def _summary_upsert(*, user, course_key, lesson_key, outline, now):
    """Recount and store the (learner, course) summary in one statement."""
    uuid_field = CourseProgress._meta.get_field("course_key")

    def db_uuid(value):
        return uuid_field.get_db_prep_value(value, connection)

    keys = outline.required_keys or ["00000000-0000-0000-0000-000000000000"]
    required = outline.required_count
    sql = _SUMMARY_SQL.format(keys=", ".join(["%s"] * len(keys)))
    params = [user.pk, db_uuid(course_key), required, required, required, db_uuid(lesson_key),
              now, now, user.pk, *[db_uuid(k) for k in keys]]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchone()


def _institution_id_now(user):
    membership = membership_current(user=user)
    return membership.institution_id if membership else None


def lesson_start(*, user, lesson, course_key, outline):
    """Note that a learner opened a lesson: a row, once; the summary remembers where they are."""
    now = timezone.now()
    LessonProgress.objects.bulk_create(
        [LessonProgress(user=user, lesson_key=lesson.translation_key, course_key=course_key,
                        started_at=now)],
        ignore_conflicts=True,
    )
    _summary_upsert(user=user, course_key=course_key, lesson_key=lesson.translation_key,
                    outline=outline, now=now)
    event_send(LessonStarted(user_id=user.pk, course_key=course_key,
                             lesson_key=lesson.translation_key,
                             institution_id=_institution_id_now(user), at=now))


def lesson_complete(*, user, lesson, course_key, outline):
    """Mark a lesson completed (once, whatever the language) and update the course summary.

    Double clicks and concurrent requests are harmless: the unique row and the
    conditional updates make every repeat a no-op. Returns the summary id and whether
    this call completed the course.
    """
    now = timezone.now()
    with transaction.atomic():
        updated = LessonProgress.objects.filter(
            user=user, lesson_key=lesson.translation_key, completed_at__isnull=True
        ).update(completed_at=now)
        if not updated:
            LessonProgress.objects.bulk_create(
                [LessonProgress(user=user, lesson_key=lesson.translation_key,
                                course_key=course_key, started_at=now, completed_at=now)],
                ignore_conflicts=True,
            )
        summary_id, completed, completed_at = _summary_upsert(
            user=user, course_key=course_key, lesson_key=lesson.translation_key,
            outline=outline, now=now)
        event_send(LessonCompleted(user_id=user.pk, course_key=course_key,
                                   lesson_key=lesson.translation_key,
                                   institution_id=_institution_id_now(user), at=now))
    finished = False
    if completed_at is None and completed >= outline.required_count:
        finished = course_completion_check(user=user, course_key=course_key, outline=outline,
                                           summary_id=summary_id)
    return summary_id, finished


def _last_lesson_cache_key(user, course_key):
    return f"academy:last-lesson:{user.pk}:{course_key}"


def lesson_open(*, user, lesson, course, outline):
    """A learner opens a lesson: enrol them in its course (once) and note the lesson as
    started, unless it is the one they are already on (reopening it writes nothing)."""
    enrolled_key = f"academy:enrolled:{user.pk}:{course.translation_key}"
    if not cache.get(enrolled_key):
        if not Enrolment.objects.filter(user=user, course_key=course.translation_key).exists():
            course_enrol(user=user, course=course)
        cache.set(enrolled_key, True, timeout=60 * 60 * 24)
    last_key = _last_lesson_cache_key(user, course.translation_key)
    if cache.get(last_key) != str(lesson.translation_key):
        lesson_start(user=user, lesson=lesson, course_key=course.translation_key, outline=outline)
        cache.set(last_key, str(lesson.translation_key), timeout=60 * 60)


def lesson_finish(*, user, lesson, course, outline):
    """A learner marks a lesson done; returns whether that completed the course."""
    cache.delete(_last_lesson_cache_key(user, course.translation_key))
    _summary, finished = lesson_complete(user=user, lesson=lesson,
                                         course_key=course.translation_key, outline=outline)
    return finished


def course_completion_check(*, user, course_key, outline, summary_id=None):
    """Complete the course once, if every requirement is met; then issue the certificate."""
    if not completion_requirements_met(user=user, course_key=course_key):
        return False
    membership = membership_current(user=user)
    summaries = CourseProgress.objects.filter(user=user, course_key=course_key,
                                              completed_at__isnull=True,
                                              lessons_completed__gte=outline.required_count)
    now = timezone.now()
    institution_id = membership.institution_id if membership else None
    with transaction.atomic():
        # The completion time is set once: a concurrent request finds it set and stops here.
        done = summaries.update(completed_at=now, percent=100, completed_revision=outline.revision,
                                institution_id=institution_id)
        if done:
            event_send(CourseCompleted(user_id=user.pk, course_key=course_key,
                                       institution_id=institution_id, at=now))
    if done:
        from .tasks import certificate_issue

        certificate_issue.delay_on_commit(user.pk, str(course_key))
    return bool(done)


def course_refresher_needed(*, course_key, user_ids, reason, translation_key=None,
                            version=None, at=None):
    """Those of `user_ids` who completed the course must refresh it (protocol currency): the
    course shows "refresher needed" from `at`. Their completion stays; after a protocol
    change their certificate is marked as being for the earlier version. Returns how many
    were current until now. Call inside the caller's transaction: the event follows it."""
    at = at or timezone.now()
    marked = CourseProgress.objects.filter(
        course_key=course_key, user_id__in=user_ids, completed_at__isnull=False,
        refresher_needed_at__isnull=True).update(refresher_needed_at=at)
    if reason == "protocol":
        Certificate.objects.filter(course_key=course_key, user_id__in=user_ids,
                                   status=CertificateStatus.VALID,
                                   outdated_at__isnull=True).update(outdated_at=at)
    event_send(CourseRefresherNeeded(user_ids=tuple(user_ids), course_key=course_key,
                                     reason=reason, translation_key=translation_key,
                                     version=version, at=at))
    return marked


def course_refreshed(*, user, course_key):
    """The learner passed the course's refresher: the course is current again, and a new
    certificate replaces the one for the earlier version (which stays, superseded)."""
    now = timezone.now()
    with transaction.atomic():
        restored = CourseProgress.objects.filter(
            user=user, course_key=course_key, completed_at__isnull=False,
            refresher_needed_at__isnull=False).update(refresher_needed_at=None, refreshed_at=now)
        if not restored:
            return False
        renew = Certificate.objects.filter(user=user, course_key=course_key,
                                           status=CertificateStatus.VALID).update(
            status=CertificateStatus.SUPERSEDED)
        event_send(CourseRefreshed(user_id=user.pk, course_key=course_key,
                                   institution_id=_institution_id_now(user), at=now))
    if renew:
        from .tasks import certificate_issue

        certificate_issue.delay_on_commit(user.pk, str(course_key))
    return True


def months_later(moment, months):
    """`moment` plus whole calendar months (the 31st becomes the month's last day)."""
    import calendar

    month_index = moment.month - 1 + months
    year, month = moment.year + month_index // 12, month_index % 12 + 1
    day = min(moment.day, calendar.monthrange(year, month)[1])
    return moment.replace(year=year, month=month, day=day)


def certificate_email(*, certificate, verify_url, download_url):
    from django.utils import translation
    from django.utils.translation import gettext as _

    with translation.override(certificate.language):
        subject = _("Your certificate: %(course)s") % {"course": certificate.course_title}
        body = _(
            "Congratulations, %(name)s.\n\nYou have completed “%(course)s”. Your certificate "
            "(code %(code)s) is ready:\n%(download)s\n\nAnyone can check it at:\n%(verify)s\n"
        ) % {"name": certificate.learner_name, "course": certificate.course_title,
             "code": certificate.code, "download": download_url, "verify": verify_url}
    if certificate.user and certificate.user.email:
        email_queue(to=[certificate.user.email], subject=subject, body=body)
