"""A learner's status has one definition: an overdue learner who never started is overdue
on their own page, in the administrator's list, under its filter and in the export."""

import csv
import datetime
import io

import pytest
from django.utils import timezone

from courses.constants import EnrolmentSource, LearnerStatus
from courses.services import course_enrol
from courses.status import learner_status
from tests.reports.conftest import rebuild

pytestmark = pytest.mark.django_db


@pytest.fixture
def overdue_learner(report_world):
    learner = report_world["learner"]
    yesterday = timezone.localdate() - datetime.timedelta(days=1)
    course_enrol(user=learner, course=report_world["courses"][0], due_date=yesterday,
                 source=EnrolmentSource.ASSIGNED, assigned_by=report_world["admin_a"])
    rebuild()
    return learner


def _export(client, status=""):
    response = client.get(f"/en/reports/export/?table=learners&format=csv&status={status}")
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    return [row for row in csv.reader(io.StringIO(text))][1:]


def test_never_started_and_overdue_is_overdue_everywhere(client, report_world, overdue_learner):
    email = overdue_learner.email
    client.force_login(report_world["admin_a"])
    listed = client.get("/en/reports/learners/").content.decode()
    row = listed[listed.index(email):].split("</tr>")[0]
    assert "Overdue" in row and "Not started" not in row
    assert email in client.get("/en/reports/learners/?status=overdue").content.decode()
    assert email not in client.get("/en/reports/learners/?status=not_started").content.decode()
    exported = {r[1]: r for r in _export(client)}
    assert exported[email][5] == str(LearnerStatus.OVERDUE.label)
    assert [r[1] for r in _export(client, "overdue")].count(email) == 1
    assert email not in [r[1] for r in _export(client, "not_started")]
    client.force_login(overdue_learner)
    assert "Overdue" in client.get("/en/me/").content.decode()


def test_the_four_statuses_and_their_filters_agree(report_world):
    """Every combination of the three facts lands in exactly one filter: the one named by
    the Python definition."""
    from django.db.models import Q

    from courses.status import learner_status_q
    from reports.models import LearnerCourseStat

    rebuild()
    today = timezone.localdate()
    now = timezone.now()
    row = LearnerCourseStat.objects.create(
        user=report_world["learner"], course_key=report_world["courses"][0].translation_key,
        enrolled_at=now, enrolled_month=today.replace(day=1))
    for started in (None, now):
        for completed in (None, now):
            for due in (None, today - datetime.timedelta(days=1), today,
                        today + datetime.timedelta(days=3)):
                LearnerCourseStat.objects.filter(pk=row.pk).update(
                    started_at=started, completed_at=completed, due_date=due)
                expected = learner_status(started_at=started, completed_at=completed,
                                          due_date=due, today=today)
                matching = [s for s in LearnerStatus.values if LearnerCourseStat.objects.filter(
                    Q(pk=row.pk) & learner_status_q(s, today=today)).exists()]
                assert matching == [expected], (started, completed, due)
