"""Course, lesson and quiz pages answer through their own routes: a visit records, a CMS
preview only shows. An editor who previews a lesson or a quiz is not enrolled, has no
progress and no attempt."""
import pytest
from django.test import RequestFactory

from courses.models import CourseProgress, Enrolment, LessonProgress
from quizzes.models import Attempt
from tests.factories import course_lessons, make_learner, make_question, make_quiz

pytestmark = pytest.mark.django_db


@pytest.fixture
def pages(course):
    quiz = make_quiz(course, [make_question(prompt="May a victim be asked to re-enact?",
                                            options=(("Yes", False), ("No", True)))],
                     title="Final check")
    return {"course": course, "lesson": course_lessons(course)[0], "quiz": quiz}


def _written(user):
    return {model.__name__: model.objects.filter(user=user).count()
            for model in (Enrolment, LessonProgress, CourseProgress, Attempt)}


@pytest.mark.parametrize("kind", ["course", "lesson", "quiz"])
def test_a_preview_shows_and_writes_nothing(pages, kind, client):
    editor = make_learner(email="editor.preview@example.org")
    client.force_login(editor)  # the preview is made as the signed-in editor, as in the CMS
    cookies = "; ".join(f"{name}={morsel.value}" for name, morsel in client.cookies.items())
    request = RequestFactory().get("/admin/", HTTP_COOKIE=cookies)
    response = pages[kind].specific.make_preview_request(original_request=request)
    assert response.status_code == 200
    assert pages[kind].title in response.content.decode()
    assert set(_written(editor).values()) == {0}


def test_a_visit_records_and_a_post_moves_on(pages, client):
    learner = make_learner(email="visitor@example.org")
    client.force_login(learner)
    lesson, course = pages["lesson"], pages["course"]
    assert client.get(lesson.url).status_code == 200
    assert _written(learner) == {"Enrolment": 1, "LessonProgress": 1, "CourseProgress": 1,
                                 "Attempt": 0}
    next_lesson = course_lessons(course)[1]
    response = client.post(lesson.url, {"next": next_lesson.url})
    assert response.status_code == 302 and response["Location"] == next_lesson.url
    # Only a path on this site: elsewhere, the learner goes back to the course.
    for elsewhere in ("https://evil.example/", "//evil.example/", "/\\evil.example/"):
        response = client.post(lesson.url, {"next": elsewhere})
        assert response["Location"] == course.url, elsewhere
    assert client.post(pages["quiz"].url, {"action": "start"}).status_code == 302
    assert _written(learner)["Attempt"] == 1
