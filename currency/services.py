"""Who must re-read a protocol, written in batches from stored rows (never by walking
pages), idempotently: publishing twice, or a task run again after a worker died, writes
the same rows."""
from django.db import transaction
from django.db.models import Exists, Max, OuterRef
from django.utils import timezone

from courses.constants import CertificateStatus, Renewal
from courses.models import Certificate, CourseOutline, CoursePage, CourseProgress
from courses.services import course_refreshed, course_refresher_needed
from protocols.models import ProtocolAcknowledgement

from .models import CourseRefresher, ProtocolRefresher, RefresherReason

BATCH = 5000


def refreshers_write(*, translation_key, version, batch_size=BATCH, progress=None):
    """A refresher for everyone who confirmed an earlier version of the protocol (in any
    language) and not this one; returns how many were new."""
    confirmed_now = ProtocolAcknowledgement.objects.filter(
        translation_key=translation_key, version__gte=version, user_id=OuterRef("user_id"))
    earlier = (ProtocolAcknowledgement.objects
               .filter(translation_key=translation_key, version__lt=version,
                       user__isnull=False, user__is_active=True)
               .exclude(Exists(confirmed_now))
               .values("user_id").annotate(known=Max("version")).order_by("user_id"))
    last, written, now = 0, 0, timezone.now()
    while True:
        rows = list(earlier.filter(user_id__gt=last)[:batch_size])
        if not rows:
            return written
        last = rows[-1]["user_id"]
        with transaction.atomic():
            before = ProtocolRefresher.objects.filter(
                translation_key=translation_key, version=version,
                user_id__in=[r["user_id"] for r in rows]).count()
            ProtocolRefresher.objects.bulk_create([
                ProtocolRefresher(user_id=r["user_id"], translation_key=translation_key,
                                  version=version, from_version=r["known"], created_at=now)
                for r in rows], ignore_conflicts=True)
        written += len(rows) - before
        if progress:
            progress(last)


def refreshers_close(*, user_id, translation_key, version):
    """Someone confirmed `version`: their refreshers up to it are done."""
    return ProtocolRefresher.objects.filter(
        user_id=user_id, translation_key=translation_key, version__lte=version,
        done_at__isnull=True).update(done_at=timezone.now())


def _course_batches(rows_of, batch_size, progress):
    """Yield user ids of `rows_of` (a values_list of user ids) in batches, by id."""
    last = 0
    while True:
        user_ids = list(rows_of.filter(user_id__gt=last)[:batch_size])
        if not user_ids:
            return
        last = user_ids[-1]
        yield user_ids
        if progress:
            progress(last)


def _refreshers_add(*, course_key, user_ids, key, reason, clause_ids, now, full=False,
                    **cause):
    """The refreshers of `user_ids` for this course and cause not written before, and the
    courses marked "refresher needed"; returns how many were new."""
    with transaction.atomic():
        existing = set(CourseRefresher.objects.filter(course_key=course_key, key=key,
                                                      user_id__in=user_ids)
                       .values_list("user_id", flat=True))
        new = [pk for pk in user_ids if pk not in existing]
        if not new:
            return 0
        CourseRefresher.objects.bulk_create([
            CourseRefresher(user_id=pk, course_key=course_key, reason=reason, key=key,
                            clause_ids=clause_ids, created_at=now, full=full, **cause)
            for pk in new], ignore_conflicts=True)
        course_refresher_needed(course_key=course_key, user_ids=new, reason=reason, at=now,
                                **cause)
    return len(new)


def course_refreshers_write(*, translation_key, version, clause_ids, published_at,
                            batch_size=BATCH, progress=None):
    """A substantive change to `clause_ids` of a protocol: everyone who completed, before
    `published_at`, a course whose lessons excerpt or whose questions cite one of them must
    refresh that course. Idempotent; returns how many refreshers were new."""
    changed = {str(c) for c in clause_ids}
    if not changed:
        return 0
    key, written = f"protocol:{translation_key}:{version}", 0
    now = timezone.now()
    for outline in CourseOutline.objects.only("course_key", "clause_ids").order_by("pk"):
        taught = sorted(changed & {str(c) for c in outline.clause_ids})
        if not taught:
            continue
        completers = (CourseProgress.objects
                      .filter(course_key=outline.course_key, completed_at__lt=published_at,
                              user__isnull=False, user__is_active=True)
                      .order_by("user_id").values_list("user_id", flat=True))
        for user_ids in _course_batches(completers, batch_size, progress):
            written += _refreshers_add(
                course_key=outline.course_key, user_ids=user_ids, key=key,
                reason=RefresherReason.PROTOCOL, clause_ids=taught, now=now,
                translation_key=translation_key, version=version)
    return written


def expiry_refreshers_write(*, now=None, batch_size=BATCH, progress=None):
    """Learners whose certificate expired renew the course with a refresher on all it
    teaches; once per certificate. Returns how many were new."""
    now = now or timezone.now()
    expired = (Certificate.objects.filter(status=CertificateStatus.VALID, expires_at__lte=now,
                                          user__isnull=False, user__is_active=True)
               .order_by("pk").values("pk", "user_id", "course_key"))
    outlines, full = {}, {}
    last, written = 0, 0
    while True:
        rows = list(expired.filter(pk__gt=last)[:batch_size])
        if not rows:
            return written
        last = rows[-1]["pk"]
        by_course = {}
        for row in rows:
            by_course.setdefault(row["course_key"], []).append(row)
        for course_key, certificates in by_course.items():
            if course_key not in outlines:
                outline = CourseOutline.objects.filter(course_key=course_key).first()
                outlines[course_key] = outline.clause_ids if outline else []
                full[course_key] = CoursePage.objects.filter(
                    translation_key=course_key, renewal=Renewal.FULL).exists()
            for certificate in certificates:
                written += _refreshers_add(
                    course_key=course_key, user_ids=[certificate["user_id"]],
                    key=f"expiry:{certificate['pk']}", reason=RefresherReason.EXPIRY,
                    clause_ids=outlines[course_key], now=now, full=full[course_key])
        if progress:
            progress(last)


def renewal_lesson_done(*, user_id, course_key, lesson_key):
    """A learner renewing a course in full has read one of its lessons again."""
    lesson_key = str(lesson_key)
    with transaction.atomic():
        for row in CourseRefresher.objects.select_for_update().filter(
                user_id=user_id, course_key=course_key, full=True, done_at__isnull=True):
            if lesson_key not in row.lessons_done:
                row.lessons_done = [*row.lessons_done, lesson_key]
                row.save(update_fields=["lessons_done"])


def course_refresher_pass(*, user, course_key):
    """The learner passed (or, with nothing to answer, read) the course's refresher: their
    refreshers of this course are done and the course is current again."""
    with transaction.atomic():
        closed = CourseRefresher.objects.filter(user=user, course_key=course_key,
                                                done_at__isnull=True).update(
            done_at=timezone.now())
        course_refreshed(user=user, course_key=course_key)
    return closed


def course_refresher_fail(*, user, course_key, score):
    """A failed refresher quiz: counted, so that the next try draws other questions."""
    from django.db.models import F

    return CourseRefresher.objects.filter(user=user, course_key=course_key,
                                          done_at__isnull=True).update(
        attempts=F("attempts") + 1, last_score=score)
