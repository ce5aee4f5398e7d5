"""Completion reports at scale: 500 institutions, 100,000 learners, 20 courses, about
2,000,000 lesson-progress rows. Needs PostgreSQL and a fresh database: `make bench-reports`.

Targets: institution dashboard < 100 ms, national dashboard < 300 ms (median), query counts
flat (the same for a district as for a ministry), CSV export of 100,000 learner rows < 30 s
and < 200 MB."""

import math
import os
import re
import resource
import statistics
import tempfile
import time
import tracemalloc
import uuid

from django.contrib.auth import get_user_model
from django.db import connection, transaction
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation

from accounts.models import Profile
from courses.models import CourseOutline, Enrolment, LessonProgress
from institutions.models import Institution, Membership, Role
from reports.export_jobs import export_file_write, export_rows
from reports.models import LearnerCourseStat
from reports.selectors import Filters, course_titles, report_scope
from reports.services import learner_stats_rebuild, question_stats_rebuild

ROOTS, REGIONS_PER_ROOT, DISTRICTS_PER_REGION = 5, 9, 10  # 5 + 45 + 450 = 500 institutions
LEARNERS = 100_000
COURSES = 20
SYNTHETIC_LESSONS = 14  # lessons of each course that has no demo page (about 2M rows in all)
RUNS = 20
FLAT_RUNS = 5
URL = "/en/reports/"
TARGETS = {"institution": 100, "national": 300}  # ms, median
EXPORT_TARGET_S, EXPORT_TARGET_MB = 30, 200

KINDS = ["police", "prosecution", "court", "health", "social"]
REGIONS = ["almaty", "astana", "shymkent", "karaganda", "turkistan", "pavlodar", "aktobe",
           "atyrau", "kostanay"]
PROFESSIONS = ["police_investigator", "district_police", "patrol_police", "juvenile_inspector",
               "prosecutor", "judge", "forensic_expert", "doctor", "nurse", "psychologist",
               "social_worker", "crisis_centre", "other"]
SURNAMES = ["Ахметова", "Бекова", "Смагулова", "Иванова", "Нурланова", "Жумабаева", "Ким",
            "Omarova", "Сейткали", "Петрова", "Абдрахманова", "Тулегенова"]
GIVEN = ["Айгерим", "Динара", "Асель", "Мария", "Гульнара", "Анна", "Жанар", "Aliya",
         "Сауле", "Елена", "Мадина"]


# --- seeding ---------------------------------------------------------------------

def _tree():
    """5 ministries × 9 regional departments × 10 district units, bulk-created."""
    rows = []
    first = Institution.get_root_nodes().count()  # the demo's tree is already there
    for r in range(1, ROOTS + 1):
        kind = KINDS[(r - 1) % len(KINDS)]
        root_path = Institution._get_path(None, 1, first + r)
        rows.append(Institution(path=root_path, depth=1, numchild=REGIONS_PER_ROOT,
                                code=f"RB{r}", name_en=f"Ministry {r}",
                                name_ru=f"Министерство {r}", name_kk=f"Министрлік {r}",
                                kind=kind, region=""))
        for g in range(1, REGIONS_PER_ROOT + 1):
            region = REGIONS[(g - 1) % len(REGIONS)]
            region_path = Institution._get_path(root_path, 2, g)
            rows.append(Institution(path=region_path, depth=2, numchild=DISTRICTS_PER_REGION,
                                    code=f"RB{r}-R{g}", name_en=f"Department {r}.{g}",
                                    name_ru=f"Департамент {r}.{g}", name_kk=f"Департамент {r}.{g}",
                                    kind=kind, region=region))
            for d in range(1, DISTRICTS_PER_REGION + 1):
                rows.append(Institution(path=Institution._get_path(region_path, 3, d), depth=3,
                                        numchild=0, code=f"RB{r}-R{g}-D{d}",
                                        name_en=f"District unit {r}.{g}.{d}",
                                        name_ru=f"Районное управление {r}.{g}.{d}",
                                        name_kk=f"Аудандық басқарма {r}.{g}.{d}",
                                        kind=kind, region=region))
    Institution.objects.bulk_create(rows, batch_size=1000)


def _courses():
    """[(key, [lesson keys])] for 20 courses: the demo's (with titles and outlines) first,
    then courses known only by their keys (no page, so no title in the report)."""
    titles = course_titles()
    outlines = {o.course_key: o for o in CourseOutline.objects.filter(course_key__in=titles)}
    courses = [(key, [uuid.UUID(str(k)) for k in outlines[key].required_keys])
               for key in titles if key in outlines and outlines[key].required_keys]
    for i in range(len(courses) + 1, COURSES + 1):
        key = uuid.uuid5(uuid.NAMESPACE_URL, f"bench-reports/course/{i}")
        courses.append((key, [uuid.uuid5(key, f"lesson/{j}")
                              for j in range(1, SYNTHETIC_LESSONS + 1)]))
    return courses[:COURSES]


# Learner n: district n mod 450 (so one unit's rows are spread over the whole table, as they
# are when people join over years), course 1 plus two of courses 2–20; an enrolment's
# pseudo-random r (0–999) decides its fate: < 200 not started, < 550 in progress, else done.
_SEED_SQL = [
    """
    INSERT INTO accounts_user (password, is_superuser, first_name, last_name, is_staff,
                               is_active, date_joined, email)
    SELECT '!bench', false, '', '', false, true,
           now() - make_interval(days => 560 + mod(n, 200)), 'rep-learner-' || n || '@example.org'
    FROM generate_series(0, %(learners)s - 1) AS n
    """,
    """
    CREATE TEMP TABLE bench_learner AS
    SELECT u.id AS user_id, split_part(split_part(u.email, '@', 1), '-', 3)::int AS n,
           u.date_joined
    FROM accounts_user u WHERE u.email LIKE 'rep-learner-%%@example.org'
    """,
    """
    CREATE TEMP TABLE bench_district AS
    SELECT (row_number() OVER (ORDER BY path))::int - 1 AS idx, id
    FROM institutions_institution WHERE code LIKE 'RB%%' AND depth = 3
    """,
    "ALTER TABLE bench_learner ADD COLUMN district_id bigint",
    """
    UPDATE bench_learner l SET district_id = d.id
    FROM bench_district d WHERE d.idx = mod(l.n, (SELECT count(*) FROM bench_district))
    """,
    """
    INSERT INTO accounts_profile (user_id, full_name, profession, position, preferred_language,
                                  sex, year_of_birth, completed_at)
    SELECT user_id,
           (%(surnames)s::text[])[1 + mod(n, array_length(%(surnames)s::text[], 1))] || ' '
           || (%(given)s::text[])[1 + mod(n / 7, array_length(%(given)s::text[], 1))]
           || ' ' || n,
           (%(professions)s::text[])[1 + mod(n * 7, array_length(%(professions)s::text[], 1))],
           'Officer',
           CASE WHEN mod(n, 10) < 4 THEN 'kk' WHEN mod(n, 10) < 9 THEN 'ru' ELSE 'en' END,
           CASE mod(n, 5) WHEN 0 THEN 'male' WHEN 1 THEN 'not_said' ELSE 'female' END,
           1960 + mod(n, 40), date_joined
    FROM bench_learner
    """,
    """
    INSERT INTO institutions_membership (user_id, institution_id, status, requested_at,
                                         started_at)
    SELECT user_id, district_id, 'active', date_joined, date_joined FROM bench_learner
    """,
    """
    CREATE TEMP TABLE bench_enrolment AS
    SELECT e.*,
           CASE WHEN e.r < 200 THEN 0
                WHEN e.r < 550 THEN 1 + mod(e.r * 7, e.lessons - 1)
                ELSE e.lessons END AS touched,
           CASE WHEN e.r < 200 THEN 0
                WHEN e.r < 550 THEN mod(e.r * 7, e.lessons - 1)
                ELSE e.lessons END AS done,
           e.enrolled_at + make_interval(days => mod(e.r, 5), hours => 1) AS started_at
    FROM (
        SELECT l.user_id, l.n, l.district_id, c.idx, c.key, c.lessons, c.lesson_keys,
               mod(l.n::bigint * 2654435761 + c.idx * 7919 + s.slot * 104729, 1000)::int AS r,
               now() - make_interval(days => mod(l.n * 7 + c.idx * 13, 540),
                                     hours => mod(l.n, 24)) AS enrolled_at,
               mod(l.n * 3 + c.idx, 10) < 3 AS assigned
        FROM bench_learner l
        CROSS JOIN LATERAL (VALUES (0, 1), (1, 2 + mod(l.n, 19)),
                                   (2, 2 + mod(mod(l.n, 19) + 1 + mod(l.n / 19, 18), 19)))
                           AS s(slot, idx)
        JOIN bench_course c ON c.idx = s.idx
    ) e
    """,
    """
    INSERT INTO courses_enrolment (user_id, course_key, source, enrolled_at, due_date,
                                   institution_id)
    SELECT user_id, key, CASE WHEN assigned THEN 'assigned' ELSE 'self' END, enrolled_at,
           CASE WHEN assigned THEN (enrolled_at + interval '45 days')::date END, district_id
    FROM bench_enrolment ORDER BY n, idx
    """,
    """
    INSERT INTO courses_courseprogress (user_id, course_key, lessons_completed, lessons_required,
                                        percent, last_lesson_key, started_at, last_activity_at,
                                        completed_at, completed_revision, institution_id)
    SELECT user_id, key, done, lessons, done * 100 / lessons, lesson_keys[touched], started_at,
           LEAST(now(), started_at + make_interval(hours => touched)),
           CASE WHEN done = lessons THEN LEAST(now(), started_at + make_interval(hours => done))
           END,
           CASE WHEN done = lessons THEN 1 END,
           CASE WHEN done = lessons THEN district_id END
    FROM bench_enrolment WHERE touched > 0 ORDER BY n, idx
    """,
    """
    INSERT INTO courses_lessonprogress (user_id, lesson_key, course_key, started_at,
                                        completed_at)
    SELECT e.user_id, e.lesson_keys[j], e.key,
           LEAST(now(), e.started_at + make_interval(hours => j - 1)),
           CASE WHEN j <= e.done THEN LEAST(now(), e.started_at + make_interval(hours => j)) END
    FROM bench_enrolment e CROSS JOIN LATERAL generate_series(1, e.touched) AS j
    ORDER BY e.n, e.idx, j
    """,
    "DROP TABLE bench_enrolment, bench_learner, bench_district, bench_course",
]


def _seed(courses):
    params = {"learners": LEARNERS, "surnames": SURNAMES, "given": GIVEN,
              "professions": PROFESSIONS}
    steps = []
    with transaction.atomic(), connection.cursor() as cursor:
        start = time.perf_counter()
        _tree()
        steps.append(("tree", time.perf_counter() - start))
        cursor.execute("CREATE TEMP TABLE bench_course (idx int, key uuid, lessons int, "
                       "lesson_keys uuid[])")
        cursor.executemany("INSERT INTO bench_course VALUES (%s, %s, %s, %s)",
                           [(i, key, len(lessons), lessons)
                            for i, (key, lessons) in enumerate(courses, start=1)])
        for sql in _SEED_SQL:
            start = time.perf_counter()
            cursor.execute(sql, params)
            steps.append((_step_name(sql), time.perf_counter() - start))
    return steps


def _step_name(sql):
    words = sql.split()
    for marker in ("INTO", "TABLE"):
        if marker in words:
            return f"{words[0].lower()} {words[words.index(marker) + 1].rstrip(',')}"
    return f"{words[0].lower()} {words[1]}"


# --- measuring -------------------------------------------------------------------

def _p95(samples):
    ordered = sorted(samples)
    return ordered[max(0, math.ceil(len(ordered) * 0.95) - 1)]


def _admin(email, *, institutions=(), national=False):
    from allauth.mfa.totp.internal.auth import TOTP

    user = get_user_model().objects.create_user(email=email, password="x" * 12)
    if national:
        Role.objects.create(user=user, kind="national_admin")
    for institution in institutions:
        Role.objects.create(user=user, kind="institution_admin", institution=institution)
    TOTP.activate(user, "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP")  # RequireMFAMiddleware lets it in
    Profile.objects.create(user=user, full_name="Admin", profession="other", position="-",
                           completed_at=timezone.now())
    return user


def _dashboard(user, runs):
    """(median ms, p95 ms, queries, bytes) of the dashboard for `user`, warmed up once."""
    client = Client()
    client.force_login(user)

    def get():
        response = client.get(URL)
        assert response.status_code == 200, response.status_code
        return response

    response = get()
    assert b"<table" in response.content  # the tables were drawn, not an empty scope
    with CaptureQueriesContext(connection) as captured:
        get()
    queries = len(captured)  # now: the next request's reset_queries would empty it
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        get()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples), _p95(samples), queries, len(response.content)


def _sql_split(user):
    """(request ms, SQL ms, [(ms, label)] of the slow queries) of one dashboard request."""
    client = Client()
    client.force_login(user)
    client.get(URL)
    timings = []

    def timed(execute, sql, params, many, context):
        start = time.perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            timings.append(((time.perf_counter() - start) * 1000, sql))

    start = time.perf_counter()
    with connection.execute_wrapper(timed):
        client.get(URL)
    total = (time.perf_counter() - start) * 1000
    slow = [(ms, _label(sql)) for ms, sql in timings if ms >= 5]
    return total, sum(ms for ms, _sql in timings), slow


def _label(sql):
    """A short name for a report query: what it groups by (and which date for a trend)."""
    aliases = re.findall(r'AS "(\w+)"', sql.split(" FROM ")[0])
    label = ",".join(a for a in aliases if not a.startswith("n_") and a != "n")[:40] or "count"
    if label == "month":
        label += "(completed)" if '"completed_at" AT TIME ZONE' in sql[:200] else "(enrolled)"
    return label


def _learners_of(institutions):
    ids = [pk for i in institutions for pk in
           Institution.get_tree(i).values_list("pk", flat=True)]
    return Membership.objects.filter(institution_id__in=ids, status="active").count()


def _current_rss_kb():
    try:  # Linux
        with open("/proc/self/statm") as statm:
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") // 1024
    except OSError:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def _export(user, course_key, *, trace):
    """Write the learners table of course #1 to a temp file as the background task does."""
    scope = report_scope(user)
    filters = Filters(course_key=course_key)
    rss_before = _current_rss_kb()
    maxrss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    if trace:
        tracemalloc.start()
    start = time.perf_counter()
    with translation.override("en"):
        title, columns, rows, total = export_rows(scope, filters, "learners")
        fd, path = tempfile.mkstemp(suffix=".csv", prefix="bench-reports-")
        try:
            with os.fdopen(fd, "wb") as handle:
                export_file_write(handle, fmt="csv", title=title, columns=columns, rows=rows)
            seconds = time.perf_counter() - start
            peak = tracemalloc.get_traced_memory()[1] if trace else None
            if trace:
                tracemalloc.stop()
            size = os.path.getsize(path)
            with open(path, "rb") as handle:
                lines = sum(1 for _ in handle) - 1  # less the header
        finally:
            os.unlink(path)
    maxrss_after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {"total": total, "lines": lines, "seconds": seconds, "size": size, "peak": peak,
            "rss_before": rss_before, "maxrss_before": maxrss_before,
            "maxrss_after": maxrss_after}


def _ok(good):
    return "ok" if good else "MISSED"


def run():
    if connection.vendor != "postgresql":
        print("reports: skipped (needs PostgreSQL: `make bench-reports`)")
        return
    courses = _courses()
    course_one = courses[0][0]
    titles = course_titles()
    titled = sum(1 for key, _lessons in courses if key in titles)

    start = time.perf_counter()
    steps = _seed(courses)
    seeded = time.perf_counter() - start

    start = time.perf_counter()
    learners_rebuilt = learner_stats_rebuild()
    rebuilt = time.perf_counter() - start
    start = time.perf_counter()
    question_stats_rebuild()
    questions_rebuilt = time.perf_counter() - start
    with connection.cursor() as cursor:
        # VACUUM too: as autovacuum would have by now in production (visibility map, hint bits).
        cursor.execute("VACUUM ANALYZE")

    ours = Institution.objects.filter(code__startswith="RB")
    region = ours.get(code="RB1-R1")
    district = ours.get(code="RB1-R1-D1")
    roots = list(ours.filter(depth=1).order_by("path"))
    admins = {
        "district": _admin("bench.district.admin@example.org", institutions=[district]),
        "region": _admin("bench.region.admin@example.org", institutions=[region]),
        "ministry": _admin("bench.ministry.admin@example.org", institutions=roots[:1]),
        "all": _admin("bench.all.admin@example.org", institutions=roots),
        "national": _admin("bench.national.admin@example.org", national=True),
    }

    print(f"reports: {ours.count()} institutions, {LEARNERS:,} learners, {len(courses)} courses "
          f"({titled} with a demo page and title; the course table lists only those), "
          f"{Enrolment.objects.count():,} enrolments, "
          f"{LessonProgress.objects.count():,} lesson-progress rows, "
          f"{LearnerCourseStat.objects.count():,} report rows on {connection.vendor}")
    print(f"  seeded in {seeded:.1f} s: " + ", ".join(f"{name} {s:.1f}" for name, s in steps))
    print(f"  learner_stats_rebuild: {learners_rebuilt:,} learners in {rebuilt:.1f} s "
          f"({rebuilt / max(learners_rebuilt, 1) * 1000:.2f} ms a learner); "
          f"question_stats_rebuild: {questions_rebuilt:.1f} s")
    print("  (no quiz attempts are seeded: the quiz, gain and question tables stay small; "
          f"load average now {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs)")

    print(f"{'dashboard ' + URL:<46}{'learners':>9}{'queries':>8}{'median ms':>11}"
          f"{'p95 ms':>9}{'KB':>6}{'target':>9}")
    results = {}
    for label, key, units, runs, target in (
            ("institution admin, district unit", "district", [district], FLAT_RUNS, None),
            ("institution admin, region dept.", "region", [region], RUNS, "institution"),
            ("institution admin, ministry", "ministry", roots[:1], FLAT_RUNS, None),
            ("institution admin, all 5 ministries", "all", roots, FLAT_RUNS, None),
            ("national admin", "national", None, RUNS, "national")):
        learners = _learners_of(units) if units else Membership.objects.filter(
            status="active").count()
        median, p95, queries, size = _dashboard(admins[key], runs)
        results[key] = (median, p95, queries)
        goal = f"< {TARGETS[target]} ms" if target else ""
        verdict = f" {_ok(median < TARGETS[target])}" if target else ""
        print(f"{label + f' ({runs} runs)':<46}{learners:>9,}{queries:>8}{median:>11.1f}"
              f"{p95:>9.1f}{size // 1024:>6}{goal:>9}{verdict}")
    total, sql, slow = _sql_split(admins["national"])
    print(f"  national dashboard, one request: {total:.0f} ms, of which SQL {sql:.0f} ms; "
          f"queries >= 5 ms: " + ", ".join(f"{label} {ms:.0f}" for ms, label in slow))
    # What national administrators get in production: figures kept for five minutes, the
    # default view recomputed ahead of time by beat (reports.national_warm).
    from django.test import override_settings

    from reports.tasks import national_warm

    with override_settings(REPORTS_NATIONAL_CACHE_SECONDS=300):
        start = time.perf_counter()
        national_warm()
        warm_seconds = time.perf_counter() - start
        median, p95, queries, _size = _dashboard(admins["national"], RUNS)
    print(f"{'national admin, kept figures (' + str(RUNS) + ' runs)':<46}{'':>9}{queries:>8}"
          f"{median:>11.1f}{p95:>9.1f}{'':>6}{'< 300 ms':>9} {_ok(median < TARGETS['national'])}")
    print(f"  reports.national_warm (en, ru, kk): {warm_seconds:.1f} s, every 4 minutes")
    counts = {results[k][2] for k in ("district", "region", "ministry", "all")}
    print(f"  institution dashboard query counts, district → all: "
          f"{', '.join(str(results[k][2]) for k in ('district', 'region', 'ministry', 'all'))}"
          f" ({'flat' if len(counts) == 1 else 'NOT flat'}); national: {results['national'][2]}")

    plain = _export(admins["all"], course_one, trace=False)
    traced = _export(admins["all"], course_one, trace=True)
    mb = 1024 * 1024
    rss_delta = (plain["maxrss_after"] - plain["maxrss_before"]) / 1024
    rss_growth = (plain["maxrss_after"] - plain["rss_before"]) / 1024
    peak_mb = traced["peak"] / mb
    print(f"export: learners of course #1 ({titles.get(course_one, course_one)}), CSV, "
          f"export_rows + export_file_write to a temp file")
    print(f"  rows {plain['total']:,} (lines written {plain['lines']:,}), "
          f"{plain['seconds']:.1f} s (with tracemalloc on: {traced['seconds']:.1f} s), "
          f"file {plain['size'] / mb:.1f} MB")
    print(f"  memory: tracemalloc peak {peak_mb:.1f} MB; ru_maxrss {plain['maxrss_before'] / 1024:.0f}"
          f" → {plain['maxrss_after'] / 1024:.0f} MB (delta {rss_delta:.1f} MB; "
          f"{rss_growth:.1f} MB above the RSS at the start, {plain['rss_before'] / 1024:.0f} MB)")
    print(f"  target: < {EXPORT_TARGET_S} s {_ok(plain['seconds'] < EXPORT_TARGET_S)}, "
          f"< {EXPORT_TARGET_MB} MB {_ok(max(peak_mb, rss_growth) < EXPORT_TARGET_MB)}; "
          f"exactly {LEARNERS:,} rows {_ok(plain['total'] == plain['lines'] == LEARNERS)}")
    print(f"targets: institution dashboard < {TARGETS['institution']} ms, national dashboard "
          f"< {TARGETS['national']} ms (median), query counts flat, export < {EXPORT_TARGET_S} s "
          f"and < {EXPORT_TARGET_MB} MB")
