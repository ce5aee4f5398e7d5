"""The reports' overview (an administrator's home) and its figure pages: one question each,
the filters carried between them, and the week's changes counted independently."""
import datetime
import random
import re

import pytest
from django.utils import timezone

from institutions.constants import MembershipStatus
from institutions.models import Membership
from reports.overview import FIGURES
from tests.factories import make_learner
from tests.reports.conftest import rebuild, seed_learners
from tests.reports.test_scope import TABLES

pytestmark = pytest.mark.django_db


@pytest.fixture
def world(report_world):
    w = report_world
    w["seeded"] = seed_learners([w["almaty_medeu"]], w["courses"], 12, rng=random.Random(5))
    seed_learners([w["astana_yesil"]], w["courses"], 6, rng=random.Random(6))
    rebuild()
    return w


def test_every_table_has_its_figure_page():
    assert set(FIGURES) == set(TABLES) - {"summary"}


def test_the_overview_answers_at_a_glance_and_links_each_question(client, world):
    client.force_login(world["admin_a"])
    page = client.get("/en/reports/").content.decode()
    assert "Training overview" in page and "At a glance" in page
    # Two charts, not every table: the quiz table lives on its own page.
    assert page.count('class="chart"') == 2
    assert "Quiz pass rates: training delivered" not in page
    for key in FIGURES:
        assert f'href="/en/reports/figures/{key}/"' in page, key


def test_filters_go_with_every_link(client, world):
    client.force_login(world["admin_a"])
    unit = world["almaty_medeu"].pk
    page = client.get(f"/en/reports/?unit={unit}&profession=psychologist").content.decode()
    for key in FIGURES:
        assert f'href="/en/reports/figures/{key}/?unit={unit}&amp;profession=psychologist"' in page
    assert f'href="/en/reports/currency/?unit={unit}&amp;profession=psychologist"' in page
    figure = client.get(f"/en/reports/figures/quizzes/?unit={unit}&profession=psychologist")
    text = figure.content.decode()
    assert figure.status_code == 200 and "Quiz pass rates" in text
    assert f'href="/en/reports/?unit={unit}&amp;profession=psychologist"' in text  # back


@pytest.mark.parametrize("key", sorted(FIGURES))
def test_each_figure_page_shows_its_table_with_downloads(client, world, key):
    client.force_login(world["admin_a"])
    page = client.get(f"/en/reports/figures/{key}/").content.decode()
    assert f'id="table-{key}"' in page
    assert len(re.findall(r'<section class="report-table[ "]', page)) == 1
    if f'id="caption-{key}"' in page:  # a table with rows can be downloaded
        assert f"table={key}&amp;format=csv" in page


def test_an_unknown_question_is_404(client, world):
    client.force_login(world["admin_a"])
    assert client.get("/en/reports/figures/salaries/").status_code == 404
    client.force_login(world["learner"])
    assert client.get("/en/reports/figures/units/").status_code == 404


def test_the_week_counts_joiners_leavers_requests_and_completions(client, world):
    w = world
    now = timezone.now()
    week_ago = now - datetime.timedelta(days=7)
    completed = sum(1 for e in w["seeded"].enrolments
                    if e["completed_at"] and e["completed_at"] >= week_ago)
    # Someone who left three days ago, someone who joined last month, a request waiting.
    leaver = make_learner(w["almaty"], email="leaver@example.org")
    Membership.objects.filter(user=leaver).update(status=MembershipStatus.ENDED,
                                                  ended_at=now - datetime.timedelta(days=3))
    old = make_learner(w["almaty"], email="old@example.org")
    Membership.objects.filter(user=old).update(started_at=now - datetime.timedelta(days=40))
    Membership.objects.create(user=make_learner(email="asking@example.org"),
                              institution=w["almaty_medeu"], status=MembershipStatus.PENDING)
    # Elsewhere: not counted.
    Membership.objects.create(user=make_learner(email="asking.b@example.org"),
                              institution=w["astana"], status=MembershipStatus.PENDING)
    joined = Membership.objects.filter(
        institution__path__startswith=w["almaty"].path, status=MembershipStatus.ACTIVE,
        started_at__gte=week_ago).count()
    assert joined >= 13  # the seeded twelve and the plain learner
    client.force_login(w["admin_a"])
    page = client.get("/en/reports/").content.decode()
    assert f"{completed} course{'s' if completed != 1 else ''} completed" in page
    assert f"{joined} people joined" in page
    assert "1 person left" in page
    assert "1 request to join, waiting for you" in page


def test_the_national_overview_has_no_people_and_no_requests_panel(client, world):
    client.force_login(world["national"])
    page = client.get("/en/reports/").content.decode()
    assert "Needs attention" not in page and "reports/learners/" not in page
    assert "The last seven days" in page
