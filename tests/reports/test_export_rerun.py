"""A background export whose worker died is run again from the top when the broker hands it
back; one that runs past its time limit fails, rather than showing "being prepared" for ever."""
import csv
import io
import random
from datetime import timedelta

import pytest
from celery.exceptions import SoftTimeLimitExceeded
from django.core import mail
from django.utils import timezone

from reports.constants import ExportStatus
from reports.models import ExportJob
from reports.tasks import export_build
from tests.reports.conftest import rebuild, seed_learners

pytestmark = pytest.mark.django_db


@pytest.fixture
def job(report_world):
    seed_learners([report_world["almaty_medeu"]], report_world["courses"], 12,
                  rng=random.Random(5))
    rebuild()
    # As a worker killed half-way leaves it: running, some rows counted, no file.
    return ExportJob.objects.create(
        user=report_world["admin_a"], table="learners", format="csv", params={},
        language="en", status=ExportStatus.RUNNING, rows_done=7, rows_total=99,
        expires_at=timezone.now() + timedelta(hours=24))


def test_a_redelivered_export_starts_again_and_finishes(job, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        export_build(job.pk)
    job.refresh_from_db()
    assert job.status == ExportStatus.READY and job.finished_at is not None
    rows = list(csv.reader(io.StringIO(job.file.read().decode("utf-8-sig"), newline="")))
    assert len(rows) - 1 == job.rows_total == job.rows_done > 7
    assert [m.to for m in mail.outbox] == [["admin.a@example.org"]]


def test_an_export_past_its_time_limit_fails_instead_of_waiting_for_ever(job, client,
                                                                         monkeypatch):
    def too_slow(handle, **kwargs):
        handle.write(b"half a file")
        raise SoftTimeLimitExceeded()

    monkeypatch.setattr("reports.export_jobs.export_file_write", too_slow)
    export_build(job.pk)
    job.refresh_from_db()
    assert job.status == ExportStatus.FAILED and job.finished_at is not None and not job.file
    client.force_login(job.user)
    page = client.get(f"/en/reports/exports/{job.token}/").content.decode()
    assert "The export failed." in page and 'http-equiv="refresh"' not in page
