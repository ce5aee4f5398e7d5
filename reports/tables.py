"""The figures of the completion reports: every dashboard table, from the roll-up rows, for
a scope and filters; national figures are kept a few minutes (national_tables)."""
import datetime
import operator
from collections import defaultdict
from functools import reduce

from django.conf import settings
from django.db.models import Count, F, Q, Sum
from django.utils import timezone
from django.utils.translation import gettext as _

from academy.base.i18n import language_choices
from accounts.constants import Profession, Sex
from courses.constants import LearnerStatus
from courses.status import learner_status_q
from institutions.constants import InstitutionKind, Region
from institutions.models import Institution

from .cells import SUPPRESSED, Link, Rate, Table
from .constants import SUPPRESS_BELOW, Basis
from .learning_tables import _acknowledgements, _gain, _questions, _quizzes, _small
from .models import LearnerCourseStat
from .selectors import _titles, _today, course_titles

STEPLEN = Institution.steplen


# Query parameters that change how a page is laid out, not its figures (`open`: which
# folded table the currency page opens).
LAYOUT_PARAMETERS = {"open"}


# National figures describe 100,000 learners: computing them takes about half a second
# (see bench/reports.py), so they are kept for a few minutes, shared by every national
# administrator, and the default view is refreshed ahead of time by a beat task.
def _national_cache_key(query, language, today, report="dashboard"):
    import hashlib

    canonical = "&".join(sorted(f"{k}={v}" for k, values in query.lists() for v in values
                                if v != "" and k not in LAYOUT_PARAMETERS))
    digest = hashlib.sha1(f"{report}|{language}|{today}|{canonical}".encode()).hexdigest()
    return f"academy:reports:national:{digest}"


def national_tables(scope, filters, query, *, titles=None, refresh=False, compute=None):
    """(tables, as_of) for a national scope: from the cache, or computed and kept.

    `refresh` computes and keeps them whatever the cache holds (beat warms the default view).
    `compute` is the report's function (scope, filters, titles=...) -> tables: the
    dashboard's by default.
    """
    from django.core.cache import cache
    from django.utils.translation import get_language

    seconds = settings.REPORTS_NATIONAL_CACHE_SECONDS
    report = compute.__name__ if compute else "dashboard"
    compute = compute or (lambda scope, filters, titles: dashboard_tables(
        scope, filters, query=query, titles=titles))
    key = _national_cache_key(query, get_language(), _today(), report=report)
    if seconds and not refresh:
        hit = cache.get(key)
        if hit is not None:
            return hit
    result = (compute(scope, filters, titles=titles), timezone.now())
    if seconds:
        cache.set(key, result, seconds)
    return result


# --- the figures -----------------------------------------------------------------

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
    rows = LearnerCourseStat.objects.filter(filters.learner_q(scope), filters.course_q()
                                            ).annotate(place=F(f"{filters.place}_id"))
    titles = course_titles() if titles is None else titles
    tables = []
    per_place, courses = None, None

    if any(want(key) for key in ("summary", "courses", "units", "unit_courses", "regions",
                                 "kinds", "gain")):
        per_place = list(rows.values("place", "course_key").annotate(
            **_counts(), **_national_counts(scope), **(_gain_sums() if want("gain") else {})))
        by_course = defaultdict(lambda: dict(_ZERO))
        by_institution = defaultdict(lambda: dict(_ZERO))
        for row in per_place:
            _add(by_course[row["course_key"]], row)
            _add(by_institution[row["place"]], row)
        courses = len(by_course)
        if scope.national:
            # Learner counts decide suppression only, which only national views apply.
            places = [{"place": pk, "n_learners": _learners_floor(c["with_user"], courses)}
                      for pk, c in by_institution.items()]
            _learners_exact(rows, places, ["place"])
            for place in places:
                by_institution[place["place"]]["learners"] = place["n_learners"]
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
                 dict(language_choices()))):
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
    for table in tables:
        table.basis = str(Basis(_BASIS_OF.get(table.key, filters.basis)).label)
    return tables


# Tables that count one way whatever the filter says: answers are counted where they were
# given; acknowledgement is a share of the people in the units now.
_BASIS_OF = {"questions": Basis.DELIVERED, "acknowledgements": Basis.STAFF}


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
        child = owner.get(row["place"])
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
