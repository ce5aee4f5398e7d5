import threading

import pytest
from django.db import connection, connections

from courses.models import CourseProgress, Enrolment, LessonProgress
from courses.services import course_outline_for, lesson_complete
from tests.conftest import require
from tests.factories import course_lessons, make_admin, make_learner, make_tree


@pytest.fixture
def world(course):
    tree = make_tree()
    return {
        **tree,
        "course": course,
        "admin": make_admin(tree["almaty"], email="almaty.admin@example.org"),
        "almaty_member": make_learner(tree["almaty_medeu"], email="medeu@example.org"),
        "astana_member": make_learner(tree["astana_yesil"], email="yesil@example.org"),
    }


@pytest.mark.django_db
def test_admin_assigns_a_course_to_their_subtree_with_a_due_date(client, world):
    client.force_login(world["admin"])
    page = client.get("/en/manage/assign/")
    assert page.status_code == 200
    chosen = {"course": world["course"].pk, "institution": world["almaty"].pk,
              "due_date": "2026-12-31"}
    # First a page naming who will get it; nothing is assigned until it is confirmed.
    confirm = client.post("/en/manage/assign/", chosen)
    assert confirm.status_code == 200 and "2 people affected" in confirm.content.decode()
    assert not Enrolment.objects.exists()
    response = client.post("/en/manage/assign/", {**chosen, "confirm": "1"})
    assert response.status_code == 302
    enrolled = {e.user: e for e in Enrolment.objects.filter(course_key=world["course"].translation_key)}
    assert set(enrolled) == {world["almaty_member"], world["admin"]}  # the admin works there too
    enrolment = enrolled[world["almaty_member"]]
    assert str(enrolment.due_date) == "2026-12-31"
    assert enrolment.source == "assigned" and enrolment.assigned_by == world["admin"]
    assert not Enrolment.objects.filter(user=world["astana_member"]).exists()


@pytest.mark.django_db
def test_admin_cannot_assign_to_someone_outside_their_subtree(client, world):
    client.force_login(world["admin"])
    outsider = world["astana_member"].memberships.get()
    assert client.get(f"/en/manage/assign/?membership={outsider.pk}").status_code == 404
    response = client.post("/en/manage/assign/", {
        "course": world["course"].pk, "membership": outsider.pk, "due_date": "2026-12-31"})
    assert response.status_code == 404
    response = client.post("/en/manage/assign/", {
        "course": world["course"].pk, "institution": world["astana"].pk})
    assert response.status_code == 400  # not a choice for this administrator
    assert not Enrolment.objects.exists()


@pytest.mark.django_db
def test_admin_assigns_to_one_member_from_the_list(client, world):
    client.force_login(world["admin"])
    member = world["almaty_member"].memberships.get()
    response = client.post("/en/manage/assign/", {
        "course": world["course"].pk, "membership": member.pk, "due_date": "2027-01-15"})
    assert response.status_code == 302
    assert Enrolment.objects.get().user == world["almaty_member"]


@pytest.mark.django_db
def test_learner_cannot_assign(client, world):
    client.force_login(world["almaty_member"])
    assert client.get("/en/manage/assign/").status_code == 403


@pytest.mark.django_db(transaction=True)
def test_twenty_concurrent_completions_leave_one_row_and_a_correct_summary(course_index):
    require(connection.vendor == "postgresql", "PostgreSQL (DATABASE_URL) for concurrency")
    from tests.factories import make_course

    course = make_course(course_index, title="Concurrency")
    learner = make_learner()
    lesson = course_lessons(course)[0]
    outline = course_outline_for(course.translation_key)
    barrier = threading.Barrier(20)
    errors = []

    def complete():
        try:
            barrier.wait(timeout=10)
            lesson_complete(user=learner, lesson=lesson, course_key=course.translation_key,
                            outline=outline)
        except Exception as error:  # reported below
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=complete) for _ in range(20)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert errors == []
    assert LessonProgress.objects.filter(user=learner, lesson_key=lesson.translation_key).count() == 1
    summary = CourseProgress.objects.get(user=learner, course_key=course.translation_key)
    assert summary.lessons_completed == 1 and summary.percent == 25
