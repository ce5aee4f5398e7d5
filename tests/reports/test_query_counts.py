"""Report pages make the same number of queries with 10 learners and with 1,000."""
import random

import pytest

from reports.models import LearnerCourseStat
from reports.overview import FIGURES
from tests.reports.conftest import rebuild, seed_learners

pytestmark = pytest.mark.django_db


def _counts(client, urls, django_assert_max_num_queries):
    counts = []
    for url in urls:
        client.get(url)
        with django_assert_max_num_queries(40) as captured:
            assert client.get(url).status_code == 200, url
        counts.append(len(captured))
    return counts


def test_dashboards_and_lists_have_flat_query_counts(client, report_world,
                                                     django_assert_max_num_queries):
    w = report_world
    units = [w["almaty"], w["almaty_medeu"], w["astana"], w["astana_yesil"]]
    from django.utils import timezone

    from reports.models import ExportJob

    job = ExportJob.objects.create(user=w["admin_a"], table="learners", format="csv",
                                   language="en", rows_total=2000, rows_done=500,
                                   expires_at=timezone.now() + timezone.timedelta(hours=1))
    pages = {
        "admin_a": ["/en/reports/", f"/en/reports/?unit={w['almaty'].pk}",
                    f"/en/reports/?unit={w['almaty'].pk}&basis=staff",
                    "/en/reports/learners/", "/en/reports/learners/?status=overdue",
                    "/en/reports/export/?table=courses&format=csv",
                    "/en/reports/subscriptions/", f"/en/reports/exports/{job.token}/",
                    *[f"/en/reports/figures/{key}/?unit={w['almaty'].pk}" for key in FIGURES]],
        "national": ["/en/reports/", f"/en/reports/?unit={w['ministry'].pk}&region=almaty",
                     "/en/reports/?basis=staff",
                     *[f"/en/reports/figures/{key}/?basis=staff" for key in FIGURES]],
    }
    seed_learners(units, w["courses"], 10, rng=random.Random(3))
    rebuild()
    # Every list has rows at both sizes (an empty page skips a query).
    assert LearnerCourseStat.objects.filter(
        institution__path__startswith=w["almaty"].path, assigned=True, completed_at__isnull=True,
        due_date__lt=timezone.localdate()).exists()
    small = {}
    for who, urls in pages.items():
        client.force_login(w[who])
        small[who] = _counts(client, urls, django_assert_max_num_queries)
    seed_learners(units, w["courses"], 990, rng=random.Random(2))
    rebuild()
    assert LearnerCourseStat.objects.count() > 1000
    for who, urls in pages.items():
        client.force_login(w[who])
        assert _counts(client, urls, django_assert_max_num_queries) == small[who], who
    # Paging through a filtered list keeps the filter.
    client.force_login(w["admin_a"])
    assert "?status=overdue&amp;page=2" in client.get("/en/reports/learners/?status=overdue"
                                                      ).content.decode()
