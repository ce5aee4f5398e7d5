"""Bulk onboarding of staff: an administrator's CSV becomes accounts, memberships of their
units, invitations to choose a password, and (if asked) a course assigned with a due date.

All or nothing: every row is checked first and one bad row imports nobody. Then everything
is written in one transaction. People already members of the unit named for them are left
as they are, so the same file uploaded twice changes nothing the second time."""
import hashlib

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.db import transaction
from django.db.models.functions import Lower
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from academy.base.models import OutboundEmail
from academy.base.services import absolute_url, emails_queue
from accounts.constants import AuditEvent
from accounts.invitations import invitation_token
from accounts.models import Profile
from accounts.services import audit_record
from courses.constants import EnrolmentSource
from courses.models import CoursePage, Enrolment
from courses.services import course_assign
from institutions.constants import MembershipStatus
from institutions.models import Membership
from institutions.scope import scope_for
from institutions.services import memberships_add

from .models import JobStatus, OnboardingJob
from .staff_file import StaffFileError, check_rows, decode, read_rows

SYNC_ROWS = 300  # up to this many people are imported during the upload; more, in a task
ERRORS_SHOWN = 200
CHUNK = 1000


def onboarding_start(*, user, file_name, data, course=None, due_date=None):
    """Take an uploaded file: import it now when small, else in the background. Returns the
    job; StaffFileError when the file cannot be read at all."""
    from .tasks import onboarding_run_task

    text = decode(data)
    rows = read_rows(text)  # the header and size are checked now, the rows by the job
    job = OnboardingJob.objects.create(
        user=user, file_name=file_name[:255], digest=hashlib.sha256(data).hexdigest(),
        content=text, course_key=course.translation_key if course else None,
        due_date=due_date, language=translation.get_language() or settings.LANGUAGE_CODE,
        rows_total=len(rows))
    if len(rows) <= SYNC_ROWS:
        onboarding_run(job.pk)
        job.refresh_from_db()
    else:
        onboarding_run_task.delay_on_commit(job.pk)
    return job


def _progress(job_id, done):
    OnboardingJob.objects.filter(pk=job_id).update(rows_done=done)


def onboarding_run(job_id):
    """Check and import one uploaded file; safe to run again (a redelivered task)."""
    with transaction.atomic():
        job = OnboardingJob.objects.select_for_update().filter(pk=job_id).first()
        if job is None or job.finished:
            return
        OnboardingJob.objects.filter(pk=job.pk).update(status=JobStatus.RUNNING)
    with translation.override(job.language):
        try:
            result = _import(job)
        except StaffFileError as error:
            OnboardingJob.objects.filter(pk=job.pk).update(
                status=JobStatus.INVALID, errors=[[0, str(error)]], content="",
                finished_at=timezone.now())
            return
        except Exception:
            # Nothing was written (one transaction); the page must not wait for ever.
            OnboardingJob.objects.filter(pk=job.pk).update(status=JobStatus.FAILED,
                                                            finished_at=timezone.now())
            raise
    if "errors" in result:
        OnboardingJob.objects.filter(pk=job.pk).update(
            status=JobStatus.INVALID, errors=result["errors"][:ERRORS_SHOWN],
            result={"error_count": len(result["errors"])}, finished_at=timezone.now())
        return
    OnboardingJob.objects.filter(pk=job.pk).update(
        status=JobStatus.DONE, result=result, content="", rows_done=job.rows_total,
        finished_at=timezone.now())


def _existing_users(emails):
    users = {}
    User = get_user_model()
    for start in range(0, len(emails), CHUNK):
        for user in User.objects.annotate(lower=Lower("email")).filter(
                lower__in=emails[start:start + CHUNK]):
            users[user.email.lower()] = user
    return users


def _import(job):
    scope = scope_for(job.user)
    if not scope:
        raise StaffFileError(_("You no longer administer any unit."))
    units_by_code = {i.code: i for i in scope.by_id.values()}
    rows = read_rows(job.content)
    errors = check_rows(rows, units_by_code=units_by_code, default_language=job.language)
    existing = _existing_users([r.email for r in rows])
    members = {}
    if existing:
        members = dict(Membership.objects.filter(
            user__in=list(existing.values()), status=MembershipStatus.ACTIVE).values_list(
            "user_id", "institution__code"))
    for row in rows:
        user = existing.get(row.email)
        if user is not None and members.get(user.pk) != row.unit_code:
            errors.append((row.line, _(
                "An account with this email already exists and is not a member of unit "
                "%(unit)s: ask this person to join with an invite link instead.") % {
                "unit": row.unit_code}))
    _progress(job.pk, len(rows) // 2)
    if errors:
        return {"errors": sorted(errors)}
    course = None
    if job.course_key:
        course = CoursePage.objects.live().filter(translation_key=job.course_key).first()
    new_rows = [r for r in rows if r.email not in existing]
    with transaction.atomic():
        created = _accounts_create(new_rows, units_by_code, job)
        user_ids = [u.pk for u in created] + [existing[r.email].pk for r in rows
                                              if r.email in existing]
        assigned = _assign(course, job, user_ids) if course else 0
        audit_record(event=AuditEvent.STAFF_IMPORTED, actor=job.user, file=job.file_name,
                     rows=len(rows), created=len(created), assigned=assigned)
    return {"rows": len(rows), "created": len(created), "unchanged": len(rows) - len(created),
            "assigned": assigned, "course": course.title if course else "",
            "due_date": job.due_date.isoformat() if job.due_date else ""}


def _accounts_create(rows, units_by_code, job):
    from allauth.account.models import EmailAddress

    User = get_user_model()
    now = timezone.now()
    users = [User(email=r.email, password=make_password(None), date_joined=now)
             for r in rows]
    User.objects.bulk_create(users, batch_size=CHUNK)
    if users and users[0].pk is None:  # a database that returns no ids (older SQLite)
        ids = dict(User.objects.filter(email__in=[u.email for u in users]).values_list(
            "email", "pk"))
        for user in users:
            user.pk = user.id = ids[user.email]
    by_email = {u.email: u for u in users}
    EmailAddress.objects.bulk_create([EmailAddress(user=u, email=u.email, verified=False,
                                                   primary=True) for u in users],
                                     batch_size=CHUNK)
    Profile.objects.bulk_create([
        Profile(user=by_email[r.email], full_name=r.full_name, profession=r.profession,
                position=r.position, preferred_language=r.language, completed_at=now)
        for r in rows], batch_size=CHUNK)
    by_unit = {}
    for r in rows:
        by_unit.setdefault(units_by_code[r.unit_code], []).append(by_email[r.email])
    memberships_add(users_by_unit=by_unit, actor=job.user)
    _invitations_send(rows, by_email, job)
    return users


def _invitations_send(rows, by_email, job):
    inviter = getattr(getattr(job.user, "profile", None), "full_name", "") or job.user.email
    emails = []
    for r in rows:
        user = by_email[r.email]
        with translation.override(r.language):
            link = absolute_url(reverse("accounts:invitation",
                                        kwargs={"token": invitation_token(user)}))
            subject = _("You are invited to Protocol Academy")
            body = _(
                "Hello, %(name)s.\n\n%(inviter)s has made you an account on Protocol Academy, "
                "where professionals who respond to violence against women and girls learn "
                "the victim-centred protocols.\n\nChoose your password here (the link works "
                "for %(days)s days and confirms your email):\n%(link)s\n\nAfterwards, sign "
                "in with %(email)s.\n") % {
                "name": r.full_name, "inviter": inviter, "link": link, "email": r.email,
                "days": settings.ACCOUNT_INVITATION_DAYS}
        emails.append(OutboundEmail(to=[r.email], subject=subject, body=body))
    emails_queue(emails)


def _assign(course, job, user_ids):
    """Assign the course to the file's people who do not have it with this due date yet."""
    memberships = []
    for start in range(0, len(user_ids), CHUNK):
        memberships += Membership.objects.filter(status=MembershipStatus.ACTIVE,
                                                 user_id__in=user_ids[start:start + CHUNK])
    done = set()
    for start in range(0, len(user_ids), CHUNK):
        done |= set(Enrolment.objects.filter(
            course_key=course.translation_key, source=EnrolmentSource.ASSIGNED,
            due_date=job.due_date, user_id__in=user_ids[start:start + CHUNK]).values_list(
            "user_id", flat=True))
    todo = [m for m in memberships if m.user_id not in done]
    if not todo:
        return 0
    return course_assign(memberships=todo, course=course, assigned_by=job.user,
                         due_date=job.due_date)


def onboarding_template_rows():
    """The header and one example row of the template file, in the current language."""
    from accounts.constants import Profession

    from .staff_file import column_headers

    return [column_headers(), ["aigul.serikova@police.kz", "Айгүл Серікова",
                               str(Profession.DISTRICT_POLICE.label),
                               _("Senior district inspector"), "POL-ALM-MED", "kk"]]
