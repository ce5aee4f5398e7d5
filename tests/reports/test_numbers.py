"""Dashboard figures equal counts made independently, here, from the rows that were written."""
import random
from collections import Counter

import pytest
from django.utils import timezone

from accounts.constants import Profession
from reports.cells import SUPPRESSED, Rate
from reports.selectors import Filters, report_scope
from reports.tables import dashboard_tables
from tests.reports.conftest import rebuild, seed_learners

pytestmark = pytest.mark.django_db


def _table(tables, key):
    return next(t for t in tables if t.key == key)


def _expected(enrolments):
    today = timezone.localdate()
    c = Counter()
    for e in enrolments:
        c["enrolled"] += 1
        c["assigned"] += e["assigned"]
        c["completed"] += e["completed_at"] is not None
        c["assigned_completed"] += e["assigned"] and e["completed_at"] is not None
        c["overdue"] += bool(e["assigned"] and e["due"] < today and e["completed_at"] is None)
    return [c["enrolled"], c["assigned"], c["completed"], Rate.of(c["completed"], c["enrolled"]),
            Rate.of(c["assigned_completed"], c["assigned"]), c["overdue"]]


@pytest.fixture
def seeded(report_world):
    w = report_world
    units = [w["almaty"], w["almaty_medeu"], w["astana"], w["astana_yesil"]]
    data = seed_learners(units, w["courses"], 120, rng=random.Random(11))
    rebuild()
    return w, data


def test_institution_dashboard_matches_raw_rows(seeded):
    w, data = seeded
    scope = report_scope(w["admin_a"])
    tables = dashboard_tables(scope, Filters())
    mine = [e for e in data.enrolments if e["unit"].path.startswith(w["almaty"].path)]
    assert mine and len(mine) < len(data.enrolments)

    courses = _table(tables, "courses")
    for course in w["courses"]:
        row = next(r for r in courses.rows if r[0] == course.title)
        assert row[1:] == _expected([e for e in mine if e["course"] == course.translation_key])
    assert [value for _label, value in _table(tables, "summary").rows] == _expected(mine)

    # Roll-up: the Almaty department includes its Medeu district.
    units = _table(tables, "units")
    assert len(units.rows) == 1
    assert units.rows[0][1:] == _expected(mine)
    matrix = _table(tables, "unit_courses")
    assert matrix.rows == [
        [w["almaty"].name, course.title,
         *_expected([e for e in mine if e["course"] == course.translation_key])]
        for course in sorted(w["courses"], key=lambda c: c.title)]
    drilled = dashboard_tables(scope, Filters(unit=w["almaty"]), only={"units"})[0]
    assert [str(r[0]) for r in drilled.rows] == [w["almaty_medeu"].name]
    assert drilled.rows[0][1:] == _expected([e for e in mine if e["unit"] == w["almaty_medeu"]])

    professions = _table(tables, "professions")
    code_of = {str(label): code for code, label in Profession.choices}
    assert len(professions.rows) == len({e["profession"] for e in mine})
    for row in professions.rows:
        assert row[1:] == _expected([e for e in mine if e["profession"] == code_of[row[0]]])

    trend = _table(tables, "trend")
    by_month = Counter(timezone.localtime(e["completed_at"]).strftime("%Y-%m") for e in mine
                       if e["completed_at"])
    assert {r[0]: r[2] for r in trend.rows if r[2]} == dict(by_month)


def test_filters_narrow_the_figures(seeded):
    w, data = seeded
    scope = report_scope(w["admin_a"])
    course = w["courses"][1]
    since = timezone.localdate() - timezone.timedelta(days=120)
    tables = dashboard_tables(scope, Filters(course_key=course.translation_key, date_from=since,
                                             profession="psychologist", language="kk"),
                              only={"courses"})
    expected = [e for e in data.enrolments if e["unit"].path.startswith(w["almaty"].path)
                and e["course"] == course.translation_key and e["profession"] == "psychologist"
                and e["language"] == "kk"
                and timezone.localtime(e["enrolled_at"]).date() >= since]
    rows = tables[0].rows
    if expected:
        assert rows == [[course.title, *_expected(expected)]]
    else:
        assert rows == []


def test_national_dashboard_sums_everyone_and_suppresses_small_cells(seeded):
    w, data = seeded
    scope = report_scope(w["national"])
    assert scope.national
    tables = dashboard_tables(scope, Filters())
    courses = _table(tables, "courses")
    for course in w["courses"]:
        expected = _expected([e for e in data.enrolments if e["course"] == course.translation_key])
        row = next(r for r in courses.rows if r[0] == course.title)
        assert row[1:] == (expected if expected[0] >= 5 else [SUPPRESSED] * 6)
    sexes = _table(tables, "sexes")
    counts = Counter(e["sex"] for e in data.enrolments)
    assert len(sexes.rows) == len(counts)
    for row in sexes.rows:
        assert row[1] in counts.values()
    # A breakdown cell under five learners is shown as "<5", never as its number.
    small = dashboard_tables(scope, Filters(unit=w["ministry"], profession="psychologist",
                                            language="en",
                                            course_key=w["courses"][0].translation_key),
                             only={"units"})[0]
    assert small.rows
    assert all(row[1] is SUPPRESSED or row[1] >= 5 for row in small.rows)
    assert any(row[1] is SUPPRESSED for row in small.rows)


def test_quiz_gain_question_and_acknowledgement_figures_match_raw_rows():
    """On the demo's generated learners: the national figures against the raw attempts,
    answers and acknowledgements."""
    from collections import defaultdict

    from django.contrib.auth import get_user_model

    from academy.base.demo import demo_load
    from protocols.models import ProtocolAcknowledgement, ProtocolPage
    from quizzes.models import Attempt, AttemptAnswer, QuizPage

    demo_load()
    national = get_user_model().objects.get(email="national@academy.example")
    scope = report_scope(national)
    tables = {t.key: t for t in dashboard_tables(scope, Filters())}

    attempts = Attempt.objects.filter(status="submitted", institution__isnull=False,
                                      user__memberships__status="active")
    per_quiz = defaultdict(lambda: {"users": set(), "passed": set(), "attempts": 0})
    for a in attempts:
        per_quiz[a.quiz_key]["users"].add(a.user_id)
        per_quiz[a.quiz_key]["attempts"] += 1
        if a.passed:
            per_quiz[a.quiz_key]["passed"].add(a.user_id)
    titles = {q.translation_key: q.title for q in QuizPage.objects.filter(locale__language_code="en")}
    assert len(tables["quizzes"].rows) == len(per_quiz)
    for key, q in per_quiz.items():
        matches = [row for row in tables["quizzes"].rows if row[0] == titles[key]
                   and row[3] == len(q["users"])]
        assert matches, titles[key]
        assert matches[0][4] == len(q["passed"]) and matches[0][6] == q["attempts"]

    # Knowledge gain: first pre-test attempt against best post-test attempt, per learner.
    roles = {q.translation_key: q.role for q in QuizPage.objects.all()}
    pre, post = {}, {}
    for a in attempts.order_by("number"):
        pair = (a.user_id, a.course_key)
        if roles[a.quiz_key] == "pre_test":
            pre.setdefault(pair, float(a.score))
        elif roles[a.quiz_key] == "post_test":
            post[pair] = max(post.get(pair, 0), float(a.score))
    both = [p for p in pre if p in post]
    (gain,) = tables["gain"].rows
    assert gain[1] == len(both)
    assert gain[4] == round(sum(post[p] for p in both) / len(both)
                            - sum(pre[p] for p in both) / len(both), 1)

    # Most-missed: the top question's counts are its marked answers.
    top = tables["questions"].rows[0]
    answers = AttemptAnswer.objects.filter(correct__isnull=False, institution__isnull=False)
    counts = defaultdict(lambda: [0, 0])
    for question_key, correct in answers.values_list("question_key", "correct"):
        counts[question_key][0] += 1
        counts[question_key][1] += not correct
    worst = max(counts.values(), key=lambda c: (c[1] / c[0], c[0]))
    assert [top[1], top[2]] == worst

    # Acknowledgement coverage of each protocol's current version.
    from institutions.models import Membership

    learners = Membership.objects.filter(status="active").count()
    for row in tables["acknowledgements"].rows:
        page = ProtocolPage.objects.get(title=row[0], locale__language_code="en")
        n = ProtocolAcknowledgement.objects.filter(
            translation_key=page.translation_key, version=row[1],
            user__memberships__status="active").values("user").distinct().count()
        assert row[2:4] == [learners, n]


def test_suppression_counts_learners_not_enrolments(report_world):
    """Three learners in two courses each (six enrolments) are still fewer than five."""
    from courses.models import Enrolment
    from reports.services import learner_stats_rebuild
    from tests.factories import make_learner

    w = report_world
    for n in range(3):
        learner = make_learner(w["astana_yesil"], email=f"few{n}@example.org")
        for course in w["courses"]:
            Enrolment.objects.create(user=learner, course_key=course.translation_key)
    for n in range(5):
        learner = make_learner(w["almaty_medeu"], email=f"five{n}@example.org")
        Enrolment.objects.create(user=learner, course_key=w["courses"][0].translation_key)
    learner_stats_rebuild()
    scope = report_scope(w["national"])
    units = {str(r[0]): r for r in dashboard_tables(scope, Filters(unit=w["ministry"]),
                                                    only={"units"})[0].rows}
    assert units[w["astana"].name][1:] == [SUPPRESSED] * 6
    assert units[w["almaty"].name][1] == 5
    languages = dashboard_tables(scope, Filters(), only={"languages"})[0].rows
    assert languages == [["Russian", 11, 0, 0, Rate.of(0, 11), Rate(None), 0]]
