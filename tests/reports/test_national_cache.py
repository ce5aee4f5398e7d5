"""National figures are kept for a few minutes, shared by national administrators, and the
default view is recomputed ahead of time."""
import random

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from reports.tasks import national_warm
from tests.reports.conftest import rebuild, seed_learners

pytestmark = pytest.mark.django_db


def _queries(client, url):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured), response.content.decode()


def test_national_figures_are_kept_and_warmed(client, report_world, settings):
    settings.REPORTS_NATIONAL_CACHE_SECONDS = 300
    w = report_world
    seed_learners([w["almaty_medeu"], w["astana_yesil"]], w["courses"], 30, rng=random.Random(3))
    rebuild()
    client.force_login(w["national"])
    first, page = _queries(client, "/en/reports/")
    again, cached = _queries(client, "/en/reports/")
    assert again < first - 5
    assert "National figures as of" in cached and "Completion by course" in cached
    # Another filter is another set of figures.
    filtered, page = _queries(client, f"/en/reports/?unit={w['ministry'].pk}")
    assert filtered > again + 5 and w["almaty"].name in page

    # Beat recomputes the default view in every language: nobody waits for it.
    from django.utils import translation

    client.get("/ru/")  # the menu in Russian, cached like every page's
    assert national_warm() == 3
    warm, page = _queries(client, "/ru/reports/")
    later, _page = _queries(client, "/ru/reports/")
    assert warm == later < first - 5
    with translation.override("ru"):
        assert translation.gettext("Completion by course") in page

    # Institution administrators always see live figures.
    client.force_login(w["admin_a"])
    client.get("/en/")  # the header's unread count, cached like the menu
    one, _page = _queries(client, "/en/reports/")
    two, page = _queries(client, "/en/reports/")
    assert one == two and "National figures as of" not in page


def test_which_table_is_open_does_not_split_the_national_cache():
    """`?open=` only unfolds a table: the figures, and their cache entry, are the same."""
    from django.http import QueryDict

    from reports.tables import _national_cache_key

    plain = _national_cache_key(QueryDict("period=90"), "en", "2026-12-03", report="currency")
    unfolded = _national_cache_key(QueryDict("period=90&open=courses"), "en", "2026-12-03",
                                   report="currency")
    other = _national_cache_key(QueryDict("period=30&open=courses"), "en", "2026-12-03",
                                report="currency")
    assert plain == unfolded != other
