"""A course's outline records the protocol clauses it teaches (its lessons' excerpts and its
questions' citations), at publish, for protocol currency to read without walking pages."""
import json

import pytest

from courses.models import CourseOutline
from courses.services import course_outline_refresh
from protocols.models import ClauseRecord
from tests.factories import course_lessons, make_protocol, make_question, make_quiz, publish

pytestmark = pytest.mark.django_db


def test_the_outline_holds_the_clauses_of_excerpts_and_questions(course, home):
    index = home.get_children().get(slug="protocols").specific
    protocol = make_protocol(index)
    first, second, third = [str(r.clause_id) for r in
                            ClauseRecord.objects.filter(page=protocol).order_by("number")]
    lesson = course_lessons(course)[0]
    lesson.body = json.dumps([{"type": "protocol_excerpt", "value": {
        "clause_id": f"#clause-{first}", "comment": ""}}])
    publish(lesson)
    assert CourseOutline.objects.get(course_key=course.translation_key).clause_ids == [first]
    make_quiz(course, [make_question(clause_ids=[second])], title="Check")  # publishing it
    assert sorted(CourseOutline.objects.get(course_key=course.translation_key).clause_ids) == \
        sorted([first, second])
    assert third not in course_outline_refresh(course=course).clause_ids
