"""What the completion reports show, computed from the roll-up rows (reports.models).

Every report view, export and scheduled email goes through `report_scope` (who may
see what) and `dashboard_tables` (the figures), so they cannot disagree.
"""
import datetime
import operator
from collections import defaultdict
from dataclasses import dataclass, field
from functools import reduce

from django.conf import settings
from django.db.models import Avg, Count, Q, Sum
from django.utils import timezone
from django.utils.translation import gettext as _

from academy.base.i18n import prefer_language
from accounts.constants import Profession, Sex
from courses.constants import LearnerStatus
from courses.status import learner_status, learner_status_q
from institutions.constants import InstitutionKind, Region, RoleKind
from institutions.models import Institution
from institutions.scope import Scope, scope_for

from .constants import SUPPRESS_BELOW
from .models import LearnerCourseStat, LearnerQuizStat, QuestionStat

STEPLEN = Institution.steplen


# --- cells ---------------------------------------------------------------------

class Suppressed:
    """A figure describing fewer than SUPPRESS_BELOW learners, hidden in aggregate views."""

    text = f"<{SUPPRESS_BELOW}"

    def __str__(self):
        return self.text


SUPPRESSED = Suppressed()


@dataclass(frozen=True)
class Rate:
    """A percentage; `value` is None when there is nothing to divide by."""

    value: float | None

    @classmethod
    def of(cls, part, whole):
        return cls(round(part * 100 / whole, 1) if whole else None)

    def __str__(self):
        return "–" if self.value is None else f"{self.value:g}%"


@dataclass(frozen=True)
class Link:
    text: str
    url: str

    def __str__(self):
        return self.text


@dataclass
class Table:
    key: str
    title: str
    columns: list
    rows: list = field(default_factory=list)
    note: str = ""
    chart: dict | None = None  # {"value": column index, "max": 100 or None, "unit": "%"}

    def chart_bars(self):
        """Label, value and bar length (0–100) per row, for the server-drawn SVG chart."""
        if not self.chart or not self.rows:
            return []
        index = self.chart["value"]
        values = [_number(row[index]) for row in self.rows]
        top = self.chart.get("max") or max([v for v in values if v is not None] or [0]) or 1
        bars = []
        for row, value in zip(self.rows, values, strict=True):
            bars.append({"label": str(row[0]), "text": str(row[index]),
                         "length": 0 if value is None else round(min(value, top) * 100 / top, 1)})
        return bars


def _number(cell):
    if isinstance(cell, Rate):
        return cell.value
    if isinstance(cell, int | float):
        return cell
    return None


# --- scope ---------------------------------------------------------------------

def report_scope(user):
    """The user's reporting scope, or None if they may not see reports. Two queries, and one
    more for the institutions when a table needs them."""
    scope = scope_for(user)
    return scope if scope else None


def national_scope(user=None):
    """Every institution, as national administrators see it."""
    return Scope.everything(user)


# National figures describe 100,000 learners: computing them takes about half a second
# (see bench/reports.py), so they are kept for a few minutes, shared by every national
# administrator, and the default view is refreshed ahead of time by a beat task.
def _national_cache_key(query, language, today):
    import hashlib

    canonical = "&".join(sorted(f"{k}={v}" for k, values in query.lists() for v in values
                                if v != ""))
    digest = hashlib.sha1(f"{language}|{today}|{canonical}".encode()).hexdigest()
    return f"academy:reports:national:{digest}"


def national_tables(scope, filters, query, *, titles=None, refresh=False):
    """(tables, as_of) for a national scope: from the cache, or computed and kept.

    `refresh` computes and keeps them whatever the cache holds (beat warms the default view).
    """
    from django.core.cache import cache
    from django.utils.translation import get_language

    seconds = settings.REPORTS_NATIONAL_CACHE_SECONDS
    key = _national_cache_key(query, get_language(), _today())
    if seconds and not refresh:
        hit = cache.get(key)
        if hit is not None:
            return hit
    result = (dashboard_tables(scope, filters, query=query, titles=titles), timezone.now())
    if seconds:
        cache.set(key, result, seconds)
    return result


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
        q = Q(institution__isnull=False)
        if not self.everything(scope):
            q &= Q(institution_id__in=self.unit_ids(scope))
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


# --- the figures -----------------------------------------------------------------

def _today():
    return timezone.localdate()


def _counts():
    today = _today()
    return {
        "n_enrolled": Count("id"),
        "n_assigned": Count("id", filter=Q(assigned=True)),
        "n_started": Count("id", filter=Q(started_at__isnull=False)),
        "n_completed": Count("id", filter=Q(completed_at__isnull=False)),
        "n_assigned_completed": Count("id", filter=Q(assigned=True, completed_at__isnull=False)),
        "n_overdue": Count("id", filter=learner_status_q(LearnerStatus.OVERDUE, today=today)),
    }


_ZERO = {"enrolled": 0, "assigned": 0, "started": 0, "completed": 0, "assigned_completed": 0,
         "overdue": 0, "learners": 0, "with_user": 0}
_KEYS = [(key, f"n_{key}") for key in _ZERO]


def _add(total, row):
    for key, n_key in _KEYS:
        total[key] += row[n_key] if n_key in row else row.get(key, 0)


def _learners_floor(rows_with_user, courses):
    """At least this many learners hold `rows_with_user` rows over `courses` courses
    (one row per learner and course)."""
    return -(-rows_with_user // max(courses, 1))


def _learners_exact(rows, groups, fields):
    """Give the groups (dicts with `fields` and n_learners) that could hold fewer than
    SUPPRESS_BELOW learners their exact count: one COUNT(DISTINCT) over those groups only
    (run even when there are none, pk=-1, so that the query count stays flat)."""
    small = [g for g in groups if g["n_learners"] < SUPPRESS_BELOW]
    if not small:
        where = Q(pk=-1)
    elif len(fields) == 1:
        where = Q(**{f"{fields[0]}__in": [g[fields[0]] for g in small]})
    else:
        where = reduce(operator.or_, (Q(**{f: g[f] for f in fields}) for g in small))
    exact = {tuple(r[f] for f in fields): r["n"] for r in rows.filter(where).values(*fields)
             .annotate(n=Count("user_id", distinct=True))}
    for g in small:
        g["n_learners"] = exact.get(tuple(g[f] for f in fields), 0)


def _national_counts(scope):
    # Rows of known learners (a deleted account's rows stay, without a user): the floor of
    # the learner count, for suppression.
    return {"n_with_user": Count("user_id")} if scope.national else {}


def _gain_sums():
    both = Q(pre_score__isnull=False, post_score__isnull=False)
    return {"gain_n": Count("id", filter=both), "gain_pre": Sum("pre_score", filter=both),
            "gain_post": Sum("post_score", filter=both)}


def _completion_cells(c, scope, *, per_course=False):
    """Enrolled, assigned, completed, rate of enrolled, rate of assigned, overdue.

    A row describing fewer than five learners is suppressed in aggregate views (per
    course, enrolments are learners; across courses, learners are counted once).
    """
    learners = c["enrolled"] if per_course else c["learners"]
    if scope.national and learners < SUPPRESS_BELOW:
        return [SUPPRESSED] * 6
    return [c["enrolled"], c["assigned"], c["completed"], Rate.of(c["completed"], c["enrolled"]),
            Rate.of(c["assigned_completed"], c["assigned"]), c["overdue"]]


def _completion_columns():
    return [_("Enrolled"), _("Assigned"), _("Completed"), _("Completion rate (of enrolled)"),
            _("Completion rate (of assigned)"), _("Overdue")]


def _url_with(base_query, **changes):
    query = base_query.copy()
    for k, v in changes.items():
        query[k] = v
    return "?" + query.urlencode()


def dashboard_tables(scope, filters, *, query=None, only=None, titles=None):
    """Every table of the dashboard for `scope` under `filters`, in display order.

    `query` (the request's GET QueryDict) builds the drill-down links; `only` limits
    the work to the named tables (exports and emails); `titles` (course_titles()) saves its
    query when the caller already has them.
    """
    from django.http import QueryDict

    query = query if query is not None else QueryDict(mutable=True)
    want = (lambda key: True) if only is None else (lambda key: key in only)
    rows = LearnerCourseStat.objects.filter(filters.learner_q(scope), filters.course_q())
    titles = course_titles() if titles is None else titles
    tables = []
    per_place, courses = None, None

    if any(want(key) for key in ("summary", "courses", "units", "unit_courses", "regions",
                                 "kinds", "gain")):
        per_place = list(rows.values("institution_id", "course_key").annotate(
            **_counts(), **_national_counts(scope), **(_gain_sums() if want("gain") else {})))
        by_course = defaultdict(lambda: dict(_ZERO))
        by_institution = defaultdict(lambda: dict(_ZERO))
        for row in per_place:
            _add(by_course[row["course_key"]], row)
            _add(by_institution[row["institution_id"]], row)
        courses = len(by_course)
        if scope.national:
            # Learner counts decide suppression only, which only national views apply.
            places = [{"institution_id": pk, "n_learners": _learners_floor(c["with_user"], courses)}
                      for pk, c in by_institution.items()]
            _learners_exact(rows, places, ["institution_id"])
            for place in places:
                by_institution[place["institution_id"]]["learners"] = place["n_learners"]
        if want("summary"):
            total = dict(_ZERO)
            for counts in by_institution.values():
                _add(total, counts)
            cells = _completion_cells(total, scope)
            tables.append(Table("summary", _("At a glance"), [_("Figure"), _("Value")], rows=[
                [label, cell] for label, cell in zip(_completion_columns(), cells, strict=True)]))
        if want("courses"):
            table = Table("courses", _("Completion by course"), [_("Course"), *_completion_columns()],
                          chart={"value": 4, "max": 100})
            for key, title in titles.items():
                if key in by_course:
                    table.rows.append([title, *_completion_cells(by_course[key], scope,
                                                                 per_course=True)])
            tables.append(table)
        if want("units"):
            table = Table("units", _("Completion by unit (each includes the units below it)"),
                          [_("Unit"), *_completion_columns()], chart={"value": 4, "max": 100})
            children = scope.children(filters.unit)
            owner = _rolled_up_to(scope, children)
            totals = defaultdict(lambda: dict(_ZERO))
            for pk, counts in by_institution.items():
                if pk in owner:
                    _add(totals[owner[pk].pk], counts)
            parents = {child.pk for pk, child in owner.items()
                       if scope.by_id[pk].depth > child.depth}
            for child in children:
                cell = (Link(child.name, _url_with(query, unit=child.pk)) if child.pk in parents
                        else child.name)
                table.rows.append([cell, *_completion_cells(totals[child.pk], scope)])
            tables.append(table)
        if want("unit_courses"):
            tables.append(_unit_courses(scope, filters, per_place, titles))
        for key, title, attribute, choices in (
                ("regions", _("Completion by region"), "region", Region),
                ("kinds", _("Completion by kind of institution"), "kind", InstitutionKind)):
            if not want(key):
                continue
            grouped = defaultdict(lambda: dict(_ZERO))
            for pk, counts in by_institution.items():
                institution = scope.by_id.get(pk)
                if institution is not None:
                    _add(grouped[getattr(institution, attribute) or ""], counts)
            table = Table(key, title, [_("Region") if key == "regions" else _("Kind"),
                                       *_completion_columns()], chart={"value": 4, "max": 100})
            labels = dict(choices.choices)
            for value in [*labels, ""]:
                if value in grouped:
                    table.rows.append([labels.get(value, _("Not given")),
                                       *_completion_cells(grouped[value], scope)])
            tables.append(table)

    if want("professions") or want("sexes") or want("languages"):
        per_person = list(rows.values("profession", "sex", "language").annotate(
            **_counts(), **_national_counts(scope)))
        if scope.national:
            courses = courses or rows.values("course_key").distinct().count()
            for row in per_person:
                row["n_learners"] = _learners_floor(row["n_with_user"], courses)
            _learners_exact(rows, per_person, ["profession", "sex", "language"])
        for key, title, attribute, labels in (
                ("professions", _("Completion by profession"), "profession",
                 dict(Profession.choices)),
                ("sexes", _("Completion by sex (where given)"), "sex", dict(Sex.choices)),
                ("languages", _("Completion by language"), "language",
                 dict(settings.LANGUAGES))):
            if not want(key):
                continue
            grouped = defaultdict(lambda: dict(_ZERO))
            for row in per_person:
                _add(grouped[row[attribute]], row)
            table = Table(key, title, [_("Group"), *_completion_columns()],
                          chart={"value": 4, "max": 100})
            for value, label in labels.items():
                if value in grouped:
                    table.rows.append([label, *_completion_cells(grouped[value], scope)])
            tables.append(table)

    if want("trend"):
        tables.append(_trend(scope, filters))
    if want("attrition"):
        tables.append(_attrition(scope, filters, rows, titles))
    if want("quizzes"):
        tables.append(_quizzes(scope, filters, titles))
    if want("gain"):
        tables.append(_gain(scope, titles, per_place))
    if want("questions"):
        tables.append(_questions(scope, filters))
    if want("acknowledgements"):
        tables.append(_acknowledgements(scope, filters))
    return tables


def _rolled_up_to(scope, children):
    """{institution id: the one of `children` it is, or lies below}, for the scope's
    institutions under `children`."""
    by_path = {child.path: child for child in children}
    depths = sorted({child.depth for child in children})
    owner = {}
    for pk, institution in scope.by_id.items():
        for depth in depths:
            child = by_path.get(institution.path[:STEPLEN * depth])
            if child is not None:
                owner[pk] = child
                break
    return owner


def _unit_courses(scope, filters, per_place, titles):
    """Course × unit: each unit (with the units below it) by course."""
    children = scope.children(filters.unit)
    owner = _rolled_up_to(scope, children)
    cells = defaultdict(lambda: dict(_ZERO))
    for row in per_place:
        child = owner.get(row["institution_id"])
        if child is not None:
            _add(cells[(child.pk, row["course_key"])], row)
    table = Table("unit_courses", _("Completion by unit and course"),
                  [_("Unit"), _("Course"), *_completion_columns()])
    for child in children:
        for key, title in titles.items():
            if (child.pk, key) in cells:
                table.rows.append([child.name, title,
                                   *_completion_cells(cells[(child.pk, key)], scope,
                                                      per_course=True)])
    return table


def _months(filters):
    end = filters.date_to or _today()
    start = filters.date_from or (end - datetime.timedelta(days=365))
    months = []
    current = datetime.date(start.year, start.month, 1)
    while current <= end and len(months) < 36:
        months.append(current)
        current = datetime.date(current.year + current.month // 12, current.month % 12 + 1, 1)
    return months


def _trend(scope, filters):
    """Completions and enrolments per month (the period, else the last twelve months)."""
    months = _months(filters)
    completions = defaultdict(int)
    enrolments = defaultdict(int)
    # One scan for both counts, grouped by the (local) months stored on each row: rows
    # enrolled or completed since the first month; each count keeps its own period.
    enrolled = Q(enrolled_month__gte=months[0]) & filters.period_q("enrolled_at")
    completed = Q(completed_month__gte=months[0]) & filters.period_q("completed_at")
    for row in (LearnerCourseStat.objects
                .filter(filters.learner_q(scope, period_field=None), filters.course_q())
                .filter(Q(enrolled_month__gte=months[0]) | Q(completed_month__gte=months[0]))
                .values("enrolled_month", "completed_month")
                .annotate(e=Count("id", filter=enrolled), c=Count("id", filter=completed))):
        if row["e"]:
            enrolments[row["enrolled_month"]] += row["e"]
        if row["c"]:
            completions[row["completed_month"]] += row["c"]
    table = Table("trend", _("Monthly trend"), [_("Month"), _("Enrolled"), _("Completed")],
                  chart={"value": 2})
    for month in months:
        table.rows.append([month.strftime("%Y-%m"), enrolments.get(month, 0),
                           completions.get(month, 0)])
    return table


def _attrition(scope, filters, rows, titles):
    from courses.models import LessonPage

    stops = list(rows.filter(started_at__isnull=False, completed_at__isnull=True)
                 .values("course_key", "last_lesson_key").annotate(n=Count("id"))
                 .order_by("-n")[:15])
    lessons = _titles(LessonPage, {s["last_lesson_key"] for s in stops if s["last_lesson_key"]})
    table = Table("attrition", _("Where learners stop (started, not completed)"),
                  [_("Lesson"), _("Course"), _("Learners who stopped here")], chart={"value": 2},
                  note=_("The last lesson each learner opened before stopping."))
    for stop in stops:
        table.rows.append([lessons.get(stop["last_lesson_key"], _("(before the first lesson)")),
                           titles.get(stop["course_key"], "—"),
                           _small(stop["n"], scope)])
    return table


def _small(n, scope):
    return SUPPRESSED if scope.national and n < SUPPRESS_BELOW else n


def _quizzes(scope, filters, course_names):
    from quizzes.constants import QuizRole
    from quizzes.models import QuizPage

    stats = list(LearnerQuizStat.objects.filter(
        filters.learner_q(scope, period_field="first_submitted_at"),
        filters.course_q()).values("quiz_key", "role", "course_key").annotate(
        learners=Count("id"), passed=Count("id", filter=Q(passed=True)),
        attempts=Sum("attempts"), best=Avg("best_score")).order_by("quiz_key"))
    titles = _titles(QuizPage, {s["quiz_key"] for s in stats})
    roles = dict(QuizRole.choices)
    table = Table("quizzes", _("Quiz pass rates"),
                  [_("Quiz"), _("Course"), _("Kind"), _("Learners"), _("Passed"), _("Pass rate"),
                   _("Attempts"), _("Average best score")], chart={"value": 5, "max": 100})
    for s in sorted(stats, key=lambda s: (course_names.get(s["course_key"], ""),
                                          titles.get(s["quiz_key"], ""))):
        if scope.national and s["learners"] < SUPPRESS_BELOW:
            figures = [SUPPRESSED] * 5
        else:
            figures = [s["learners"], s["passed"], Rate.of(s["passed"], s["learners"]),
                       s["attempts"], Rate(round(float(s["best"]), 1) if s["best"] is not None
                                           else None)]
        table.rows.append([titles.get(s["quiz_key"], "—"), course_names.get(s["course_key"], "—"),
                           str(roles.get(s["role"], "")), *figures])
    return table


def _gain(scope, titles, per_place):
    """Summed from the per-place counts: no scan of its own."""
    sums = defaultdict(lambda: [0, 0, 0])
    for row in per_place:
        if row["gain_n"]:
            total = sums[row["course_key"]]
            total[0] += row["gain_n"]
            total[1] += row["gain_pre"]
            total[2] += row["gain_post"]
    stats = [{"course_key": k, "n": n, "pre": pre / n, "post": post / n}
             for k, (n, pre, post) in sums.items()]
    table = Table("gain", _("Knowledge gain (pre-test and post-test)"),
                  [_("Course"), _("Learners with both tests"), _("Average pre-test score"),
                   _("Average post-test score"), _("Gain (points)")], chart={"value": 4},
                  note=_("First pre-test attempt against best post-test attempt."))
    for s in stats:
        if scope.national and s["n"] < SUPPRESS_BELOW:
            table.rows.append([titles.get(s["course_key"], "—"), *[SUPPRESSED] * 4])
            continue
        pre, post = float(s["pre"]), float(s["post"])
        table.rows.append([titles.get(s["course_key"], "—"), s["n"], Rate(round(pre, 1)),
                           Rate(round(post, 1)), round(post - pre, 1)])
    return table


def _questions(scope, filters):
    """The questions answered wrongly most often, and the protocol clauses behind them."""
    from protocols.models import ClauseRecord
    from quizzes.models import Question

    q = Q() if filters.everything(scope) else Q(institution_id__in=filters.unit_ids(scope))
    if filters.date_from:
        q &= Q(month__gte=filters.date_from.replace(day=1))
    if filters.date_to:
        q &= Q(month__lte=filters.date_to)
    per_kind = list(QuestionStat.objects.filter(q).values("question_key", "institution__kind")
                    .annotate(answered=Sum("answered"), wrong=Sum("wrong")))
    totals = defaultdict(lambda: [0, 0])
    kinds = defaultdict(dict)
    for row in per_kind:
        totals[row["question_key"]][0] += row["answered"]
        totals[row["question_key"]][1] += row["wrong"]
        kinds[row["question_key"]][row["institution__kind"]] = (row["answered"], row["wrong"])
    top = sorted((k for k, (answered, _w) in totals.items() if answered),
                 key=lambda k: (-totals[k][1] / totals[k][0], -totals[k][0]))[:10]
    questions = prefer_language(Question.objects.filter(translation_key__in=top)
                                .select_related("locale"), key=lambda o: o.translation_key)
    clause_ids = {c for question in questions.values() for c in (question.clause_ids or [])}
    clauses = {}
    if clause_ids:
        records = ClauseRecord.objects.filter(clause_id__in=clause_ids).select_related(
            "locale", "page")
        clauses = {str(k): f"{r.page.title}, {r.number} {r.section}".strip() for k, r in
                   prefer_language(records, key=lambda r: r.clause_id).items()}
    kind_labels = dict(InstitutionKind.choices)
    table = Table("questions", _("Most-missed questions and the clauses behind them"),
                  [_("Question"), _("Answered"), _("Answered wrongly"), _("Wrong (%)"),
                   _("Wrong (%) by kind of institution"), _("Protocol clauses")],
                  chart={"value": 3, "max": 100},
                  note=_("Counted by month of the attempt; the profession and language filters "
                         "do not apply to this table."))
    for key in top:
        answered, wrong = totals[key]
        question = questions.get(key)
        by_kind = "; ".join(
            f"{kind_labels.get(kind, kind)} {Rate.of(w, a)}" if not (scope.national and a <
                                                                     SUPPRESS_BELOW)
            else f"{kind_labels.get(kind, kind)} {SUPPRESSED}"
            for kind, (a, w) in sorted(kinds[key].items(), key=lambda kv: str(kv[0])))
        linked = "; ".join(clauses.get(str(c), "") for c in (question.clause_ids or [])
                           if str(c) in clauses) if question else ""
        if scope.national and answered < SUPPRESS_BELOW:
            figures = [SUPPRESSED] * 3
        else:
            figures = [answered, wrong, Rate.of(wrong, answered)]
        table.rows.append([question.prompt if question else "—", *figures, by_kind,
                           linked or "—"])
    return table


def _acknowledgements(scope, filters):
    """Share of the scope's learners who acknowledged each protocol's current version."""
    from django.db.models import Max

    from institutions.constants import MembershipStatus
    from institutions.models import Membership
    from protocols.models import ProtocolAcknowledgement, ProtocolPage, ProtocolVersion

    place = Q() if filters.everything(scope) else Q(institution_id__in=filters.unit_ids(scope))
    people = Membership.objects.filter(place, status=MembershipStatus.ACTIVE)
    if filters.profession:
        people = people.filter(user__profile__profession=filters.profession)
    if filters.language:
        people = people.filter(user__profile__preferred_language=filters.language)
    learners = people.count()
    current = dict(ProtocolVersion.objects.values("translation_key")
                   .annotate(n=Max("number")).values_list("translation_key", "n"))
    table = Table("acknowledgements",
                  _("Protocol acknowledgement (current version)"),
                  [_("Protocol"), _("Version"), _("Learners"), _("Acknowledged"), _("Coverage")],
                  chart={"value": 4, "max": 100},
                  note=_("Everyone currently in these units, whenever they acknowledged: the "
                         "period and course filters do not apply to this table."))
    if not current:
        return table
    versions = Q()
    for key, number in current.items():
        versions |= Q(translation_key=key, version=number)
    acknowledged = dict(ProtocolAcknowledgement.objects.filter(
        versions, user__in=people.values("user_id")).values("translation_key")
        .annotate(n=Count("user_id", distinct=True)).values_list("translation_key", "n"))
    titles = _titles(ProtocolPage, list(current))
    for key, title in sorted(titles.items(), key=lambda kv: kv[1]):
        n = acknowledged.get(key, 0)
        if scope.national and learners < SUPPRESS_BELOW:
            table.rows.append([title, current[key], *[SUPPRESSED] * 3])
        else:
            table.rows.append([title, current[key], learners, n, Rate.of(n, learners)])
    return table


# --- learners (institution administrators only) ---------------------------------

def learner_rows(scope, filters, *, status=""):
    """Learner-level rows of the scope (never for a national scope)."""
    if scope.national:
        return LearnerCourseStat.objects.none()
    q = filters.learner_q(scope) & filters.course_q() & Q(user__isnull=False)
    if status in LearnerStatus.values:
        q &= learner_status_q(status, today=_today())
    return (LearnerCourseStat.objects.filter(q)
            .select_related("user", "user__profile")
            .order_by("institution_id", "user__profile__full_name", "user_id", "course_key"))


def learner_columns():
    return [_("Name"), _("Email"), _("Unit"), _("Profession"), _("Course"), _("Status"),
            _("Progress"), _("Due date"), _("Completed on"), _("Pre-test"), _("Post-test")]


def learner_cells(row, scope, titles, today=None):
    profile = getattr(row.user, "profile", None)
    institution = scope.by_id.get(row.institution_id)
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
