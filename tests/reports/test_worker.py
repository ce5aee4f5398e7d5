"""On a real Celery worker (Redis, PostgreSQL): report rows follow an enrolment, and a large
export is built in the background and downloaded by the one who asked."""
import io
import random
import time

import pytest
from openpyxl import load_workbook

from courses.services import course_enrol
from reports.constants import ExportStatus
from reports.models import ExportJob, LearnerCourseStat
from tests.base.test_celery_worker import worker  # noqa: F401  (the fixture)
from tests.conftest import require
from tests.factories import make_admin, make_course, make_home_page, make_learner, make_tree
from tests.reports.conftest import rebuild, seed_learners

pytestmark = [pytest.mark.integration, pytest.mark.django_db(transaction=True)]


def _wait(check, seconds=60):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if check():
            return True
        time.sleep(0.25)
    return False


def test_the_worker_keeps_rows_and_builds_exports(worker, settings, client,  # noqa: F811
                                                  monkeypatch):
    if settings.DATABASES["default"]["ENGINE"].endswith("sqlite3"):
        require(False, "a database a second process can share (PostgreSQL via DATABASE_URL)")
    home = make_home_page()
    course = make_course(home.get_children().get(slug="courses").specific)
    tree = make_tree()
    learner = make_learner(tree["almaty_medeu"], email="worker.learner@example.org")
    course_enrol(user=learner, course=course)  # committed: the task goes to the worker
    assert _wait(lambda: LearnerCourseStat.objects.filter(user=learner).exists()), \
        "the worker did not write the learner's report row within 60 s"

    seed_learners([tree["almaty_medeu"]], [course], 30, rng=random.Random(9))
    rebuild()
    admin = make_admin(tree["almaty"], email="worker.admin@example.org")
    monkeypatch.setattr("reports.views.EXPORT_SYNC_LIMIT", 10)
    client.force_login(admin)
    response = client.get("/en/reports/export/?table=learners&format=xlsx")
    job = ExportJob.objects.get(user=admin)
    assert response.status_code == 302
    assert _wait(lambda: ExportJob.objects.get(pk=job.pk).status == ExportStatus.READY), \
        ExportJob.objects.get(pk=job.pk).status
    download = client.get(f"/en/reports/exports/{job.token}/download/")
    sheet = load_workbook(io.BytesIO(b"".join(download.streaming_content))).active
    assert sheet.max_row == 32  # header, 30 generated learners and the one enrolled above
