"""A course not yet translated into the reader's language is listed, readable and assignable
from their interface, with a notice saying which language it is in: its pages keep the
reader's language prefix from link to link, instead of a 404 or a switch to English. Its
protocols link to the reader's translation where one exists."""
import re

import pytest

from courses.models import CourseProgress, Enrolment
from protocols.models import ProtocolPage
from tests.factories import (
    course_lessons,
    locale,
    make_admin,
    make_course,
    make_home_page,
    make_learner,
    make_protocol,
    make_question,
    make_quiz,
    make_tree,
    publish,
    republish,
    translate_tree,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def world():
    home = make_home_page()
    protocol = make_protocol(home.get_children().get(slug="protocols").specific)
    translate_tree(home, "kk", {"Protocols": "Хаттамалар", "Courses": "Курстар"})
    kk_protocol = ProtocolPage.objects.get(translation_key=protocol.translation_key,
                                           locale__language_code="kk")
    kk_protocol = republish(kk_protocol, title="Зардап шеккен ересек адамнан жауап алу")
    courses = home.get_children().get(slug="courses").specific  # English: made after
    course = make_course(courses, title="Interviewing survivors")
    course.protocols.add(protocol)
    republish(course)
    make_quiz(course, [make_question()], title="Check", required=False)
    return {"course": course, "protocol": protocol, "kk_protocol": kk_protocol,
            "lessons": course_lessons(course)}


def _links(html):
    return set(re.findall(r'href="(/[^"]*)"', html))


def test_the_kazakh_index_lists_it_after_kazakh_courses_and_links_under_kk(world, client):
    page = client.get("/kk/courses/").content.decode()
    assert "Interviewing survivors" in page
    assert "ағылшын тілінде" in page  # "in English", as a Kazakh reader writes it
    assert "/kk/courses/interviewing-survivors/" in _links(page)
    assert not any(link.startswith("/en/courses/interviewing") for link in _links(page))


def test_a_learner_reads_and_completes_it_from_kk(world, client):
    learner = make_learner(email="kk.reader@example.org")
    client.force_login(learner)
    url = "/kk/courses/interviewing-survivors/"
    page = client.get(url)
    assert page.status_code == 200
    html = page.content.decode()
    assert "Бұл курс сіздің тіліңізге әлі аударылмаған" in html
    assert 'lang="en"' in html
    lesson_links = [link for link in _links(html) if link.startswith(url) and link != url]
    english = {link for link in _links(html)
               if link.startswith("/en/") and "interviewing-survivors" in link}
    assert lesson_links and english == {"/en/courses/interviewing-survivors/"}  # switcher
    # Its protocol in the reader's language, which exists.
    assert "/kk/protocols/" in html and world["kk_protocol"].title in html
    client.post(url)  # enrol
    assert Enrolment.objects.filter(user=learner).exists()
    for lesson in world["lessons"]:
        lesson_url = "/kk/" + lesson.url.split("/", 2)[2]
        assert client.get(lesson_url).status_code == 200
        response = client.post(lesson_url)
        assert response.status_code == 302 and response["Location"].startswith("/kk/")
    progress = CourseProgress.objects.get(user=learner)
    assert progress.completed_at is not None
    quiz = client.get(f"{url}check/")
    assert quiz.status_code == 200 and "Бұл курс" in quiz.content.decode()
    started = client.post(f"{url}check/", {"action": "start"})
    assert started["Location"].startswith("/kk/courses/interviewing-survivors/check/")
    # Her home links to it under /kk/ too.
    home = client.get("/kk/me/").content.decode()
    assert url in _links(home)


def test_an_unknown_slug_is_still_404_and_a_translation_is_not_shadowed(world, client):
    assert client.get("/kk/courses/no-such-course/").status_code == 404
    assert client.get("/kk/courses/interviewing-survivors/no-such-module/").status_code == 404
    kazakh = world["course"].copy_for_translation(locale("kk"))
    kazakh.title = "Зардап шеккендерден жауап алу"
    publish(kazakh)
    page = client.get("/kk/courses/interviewing-survivors/").content.decode()
    assert kazakh.title in page and "әлі аударылмаған" not in page


def test_an_administrator_assigns_it_from_the_kazakh_interface(world, client):
    tree = make_tree()
    admin = make_admin(tree["almaty"], email="kk.admin@example.org")
    make_learner(tree["almaty"], email="staff@example.org")
    client.force_login(admin)
    form = client.get("/kk/manage/assign/").content.decode()
    assert "Interviewing survivors (ағылшын тілінде)" in form
    response = client.post("/kk/manage/assign/", {
        "course": world["course"].pk, "institution": tree["almaty"].pk,
        "due_date": "2027-01-31", "confirm": "1"})
    assert response.status_code == 302
    assert Enrolment.objects.filter(user__email="staff@example.org",
                                    course_key=world["course"].translation_key).exists()
