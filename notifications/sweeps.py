"""The scheduled notices: reminders before a due date, overdue notices after it, the
weekly digest of administrators, and a reminder before a certificate expires. Days are
counted in Kazakhstan time (TIME_ZONE, Asia/Almaty). Each notice's key names its step, so
a sweep run twice (the same day, or twice at once) writes nothing the second time."""
from datetime import timedelta

from django.conf import settings
from django.db.models import Exists, OuterRef, Q
from django.utils import timezone

from courses.constants import CertificateStatus, EnrolmentSource
from courses.models import Certificate, CoursePage, CourseProgress, Enrolment
from institutions.constants import MembershipStatus, RoleKind
from institutions.models import Institution, Membership, Role

from .constants import DEFAULT_REMINDER_DAYS, Kind
from .models import Notification
from .services import Item, notify_many


def _open_assignments():
    """Assigned enrolments with a due date whose course is not completed."""
    completed = CourseProgress.objects.filter(user_id=OuterRef("user_id"),
                                              course_key=OuterRef("course_key"),
                                              completed_at__isnull=False)
    return (Enrolment.objects.filter(source=EnrolmentSource.ASSIGNED, due_date__isnull=False,
                                     user__isnull=False, user__is_active=True)
            .exclude(Exists(completed)))


def _titles(keys, cache):
    missing = [k for k in keys if k not in cache]
    if missing:
        for key, title in CoursePage.objects.filter(translation_key__in=missing).order_by(
                "locale_id").values_list("translation_key", "title"):
            cache.setdefault(key, title)
    return cache


def reminders_sweep(*, today=None, batch_size=None, progress=None):
    """Write the reminders and overdue notices due today; returns (reminders, overdue) new.

    Before the due date: on each reminder day of the learner's institution (7 and 1 by
    default), the notice of the nearest day passed, once. After it: the day after, then
    once a week until the course is completed."""
    today = today or timezone.localdate()
    batch_size = batch_size or settings.NOTIFICATION_BATCH
    steps_of = {pk: Institution(reminder_days=text).reminder_steps(DEFAULT_REMINDER_DAYS)
                for pk, text in Institution.objects.exclude(reminder_days="")
                .values_list("pk", "reminder_days")}
    furthest = max([*DEFAULT_REMINDER_DAYS, *(s[0] for s in steps_of.values() if s)])
    rows_of = _open_assignments().filter(due_date__lte=today + timedelta(days=furthest))
    titles, last, counts = {}, 0, [0, 0]
    while True:
        rows = list(rows_of.filter(pk__gt=last).order_by("pk").values(
            "pk", "user_id", "course_key", "due_date", "institution_id", "enrolled_at")
            [:batch_size])
        if not rows:
            break
        last = rows[-1]["pk"]
        _titles({r["course_key"] for r in rows}, titles)
        reminders, overdue = [], []
        for r in rows:
            remaining = (r["due_date"] - today).days
            subject = f"{r['course_key']}:{r['due_date'].isoformat()}"
            data = {"course_key": str(r["course_key"]), "course": titles.get(r["course_key"], ""),
                    "due_date": r["due_date"].isoformat(), "days": remaining}
            if remaining >= 0:
                if timezone.localtime(r["enrolled_at"]).date() >= today:
                    continue  # assigned today: the assignment notice gives the date
                steps = [s for s in steps_of.get(r["institution_id"], DEFAULT_REMINDER_DAYS)
                         if s >= remaining]
                if steps:
                    reminders.append(Item(r["user_id"], subject, f"before-{min(steps)}", data))
            else:
                week = (-remaining - 1) // 7
                overdue.append(Item(r["user_id"], subject, f"after-{week}", data))
        counts[0] += notify_many(Kind.REMINDER, reminders)
        counts[1] += notify_many(Kind.OVERDUE, overdue)
        if progress:
            progress(last)
    return tuple(counts)


def digests_send(*, today=None, overdue_listed=25):
    """The weekly digest of each institution administrator: their units' overdue people and
    waiting join requests, once a week (ISO week, Kazakhstan time); none when both are
    empty. Returns how many were written."""
    from django.utils import translation

    today = today or timezone.localdate()
    year, week, _day = today.isocalendar()
    step = f"{year}-W{week:02d}"
    roles = {}
    for user_id, path in Role.objects.filter(kind=RoleKind.INSTITUTION_ADMIN,
                                             user__is_active=True).values_list(
            "user_id", "institution__path"):
        roles.setdefault(user_id, []).append(path)
    done = set(Notification.objects.filter(kind=Kind.DIGEST, key__endswith=f":week:{step}")
               .values_list("user_id", flat=True))
    languages = dict(Role.objects.filter(user_id__in=roles).values_list(
        "user_id", "user__profile__preferred_language"))
    titles = {}
    written = 0
    for user_id, paths in roles.items():
        if user_id in done:
            continue
        below = Q()
        for path in paths:
            below |= Q(institution__path__startswith=path)
        staff = Membership.objects.filter(below, status=MembershipStatus.ACTIVE)
        overdue = (_open_assignments().filter(due_date__lt=today,
                                              user_id__in=staff.values("user_id"))
                   .order_by("due_date", "pk"))
        total = overdue.count()
        pending = Membership.objects.filter(below, status=MembershipStatus.PENDING).count()
        if not total and not pending:
            continue
        rows = list(overdue.values("user_id", "user__email", "user__profile__full_name",
                                   "course_key", "due_date")[:overdue_listed])
        units = dict(staff.filter(user_id__in=[r["user_id"] for r in rows])
                     .select_related("institution").values_list("user_id", "institution_id"))
        language = languages.get(user_id) or settings.LANGUAGE_CODE
        with translation.override(language):
            names = {i.pk: i.name for i in Institution.objects.filter(pk__in=set(units.values()))}
        _titles({r["course_key"] for r in rows}, titles)
        data = {"overdue_total": total, "pending": pending, "overdue": [
            {"user": r["user_id"], "name": r["user__profile__full_name"] or r["user__email"],
             "unit": names.get(units.get(r["user_id"]), ""),
             "course": titles.get(r["course_key"], ""), "due_date": r["due_date"].isoformat()}
            for r in rows]}
        # Its key ends ":week:<step>", which `done` above looks for.
        written += notify_many(Kind.DIGEST, [Item(user_id, "week", step, data)])
    return written


def expiry_reminders_sweep(*, now=None, batch_size=None):
    """Remind the holders of certificates expiring within CERTIFICATE_EXPIRY_REMINDER_DAYS,
    once per certificate; returns how many were new."""
    now = now or timezone.now()
    batch_size = batch_size or settings.NOTIFICATION_BATCH
    expiring = (Certificate.objects.filter(
        status=CertificateStatus.VALID, expires_at__gt=now, user__isnull=False,
        user__is_active=True,
        expires_at__lte=now + timedelta(days=settings.CERTIFICATE_EXPIRY_REMINDER_DAYS))
        .order_by("pk").values("pk", "user_id", "course_key", "course_title", "expires_at"))
    last, written = 0, 0
    while True:
        rows = list(expiring.filter(pk__gt=last)[:batch_size])
        if not rows:
            return written
        last = rows[-1]["pk"]
        written += notify_many(Kind.CERTIFICATE_EXPIRING, [
            Item(r["user_id"], str(r["course_key"]), f"certificate-{r['pk']}",
                 {"course_key": str(r["course_key"]), "course": r["course_title"],
                  "expires_on": timezone.localdate(r["expires_at"]).isoformat()})
            for r in rows])
