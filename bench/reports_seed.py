"""The data set of the reports benchmark (bench/reports.py): 500 institutions, 100,000
learners with profiles, memberships, enrolments, progress and lesson rows, written by SQL
in a few statements (PostgreSQL)."""

import time
import uuid

from django.db import connection, transaction

from courses.models import CourseOutline
from institutions.models import Institution
from reports.selectors import course_titles

ROOTS, REGIONS_PER_ROOT, DISTRICTS_PER_REGION = 5, 9, 10  # 5 + 45 + 450 = 500 institutions
LEARNERS = 100_000
COURSES = 20
SYNTHETIC_LESSONS = 14  # lessons of each course that has no demo page (about 2M rows in all)

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
