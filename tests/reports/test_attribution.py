"""Where a learner who moves is counted: training delivered stays with the unit that
trained them, staff coverage follows them (reports.constants.Basis).

A learner of unit A (Almaty, Medeu) enrols, answers a quiz and completes a course there,
then moves to unit B (Astana, Yesil) through the membership services. Everything runs
through the services and the events they send, as in production.
"""
import pytest
from django.urls import reverse

from courses.services import course_enrol
from institutions.services import membership_approve, membership_request
from quizzes.services import attempt_start, attempt_submit
from reports.constants import Basis
from reports.models import LearnerCourseStat, QuestionStat
from reports.selectors import Filters, learner_rows, report_scope
from reports.tables import dashboard_tables
from tests.factories import complete_course, make_learner, make_question, make_quiz

from .conftest import rebuild
from .test_rollups import _answers, snapshot

pytestmark = pytest.mark.django_db

FIGURES = ("summary", "courses", "units", "quizzes", "questions", "trend")


@pytest.fixture
def moved(report_world, django_capture_on_commit_callbacks):
    w = report_world
    course = w["courses"][0]
    quiz = make_quiz(course, [make_question(prompt="Is a hymen examination evidence of rape?",
                                            options=(("Yes", False), ("No", True)))],
                     title="Final check", pass_mark=50)
    with django_capture_on_commit_callbacks(execute=True):
        mover = make_learner(w["almaty_medeu"], email="mover@example.org")
        course_enrol(user=mover, course=course)
        attempt = attempt_start(user=mover, quiz=quiz, course_key=course.translation_key)
        attempt_submit(attempt=attempt, answers=_answers(attempt, False))
        attempt = attempt_start(user=mover, quiz=quiz, course_key=course.translation_key)
        attempt_submit(attempt=attempt, answers=_answers(attempt, True))
        complete_course(mover, course)
    with django_capture_on_commit_callbacks(execute=True):
        request = membership_request(user=mover, institution=w["astana_yesil"])
        membership_approve(membership=request, approver=w["admin_b"])
    return {**w, "mover": mover, "course": course, "quiz": quiz}


def _figures(admin, basis):
    scope = report_scope(admin)
    tables = {t.key: t for t in dashboard_tables(scope, Filters(basis=basis), only=set(FIGURES))}
    summary = dict(tables["summary"].rows)
    return {
        "enrolled": summary["Enrolled"],
        "completed": summary["Completed"],
        "quiz learners": sum(row[3] for row in tables["quizzes"].rows),
        "answers": sum(row[1] for row in tables["questions"].rows),
        "wrong answers": sum(row[2] for row in tables["questions"].rows),
        "completed by month": sum(row[2] for row in tables["trend"].rows),
        "bases": {key: t.basis for key, t in tables.items()},
    }


def test_delivered_stays_coverage_follows(moved):
    w = moved
    stat = LearnerCourseStat.objects.get(user=w["mover"])
    assert (stat.institution_id, stat.member_institution_id) == (w["almaty_medeu"].pk,
                                                                  w["astana_yesil"].pk)
    a_delivered = _figures(w["admin_a"], Basis.DELIVERED)
    b_delivered = _figures(w["admin_b"], Basis.DELIVERED)
    a_staff = _figures(w["admin_a"], Basis.STAFF)
    b_staff = _figures(w["admin_b"], Basis.STAFF)

    trained = {"enrolled": 1, "completed": 1, "quiz learners": 1, "completed by month": 1}
    nothing = dict.fromkeys(trained, 0)
    # A delivered the training: it keeps it. B has the person now: it covers them.
    assert {k: a_delivered[k] for k in trained} == trained
    assert {k: b_delivered[k] for k in trained} == nothing
    assert {k: b_staff[k] for k in trained} == trained
    assert {k: a_staff[k] for k in trained} == nothing
    # Answers are counted where they were given, whatever the basis: with A's delivered view.
    for figures in (a_delivered, a_staff):
        assert (figures["answers"], figures["wrong answers"]) == (2, 1)
    for figures in (b_delivered, b_staff):
        assert (figures["answers"], figures["wrong answers"]) == (0, 0)
    assert set(QuestionStat.objects.values_list("institution_id", flat=True)) == {
        w["almaty_medeu"].pk}
    # Each table says which it counts.
    assert a_delivered["bases"] == {**dict.fromkeys(FIGURES, "training delivered")}
    assert b_staff["bases"] == {**dict.fromkeys(FIGURES, "staff coverage"),
                                "questions": "training delivered"}


def test_learner_list_is_of_the_people_there_now(moved):
    w = moved
    listed = {
        key: {row.user_id for row in learner_rows(report_scope(w[key]), Filters(basis=basis))}
        for key in ("admin_a", "admin_b") for basis in Basis.values}
    assert listed == {"admin_a": set(), "admin_b": {w["mover"].pk}}


def test_rebuilt_rows_place_the_mover_the_same(moved):
    incremental = snapshot()
    rebuild()
    assert snapshot() == incremental


def test_pages_say_which_they_count(moved, client):
    w = moved
    client.force_login(w["admin_a"])
    page = client.get(reverse("reports:dashboard")).content.decode()
    assert "At a glance: training delivered" in page
    assert "Training delivered." in page
    assert "mover@example.org" not in client.get(reverse("reports:learners")).content.decode()
    page = client.get(reverse("reports:dashboard"), {"basis": "staff"}).content.decode()
    assert "At a glance: staff coverage" in page
    # Answers are counted where they were given, whatever the basis chosen.
    page = client.get(reverse("reports:figure", args=["questions"]),
                      {"basis": "staff"}).content.decode()
    assert "Most-missed questions and the clauses behind them: training delivered" in page

    client.force_login(w["admin_b"])
    learners = client.get(reverse("reports:learners")).content.decode()
    assert "mover@example.org" in learners and "Staff coverage." in learners
    bad = client.get(reverse("reports:dashboard"), {"basis": "everyone"})
    assert bad.status_code == 200
    assert "Select a valid choice" in bad.content.decode()
