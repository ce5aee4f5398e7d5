"""Every report, export and download URL, for a learner, the administrators of two cities and
a national administrator: nobody sees a row of an institution outside their scope."""
import csv
import io
import random

import pytest
from django.utils import timezone
from openpyxl import load_workbook

from accounts.models import AuditLog
from reports.constants import ExportStatus
from reports.models import ExportJob
from reports.overview import FIGURES
from tests.reports.conftest import rebuild, seed_learners

pytestmark = pytest.mark.django_db

TABLES = ["summary", "courses", "units", "unit_courses", "regions", "kinds", "professions", "sexes",
          "languages", "trend", "attrition", "quizzes", "gain", "questions", "acknowledgements"]


@pytest.fixture
def world(report_world):
    w = report_world
    seed_learners([w["almaty_medeu"]], w["courses"], 8, rng=random.Random(1))
    seed_learners([w["astana_yesil"]], w["courses"], 8, rng=random.Random(2))
    rebuild()
    from django.contrib.auth import get_user_model

    User = get_user_model()
    def enrolled(unit):
        return set(User.objects.filter(memberships__institution=unit, email__startswith="gen")
                   .values_list("email", flat=True))

    w["almaty_emails"], w["astana_emails"] = enrolled(w["almaty_medeu"]), enrolled(w["astana_yesil"])
    assert len(w["almaty_emails"]) == len(w["astana_emails"]) == 8
    return w


def _csv(response):
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text)))


def test_a_learner_and_a_stranger_get_404_everywhere(client, world):
    client.force_login(world["learner"])
    for url in ["/en/reports/", "/en/reports/learners/", "/en/reports/subscriptions/",
                "/en/reports/export/?table=courses&format=csv",
                "/en/reports/export/?table=learners&format=csv"]:
        assert client.get(url).status_code == 404, url
    client.logout()
    response = client.get("/en/reports/")
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_an_administrator_sees_only_their_subtree(client, world):
    client.force_login(world["admin_a"])
    page = client.get("/en/reports/learners/").content.decode()
    assert all(email in page for email in world["almaty_emails"])
    assert not any(email in page for email in world["astana_emails"])
    rows = _csv(client.get("/en/reports/export/?table=learners&format=csv"))
    emails = {row[1] for row in rows[1:]}
    assert emails == world["almaty_emails"]
    units = _csv(client.get("/en/reports/export/?table=units&format=csv"))
    assert [row[0] for row in units[1:]] == [world["almaty"].name]
    for table in TABLES:
        response = client.get(f"/en/reports/export/?table={table}&format=csv")
        assert response.status_code == 200, table
        text = "\n".join(",".join(r) for r in _csv(response))
        assert world["astana"].name not in text and world["astana_yesil"].name not in text


def test_another_institutions_unit_is_404_and_logged(client, world):
    client.force_login(world["admin_a"])
    for url in [f"/en/reports/?unit={world['astana'].pk}",
                f"/en/reports/learners/?unit={world['astana_yesil'].pk}",
                f"/en/reports/export/?table=learners&format=csv&unit={world['astana'].pk}",
                f"/en/reports/export/?table=courses&format=xlsx&unit={world['ministry'].pk}"]:
        assert client.get(url).status_code == 404, url
    assert AuditLog.objects.filter(event="access_denied", actor=world["admin_a"]).count() == 4
    assert client.get(f"/en/reports/?unit={world['almaty_medeu'].pk}").status_code == 200


def test_national_views_are_aggregates_only(client, world):
    client.force_login(world["national"])
    page = client.get("/en/reports/").content.decode()
    assert world["ministry"].name in page
    assert not any(email in page for email in world["almaty_emails"] | world["astana_emails"])
    assert client.get("/en/reports/learners/").status_code == 404
    assert client.get("/en/reports/export/?table=learners&format=csv").status_code == 404
    # A city whose course has fewer than five learners shows "<5" in every cell.
    from courses.models import Enrolment

    course = world["courses"][0]
    rows = _csv(client.get(f"/en/reports/export/?table=units&format=csv"
                           f"&unit={world['ministry'].pk}&course={course.translation_key}"))
    assert [row[0] for row in rows[1:]] == [world["almaty"].name, world["astana"].name]
    for row, city in zip(rows[1:], ("almaty_medeu", "astana_yesil"), strict=True):
        n = Enrolment.objects.filter(course_key=course.translation_key,
                                     user__memberships__institution=world[city]).count()
        assert row[1:] == (["<5"] * 6 if n < 5 else row[1:]) and (n < 5 or row[1] == str(n))
    small = _csv(client.get(f"/en/reports/export/?table=units&format=csv&unit={world['ministry'].pk}"
                            f"&profession=psychologist&language=en"))
    assert any(row[1] == "<5" for row in small[1:])


def test_an_export_belongs_to_the_one_who_asked(client, world, settings):
    job = ExportJob.objects.create(
        user=world["admin_a"], table="learners", format="csv", language="en",
        status=ExportStatus.READY, expires_at=timezone.now() + timezone.timedelta(hours=1))
    job.file.save("learners.csv", io.BytesIO(b"name\n"))
    for user in (world["admin_b"], world["national"], world["learner"]):
        client.force_login(user)
        assert client.get(f"/en/reports/exports/{job.token}/").status_code == 404
        assert client.get(f"/en/reports/exports/{job.token}/download/").status_code == 404
    client.force_login(world["admin_a"])
    response = client.get(f"/en/reports/exports/{job.token}/download/")
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"name\n"


CURRENCY_TABLES = ["currency_summary", "currency_protocols", "currency_courses",
                   "currency_units", "currency_professions", "currency_languages",
                   "currency_timeline", "currency_people"]
URLS = ["/en/reports/", *[f"/en/reports/figures/{key}/" for key in FIGURES],
        "/en/reports/learners/", "/en/reports/learners/?status=overdue",
        "/en/reports/subscriptions/", "/en/reports/currency/",
        *[f"/en/reports/export/?table={t}&format=csv"
          for t in [*TABLES, *CURRENCY_TABLES, "learners"]],
        *[f"/en/reports/export/?table={t}&format=xlsx" for t in ("units", "learners")]]


@pytest.mark.parametrize("who", ["learner", "admin_a", "admin_b", "national"])
def test_every_report_url_for_every_kind_of_user(client, world, who):
    """No response carries a learner or a unit outside the user's scope; outsiders get 404."""
    user = world[who]
    client.force_login(user)
    own = {"admin_a": world["almaty_emails"], "admin_b": world["astana_emails"]}.get(who, set())
    foreign = (world["almaty_emails"] | world["astana_emails"]) - own
    foreign_units = {"admin_a": [world["astana"].name, world["astana_yesil"].name],
                     "admin_b": [world["almaty"].name, world["almaty_medeu"].name]}.get(who, [])
    for url in URLS:
        response = client.get(url)
        names_everyone = "learners" in url
        learner_level = names_everyone or "currency_people" in url
        if who == "learner" or (who == "national" and (learner_level or "subscriptions" in url)):
            assert response.status_code == 404, (who, url)
            continue
        assert response.status_code == 200, (who, url)
        body = (b"".join(response.streaming_content) if response.streaming
                else response.content)
        if url.endswith("xlsx"):
            sheet = load_workbook(io.BytesIO(body)).active
            text = "\n".join(str(c) for row in sheet.iter_rows(values_only=True) for c in row)
        else:
            text = body.decode("utf-8-sig")
        assert not any(email in text for email in foreign), (who, url)
        assert not any(name in text for name in foreign_units), (who, url)
        if names_everyone and "status" not in url:
            assert own and all(email in text for email in own), (who, url)
