"""The currency report: of the people in an administrator's units now, who works to the
latest version of each protocol and who is current on each course since the protocols it
teaches changed; by unit, profession and language; the days people took to confirm; the
versions' timeline; who is out of date (never beyond the administrator's units)."""
from datetime import timedelta

import pytest

from accounts.models import Profile
from currency.services import course_refresher_pass
from protocols.models import ClauseRecord, ProtocolAcknowledgement, ProtocolVersion
from protocols.services import protocol_acknowledge
from reports.cells import SUPPRESSED, Rate
from reports.currency import currency_tables
from reports.selectors import Filters, report_scope
from tests.currency.test_refreshers import CLAUSES, _body
from tests.factories import (
    complete_course,
    make_admin,
    make_course,
    make_home_page,
    make_learner,
    make_protocol,
    make_question,
    make_quiz,
    make_tree,
    republish,
)

pytestmark = pytest.mark.django_db


def _person(unit, email, profession, language="ru"):
    person = make_learner(unit, email=email, profession=profession)
    Profile.objects.filter(user=person).update(preferred_language=language,
                                               full_name=email.split("@")[0])
    return person


@pytest.fixture
def world(django_capture_on_commit_callbacks):
    home = make_home_page()
    protocol = make_protocol(home.get_children().get(slug="protocols").specific,
                             sections=[("The interview", CLAUSES)])
    second = str(ClauseRecord.objects.get(page=protocol, number="1.2").clause_id)
    course = make_course(home.get_children().get(slug="courses").specific)
    make_quiz(course, [make_question(clause_ids=[second])], required=False)
    tree = make_tree()
    people = {
        "admin_a": make_admin(tree["almaty"], email="admin.a@example.org"),
        "admin_b": make_admin(tree["astana"], email="admin.b@example.org"),
        "national": make_admin(None, email="national@example.org"),
        "a1": _person(tree["almaty"], "aigerim@example.org", "police_investigator"),
        "a2": _person(tree["almaty_medeu"], "dana@example.org", "district_police"),
        "a3": _person(tree["almaty_medeu"], "saule@example.org", "psychologist", "kk"),
        "b1": _person(tree["astana"], "bota@example.org", "police_investigator"),
    }
    with django_capture_on_commit_callbacks(execute=True):
        for who in ("a1", "b1"):
            complete_course(people[who], course)
    for who in ("a1", "a2", "b1"):
        protocol_acknowledge(user=people[who], page=protocol)
    texts = [CLAUSES[0], CLAUSES[1].rstrip(".") + ", and offer a woman.", CLAUSES[2]]
    with django_capture_on_commit_callbacks(execute=True):
        protocol = republish(protocol, body=_body(protocol, texts))
    assert protocol.version == 2
    # Dana confirms version 2 three days after it was published.
    protocol_acknowledge(user=people["a2"], page=protocol)
    published = ProtocolVersion.objects.get(page=protocol, number=2).published_at
    ProtocolAcknowledgement.objects.filter(user=people["a2"], version=2).update(
        acknowledged_at=published + timedelta(days=3, hours=1))
    return {"tree": tree, "people": people, "protocol": protocol, "course": course}


def _tables(user, **filters):
    return {t.key: t for t in currency_tables(report_scope(user), Filters(**filters))}


def test_the_institution_figures(world):
    tables = _tables(world["people"]["admin_a"])
    # Almaty's staff now: its administrator, Aigerim, and in Medeu Dana and Saule.
    assert [value for _label, value in tables["currency_summary"].rows] == [4, 1, Rate(75.0)]
    (protocol,) = tables["currency_protocols"].rows
    assert protocol == [world["protocol"].title, 4, 1, 1, Rate(25.0), 3]
    (course,) = tables["currency_courses"].rows
    assert course == [world["course"].title, 4, 0, 1, Rate(0.0), "–"]
    timeline = tables["currency_timeline"].rows
    assert [row[1] for row in timeline] == [1, 2]
    assert timeline[0][3:] == ["first version", 2, Rate(50.0), "–"]
    assert timeline[1][3:] == ["substantive", 1, Rate(25.0), 3]
    people = tables["currency_people"].rows
    assert sorted((row[0], row[1], row[3]) for row in people) == [
        ("aigerim", "aigerim@example.org", world["course"].title),
        ("aigerim", "aigerim@example.org", world["protocol"].title)]
    assert any("the latest is 2" in row[4] for row in people)


def test_by_unit_profession_and_language(world):
    tables = _tables(world["people"]["admin_a"], unit=world["tree"]["almaty"])
    medeu = [row for row in tables["currency_units"].rows
             if row[0] == world["tree"]["almaty_medeu"].name]
    assert [row[1:] for row in medeu] == [
        [world["protocol"].title, 2, 1, 0, Rate(50.0), 3],
        [world["course"].title, 2, 0, 0, Rate(0.0), "–"]]
    professions = {(row[0], row[1]): row[2:] for row in tables["currency_professions"].rows}
    # Investigators: Aigerim (behind) and her administrator (never confirmed).
    assert professions[("Police investigator", world["protocol"].title)][:3] == [2, 0, 1]
    languages = {(row[0], row[1]): row[2:] for row in tables["currency_languages"].rows}
    assert languages[("Kazakh", world["protocol"].title)][:4] == [1, 0, 0, Rate(0.0)]


def test_figures_follow_a_refresher_passed(world, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        course_refresher_pass(user=world["people"]["a1"],
                              course_key=world["course"].translation_key)
    (course,) = _tables(world["people"]["admin_a"])["currency_courses"].rows
    assert course[1:4] == [4, 1, 0]


def test_national_figures_hide_small_groups_and_name_nobody(world):
    tables = _tables(world["people"]["national"])
    assert "currency_people" not in tables
    (protocol,) = tables["currency_protocols"].rows
    assert protocol[1] == 6  # every member of every institution (the national one is none)
    assert all(row[2:] == [SUPPRESSED] * 5 for row in tables["currency_professions"].rows)


def test_the_page_shows_ones_own_units_only(world, client):
    client.force_login(world["people"]["admin_b"])
    page = client.get("/en/reports/currency/").content.decode()
    assert "bota" in page and "aigerim" not in page
    assert client.get(f"/en/reports/currency/?unit={world['tree']['almaty'].pk}"
                      ).status_code == 404
    response = client.get("/en/reports/export/?table=currency_people&format=csv")
    body = b"".join(response.streaming_content if response.streaming else [response.content])
    assert response.status_code == 200 and b"bota" in body and b"aigerim" not in body
    client.force_login(world["people"]["national"])
    assert client.get("/en/reports/export/?table=currency_people&format=csv"
                      ).status_code == 404
    client.force_login(world["people"]["a1"])  # a learner has no reports
    assert client.get("/en/reports/currency/").status_code == 404


def test_the_page_answers_at_a_glance_with_flat_queries(world, client,
                                                         django_assert_max_num_queries):
    client.force_login(world["people"]["admin_a"])
    url = f"/en/reports/currency/?unit={world['tree']['almaty'].pk}"
    counts = []
    for extra in (0, 30):
        for n in range(extra):
            person = _person(world["tree"]["almaty_medeu"], f"extra{n}@example.org",
                             "psychologist")
            protocol_acknowledge(user=person, page=world["protocol"])
        client.get(url)
        with django_assert_max_num_queries(40) as captured:
            page = client.get(url)
        assert page.status_code == 200
        counts.append(len(captured))
    assert counts[0] == counts[1]
    html = page.content.decode()
    assert "At a glance" in html and "Who is out of date" in html
    assert html.index("At a glance") < html.index("Who is out of date")



def test_national_figures_are_kept_a_few_minutes(world, client, settings,
                                                 django_capture_on_commit_callbacks):
    from django.core.cache import cache

    cache.clear()
    settings.REPORTS_NATIONAL_CACHE_SECONDS = 300
    client.force_login(world["people"]["national"])

    def courses():
        page = client.get("/en/reports/currency/").content.decode()
        assert "National figures as of" in page
        start = page.index('id="table-currency_courses"')
        return page[start:page.index("</section>", start)]

    first = courses()
    with django_capture_on_commit_callbacks(execute=True):
        course_refresher_pass(user=world["people"]["a1"],
                              course_key=world["course"].translation_key)
    assert courses() == first  # kept
    settings.REPORTS_NATIONAL_CACHE_SECONDS = 0
    assert courses() != first
    cache.clear()


def test_the_page_lists_the_first_ones_and_says_how_many_more(world, client, monkeypatch):
    monkeypatch.setattr("reports.views.PEOPLE_LISTED", 1)
    client.force_login(world["people"]["admin_a"])
    page = client.get("/en/reports/currency/").content.decode()
    assert page.count("aigerim@example.org") == 1 and "…and 1 more" in page
    rows = client.get("/en/reports/export/?table=currency_people&format=csv")
    assert b"".join(rows.streaming_content).count(b"aigerim@example.org") == 2
