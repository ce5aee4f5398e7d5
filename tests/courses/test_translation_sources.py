"""A translated course page, quiz or question records which version of its source it
reflects when the translator publishes or saves it; the editors' Translations screen shows
it current, behind (with a link comparing the source's revisions since) or missing."""
import json
import re

import pytest

from academy.base.models import TranslationSource
from courses.models import LessonPage
from quizzes.models import Question
from tests.factories import (
    UserFactory,
    course_lessons,
    give_totp,
    locale,
    make_course,
    make_home_page,
    make_question,
    make_quiz,
    publish,
    translate_tree,
)

pytestmark = pytest.mark.django_db

URL = "/admin/protocol-translations/"


def _status(html, title, language):
    row = re.search(rf'<th scope="row">{re.escape(title)}</th>\s*<td>[^<]*</td>\s*'
                    rf'<td>{language}</td>\s*<td><strong>\S+ (\w+)</strong>(.*?)</td>', html, re.S)
    return (row.group(1), row.group(2)) if row else None


@pytest.fixture
def world():
    home = make_home_page()
    course = make_course(home.get_children().get(slug="courses").specific,
                         modules=[("The room", ["A private room"])])
    question = make_question(prompt="Who chooses the interviewer?")
    make_quiz(course, [question], title="Check", required=False)
    translate_tree(home, "kk", {})  # the translator's copies, published
    kazakh = question.copy_for_translation(locale("kk"))
    kazakh.prompt = "Жауап алушыны кім таңдайды?"
    kazakh.save()
    editor = UserFactory(is_superuser=True, is_staff=True)
    give_totp(editor)
    return {"course": course, "lesson": course_lessons(course)[0], "question": question,
            "kazakh_question": kazakh, "editor": editor}


def test_copies_record_the_source_they_reflect(world):
    lesson = world["lesson"]
    record = TranslationSource.objects.get(translation_key=lesson.translation_key,
                                           locale=locale("kk"))
    assert record.source_fingerprint == str(lesson.live_revision_id)
    assert TranslationSource.objects.filter(translation_key=world["question"].translation_key,
                                            locale=locale("kk")).exists()
    assert not TranslationSource.objects.filter(locale=locale("en")).exists()  # sources


def test_a_changed_source_makes_its_translation_behind_until_updated(world, client):
    client.force_login(world["editor"])
    lesson, title = world["lesson"], world["lesson"].title
    assert _status(client.get(URL).content.decode(), title, "Kazakh")[0] == "Current"
    assert _status(client.get(URL).content.decode(), title, "Russian")[0] == "Missing"
    lesson.body = json.dumps([{"type": "text", "value": "<p>Offer a private room first.</p>"}])
    old = lesson.live_revision_id
    publish(lesson)
    html = client.get(URL).content.decode()
    status, cell = _status(html, title, "Kazakh")
    assert status == "Behind"
    assert f"/admin/pages/{lesson.pk}/revisions/compare/{old}...{lesson.live_revision_id}/" in cell
    kazakh = LessonPage.objects.get(translation_key=lesson.translation_key,
                                    locale__language_code="kk")
    publish(kazakh)  # the translator brings it up to date
    assert _status(client.get(URL).content.decode(), title, "Kazakh")[0] == "Current"


def test_a_question_whose_source_changed_is_behind(world, client):
    client.force_login(world["editor"])
    prompt = world["question"].prompt
    assert _status(client.get(URL).content.decode(), prompt, "Kazakh")[0] == "Current"
    source = Question.objects.get(pk=world["question"].pk)
    source.prompt = "Who chooses the interviewer, and when?"
    source.save()
    html = client.get(URL).content.decode()
    assert _status(html, source.prompt, "Kazakh")[0] == "Behind"
    world["kazakh_question"].save()  # the translator saves it again
    assert _status(client.get(URL).content.decode(), source.prompt, "Kazakh")[0] == "Current"


def test_the_screen_queries_do_not_grow_with_courses(world, client,
                                                     django_assert_max_num_queries):
    client.force_login(world["editor"])
    courses = world["course"].get_parent()
    counts = []
    for extra in (0, 3):
        for n in range(extra):
            make_course(courses, title=f"Course {n}")
        client.get(URL)
        with django_assert_max_num_queries(40) as captured:
            assert client.get(URL).status_code == 200
        counts.append(len(captured))
    assert counts[0] == counts[1]


def test_the_lesson_edit_page_shows_its_translations_and_what_changed(world, client):
    client.force_login(world["editor"])
    lesson = world["lesson"]
    kazakh = LessonPage.objects.get(translation_key=lesson.translation_key,
                                    locale__language_code="kk")
    lesson.body = json.dumps([{"type": "text", "value": "<p>Offer a private room first.</p>"}])
    old = lesson.live_revision_id
    publish(lesson)
    html = client.get(f"/admin/pages/{kazakh.pk}/edit/").content.decode()
    panel = html[html.index('class="help-block help-info translation-status"'):]
    panel = panel[:panel.index("</div>")]
    assert "Behind" in panel and "Missing" in panel and 'aria-current="page"' in panel
    assert f"/admin/pages/{lesson.pk}/revisions/compare/{old}...{lesson.live_revision_id}/" \
        in panel
