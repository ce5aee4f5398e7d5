"""The notices page, the header count, settings and the unsubscribe link, from outside."""
import pytest
from django.test import Client
from django.urls import reverse
from django.utils import translation

from notifications.constants import Kind
from notifications.models import Mute, Notification
from notifications.services import Item, notify_many, unsubscribe_token

from .conftest import COURSE_KK, assign

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _english_links():
    # reverse() follows the active language; the Kazakh requests above must not change it.
    with translation.override("en"):
        yield


@pytest.fixture
def assigned(world, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        assign(world, 8)
    return world


def test_the_list_the_header_and_following_a_notice(assigned, client):
    kazakh = assigned["learners"][0]
    client.force_login(kazakh)
    page = client.get("/kk/notifications/").content.decode()
    assert f"Жаңа курс тағайындалды: {COURSE_KK}" in page
    assert 'class="badge">1<span class="visually-hidden"> оқылмаған' in page  # header count
    [notice] = Notification.objects.filter(user=kazakh)
    response = client.get(f"/kk/notifications/{notice.pk}/open/")
    assert response.status_code == 302 and response["Location"].startswith("/kk/courses/")
    notice.refresh_from_db()
    assert notice.read_at is not None
    page = client.get("/kk/notifications/").content.decode()
    assert "visually-hidden\"> оқылмаған" not in page


def test_marking_read_without_javascript(assigned, client):
    learner = assigned["learners"][1]
    notify_many(Kind.PROTOCOL_CHANGED, [Item(learner.pk, "p", "v2", {"protocol": "Interviewing",
                                                                     "version": 2})])
    client.force_login(learner)
    first, second = Notification.objects.filter(user=learner).order_by("pk")
    assert client.post(reverse("notifications:read"), {"id": [str(first.pk)]}).status_code == 302
    assert list(Notification.objects.filter(user=learner, read_at__isnull=True)) == [second]
    response = client.post(reverse("notifications:read"), {}, follow=True)
    assert "Choose a notice to mark as read." in response.content.decode()
    client.post(reverse("notifications:read"), {"all": "1"})
    assert not Notification.objects.filter(user=learner, read_at__isnull=True).exists()


def test_another_persons_notice_is_not_found(assigned, client):
    notice = Notification.objects.filter(user=assigned["learners"][0]).get()
    client.force_login(assigned["other_admin"])
    assert client.get(reverse("notifications:open", args=[notice.pk])).status_code == 404
    client.post(reverse("notifications:read"), {"id": [str(notice.pk)]})
    notice.refresh_from_db()
    assert notice.read_at is None
    assert "officer0" not in client.get(reverse("notifications:list")).content.decode()
    client.logout()
    response = client.get(reverse("notifications:list"))
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_settings_mute_optional_kinds_only(assigned, client):
    learner = assigned["learners"][2]
    client.force_login(learner)
    page = client.get(reverse("notifications:preferences")).content.decode()
    assert 'value="reminder" checked' in page.replace('"  ', '" ') or "reminder" in page
    assert 'value="assigned"' not in page  # mandatory: listed, not a choice
    wanted = [k.value for k in Kind if k not in (Kind.ASSIGNED, Kind.OVERDUE, Kind.REMINDER)]
    client.post(reverse("notifications:preferences"), {"wanted": wanted})
    assert list(Mute.objects.filter(user=learner).values_list("kind", flat=True)) == ["reminder"]
    response = client.post(reverse("notifications:preferences"), {"wanted": ["assigned"]})
    assert response.status_code == 200 and "errorlist" in response.content.decode()
    assert list(Mute.objects.filter(user=learner).values_list("kind", flat=True)) == ["reminder"]


def test_one_click_unsubscribe_signed_out_stops_only_that_digest(assigned):
    admin = assigned["admin"]
    url = reverse("notifications:unsubscribe", args=[unsubscribe_token(admin.pk, Kind.DIGEST)])
    browser = Client(enforce_csrf_checks=True)
    page = browser.get(url)
    assert page.status_code == 200 and not Mute.objects.exists()  # a GET changes nothing
    # RFC 8058: the mail program POSTs this body, with no session and no CSRF token.
    response = browser.post(url, "List-Unsubscribe=One-Click",
                            content_type="application/x-www-form-urlencoded")
    assert response.status_code == 200
    assert list(Mute.objects.values_list("user_id", "kind")) == [(admin.pk, "digest")]
    bad = browser.post(url[:-3] + "xyz/")
    assert bad.status_code == 400 and "not valid" in bad.content.decode()
    mandatory = reverse("notifications:unsubscribe",
                        args=[unsubscribe_token(admin.pk, Kind.ASSIGNED)])
    assert browser.post(mandatory).status_code == 400
    assert Mute.objects.count() == 1


@pytest.mark.parametrize("path", ["/en/notifications/", "/en/notifications/settings/"])
def test_query_counts_do_not_grow_with_notices(assigned, client, path,
                                               django_assert_max_num_queries):
    learner = assigned["learners"][1]
    client.force_login(learner)

    def count():
        client.get(path)
        with django_assert_max_num_queries(20) as captured:
            assert client.get(path).status_code == 200
        return len(captured)

    small = count()
    # Many notices about a course: its page is looked up once for the whole list.
    course_key = str(assigned["course"].translation_key)
    notify_many(Kind.REMINDER, [Item(learner.pk, f"c{n}", "before-7", {
        "course_key": course_key, "course": "—", "due_date": "2026-12-20", "days": 7})
        for n in range(60)])
    assert count() == small
