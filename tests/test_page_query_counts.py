"""Pages not covered elsewhere: their query counts do not grow with the content."""

import json

import pytest

from tests.factories import (
    clause_value,
    make_course,
    make_home_page,
    make_learner,
    make_protocol,
    republish,
)

pytestmark = pytest.mark.django_db


def _count(client, url, django_assert_max_num_queries, bound):
    client.get(url)
    with django_assert_max_num_queries(bound) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


@pytest.fixture
def home():
    return make_home_page()


def test_course_page_and_course_index(client, home, django_assert_max_num_queries):
    index = home.get_children().get(slug="courses").specific
    small = make_course(index, title="Small", modules=[("M", ["L1", "L2"])])
    large = make_course(index, title="Large",
                        modules=[(f"M{m}", [f"L{m}-{n}" for n in range(6)]) for m in range(4)])
    client.force_login(make_learner())
    counts = {_count(client, small.url, django_assert_max_num_queries, 22),
              _count(client, large.url, django_assert_max_num_queries, 22)}
    assert len(counts) == 1
    before = _count(client, "/en/courses/", django_assert_max_num_queries, 16)
    for n in range(8):
        make_course(index, title=f"Extra {n}", modules=[("M", ["L"])])
    assert _count(client, "/en/courses/", django_assert_max_num_queries, 16) == before


def test_protocol_history_page(client, home, django_assert_max_num_queries):
    index = home.get_children().get(slug="protocols").specific

    def versioned(title, clauses):
        page = make_protocol(index, title=title,
                             sections=[("A", [clause_value(f"Clause {n}.") for n in range(clauses)])])
        raw = list(page.body.raw_data)
        raw[0]["value"]["clauses"][0]["value"]["text"] = "<p>Changed.</p>"
        return republish(page, body=json.dumps(raw), version=2)

    small, large = versioned("Small", 3), versioned("Large", 40)
    assert _count(client, small.url + "history/", django_assert_max_num_queries, 14) == _count(
        client, large.url + "history/", django_assert_max_num_queries, 14)


def test_certificate_verification_page(client, home, django_assert_max_num_queries):
    from courses.models import Certificate

    learner = make_learner()
    certificate = Certificate.objects.create(user=learner, course_key=home.translation_key,
                                             learner_name="Aliya", course_title="Course",
                                             language="en")
    assert _count(client, f"/en/certificates/{certificate.code}/",
                  django_assert_max_num_queries, 8) <= 8
