"""Weekly and monthly email summaries, in the subscriber's language, only while they may see them."""
import random

import pytest
from django.core import mail
from django.utils import timezone

from institutions.models import Role
from reports.models import ReportSubscription
from reports.tasks import scheduled_send
from tests.reports.conftest import rebuild, seed_learners

pytestmark = pytest.mark.django_db


@pytest.fixture
def world(report_world):
    seed_learners([report_world["almaty_medeu"]], report_world["courses"], 10,
                  rng=random.Random(5))
    rebuild()
    return report_world


def test_subscribe_in_russian_and_receive_it_weekly(client, world,
                                                    django_capture_on_commit_callbacks):
    client.force_login(world["admin_a"])
    page = client.get("/ru/reports/subscriptions/")
    assert page.status_code == 200
    response = client.post("/ru/reports/subscriptions/",
                           {"institution": world["almaty"].pk, "frequency": "weekly"})
    assert response.status_code == 302
    subscription = ReportSubscription.objects.get(user=world["admin_a"])
    assert subscription.language == "ru" and subscription.frequency == "weekly"

    with django_capture_on_commit_callbacks(execute=True):
        assert scheduled_send() == 1
        assert scheduled_send() == 0  # not again within the week
    message = mail.outbox[-1]
    assert message.to == ["admin.a@example.org"]
    assert world["almaty"].name_ru in message.subject
    assert world["courses"][0].title in message.body or world["courses"][1].title in message.body
    assert "/ru/reports/?unit=" in message.body

    ReportSubscription.objects.update(last_sent_at=timezone.now() - timezone.timedelta(days=8))
    with django_capture_on_commit_callbacks(execute=True):
        assert scheduled_send() == 1


def test_another_institution_cannot_be_chosen(client, world):
    client.force_login(world["admin_a"])
    response = client.post("/en/reports/subscriptions/",
                           {"institution": world["astana"].pk, "frequency": "monthly"})
    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()
    assert not ReportSubscription.objects.exists()


def test_a_subscriber_who_lost_the_role_is_unsubscribed(world):
    ReportSubscription.objects.create(user=world["admin_a"], institution=world["almaty"],
                                      frequency="monthly", language="en")
    Role.objects.filter(user=world["admin_a"]).delete()
    assert scheduled_send() == 0
    assert not ReportSubscription.objects.exists()
    assert not mail.outbox
