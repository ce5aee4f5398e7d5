"""What the completion reports show, computed from the roll-up rows (reports.models).

Every report view, export and scheduled email goes through `report_scope` (who may
see what, here) and `dashboard_tables` (the figures, reports/tables.py), so they cannot
disagree.
"""
import dataclasses
import datetime
from dataclasses import dataclass

from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from academy.base.i18n import prefer_language
from accounts.constants import Profession
from courses.constants import LearnerStatus
from courses.status import learner_status, learner_status_q
from institutions.constants import MembershipStatus, RoleKind
from institutions.models import Institution, Membership
from institutions.scope import Scope, scope_for

from .cells import Rate
from .constants import Basis
from .models import LearnerCourseStat

# --- scope ---------------------------------------------------------------------

def report_scope(user):
    """The user's reporting scope, or None if they may not see reports. Two queries, and one
    more for the institutions when a table needs them."""
    scope = scope_for(user)
    return scope if scope else None


def national_scope(user=None):
    """Every institution, as national administrators see it."""
    return Scope.everything(user)


def subscribable_institutions(user):
    """Institutions whose weekly or monthly summary `user` may receive (they administer them)."""
    return Institution.objects.filter(roles__user_id=user.pk,
                                      roles__kind=RoleKind.INSTITUTION_ADMIN).order_by("path")


# --- filters -------------------------------------------------------------------

@dataclass
class Filters:
    unit: object = None
    course_key: object = None
    date_from: datetime.date | None = None
    date_to: datetime.date | None = None
    region: str = ""
    kind: str = ""
    profession: str = ""
    language: str = ""
    basis: str = Basis.DELIVERED

    @property
    def place(self):
        """The field that places a roll-up row in a unit for this basis (Basis)."""
        return "member_institution" if self.basis == Basis.STAFF else "institution"

    def unit_ids(self, scope):
        ids = scope.subtree_ids(self.unit)
        if self.region or self.kind:
            ids = [pk for pk in ids
                   if (not self.region or scope.by_id[pk].region == self.region)
                   and (not self.kind or scope.by_id[pk].kind == self.kind)]
        return ids

    def everything(self, scope):
        return scope.national and self.unit is None and not self.region and not self.kind

    def learner_q(self, scope, *, period_field="enrolled_at", learner_fields=True):
        q = Q(**{f"{self.place}__isnull": False})
        if not self.everything(scope):
            q &= Q(**{f"{self.place}_id__in": self.unit_ids(scope)})
        if period_field:
            q &= self.period_q(period_field)
        if learner_fields and self.profession:
            q &= Q(profession=self.profession)
        if learner_fields and self.language:
            q &= Q(language=self.language)
        return q

    def period_q(self, period_field):
        """The period as a range of instants (local midnights): `x__date__gte` would convert
        every row's time zone and can use no index."""
        q = Q()
        if self.date_from:
            q &= Q(**{f"{period_field}__gte": _midnight(self.date_from)})
        if self.date_to:
            q &= Q(**{f"{period_field}__lt": _midnight(self.date_to + datetime.timedelta(days=1))})
        return q

    def course_q(self, field_name="course_key"):
        return Q(**{field_name: self.course_key}) if self.course_key else Q()

    def staff(self, scope):
        """The active memberships of the people in these units now, of the chosen
        profession and language (acknowledgement coverage and protocol currency)."""
        place = Q() if self.everything(scope) else Q(institution_id__in=self.unit_ids(scope))
        people = Membership.objects.filter(place, status=MembershipStatus.ACTIVE)
        if self.profession:
            people = people.filter(user__profile__profession=self.profession)
        if self.language:
            people = people.filter(user__profile__preferred_language=self.language)
        return people


def _midnight(day):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time()))


# --- titles --------------------------------------------------------------------

def _titles(model, keys, *, attribute="title"):
    """{translation_key: title in the reader's language (else any)}; one query."""
    if not keys:
        return {}
    objects = model.objects.filter(translation_key__in=keys).select_related("locale")
    return {k: getattr(o, attribute) for k, o in
            prefer_language(objects, key=lambda o: o.translation_key).items()}


def course_titles():
    from courses.models import CoursePage

    objects = CoursePage.objects.live().select_related("locale").only(
        "title", "translation_key", "locale__language_code")
    chosen = prefer_language(objects, key=lambda o: o.translation_key)
    return dict(sorted(((k, o.title) for k, o in chosen.items()), key=lambda kv: kv[1]))


# --- the day -------------------------------------------------------------------

def _today():
    return timezone.localdate()


# --- learners (institution administrators only) ---------------------------------

def learner_rows(scope, filters, *, status=""):
    """Learner-level rows of the scope (never for a national scope): the people who are
    members of its units now, with all their training wherever they did it. Someone who
    has left is counted in the figures of the units that trained them, but no longer
    listed by name there."""
    if scope.national:
        return LearnerCourseStat.objects.none()
    filters = dataclasses.replace(filters, basis=Basis.STAFF)
    q = filters.learner_q(scope) & filters.course_q() & Q(user__isnull=False)
    if status in LearnerStatus.values:
        q &= learner_status_q(status, today=_today())
    return (LearnerCourseStat.objects.filter(q)
            .select_related("user", "user__profile")
            .order_by("member_institution_id", "user__profile__full_name", "user_id", "course_key"))


def learner_columns():
    return [_("Name"), _("Email"), _("Unit"), _("Profession"), _("Course"), _("Status"),
            _("Progress"), _("Due date"), _("Completed on"), _("Pre-test"), _("Post-test")]


def learner_cells(row, scope, titles, today=None):
    profile = getattr(row.user, "profile", None)
    institution = scope.by_id.get(row.member_institution_id)
    return [
        profile.full_name if profile else "",
        row.user.email,
        institution.name if institution else "",
        str(dict(Profession.choices).get(row.profession, row.profession)),
        titles.get(row.course_key, "—"),
        learner_status(started_at=row.started_at, completed_at=row.completed_at,
                       due_date=row.due_date, today=today or _today()).label,
        Rate.of(row.lessons_completed, row.lessons_required),
        row.due_date.isoformat() if row.due_date else "",
        timezone.localtime(row.completed_at).date().isoformat() if row.completed_at else "",
        Rate(float(row.pre_score)) if row.pre_score is not None else "",
        Rate(float(row.post_score)) if row.post_score is not None else "",
    ]
