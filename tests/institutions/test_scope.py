"""An Almaty police administrator never reaches Astana police's people, even by guessing ids."""

import pytest
from django.utils import timezone

from accounts.models import AuditLog
from institutions.constants import MembershipStatus
from institutions.models import Invite, Membership
from tests.factories import make_admin, make_learner, make_tree

pytestmark = pytest.mark.django_db


@pytest.fixture
def world():
    tree = make_tree()
    astana_member = make_learner(tree["astana_yesil"], email="astana.officer@example.org")
    astana_applicant = make_learner(email="astana.applicant@example.org")
    request = Membership.objects.create(user=astana_applicant, institution=tree["astana"],
                                        status=MembershipStatus.PENDING)
    astana_invite = Invite.objects.create(institution=tree["astana"], max_uses=5,
                                          expires_at=timezone.now() + timezone.timedelta(days=5))
    return {
        **tree,
        "almaty_admin": make_admin(tree["almaty"], email="almaty.admin@example.org"),
        "astana_membership": astana_member.memberships.get(),
        "astana_request": request,
        "astana_invite": astana_invite,
        "almaty_member": make_learner(tree["almaty_medeu"], email="almaty.officer@example.org"),
    }


def _post_urls(world):
    return [
        f"/ru/manage/members/{world['astana_membership'].pk}/deactivate/",
        f"/ru/manage/requests/{world['astana_request'].pk}/approve/",
        f"/ru/manage/requests/{world['astana_request'].pk}/reject/",
        f"/ru/manage/invites/{world['astana_invite'].pk}/revoke/",
    ]


def test_admin_gets_404_for_another_institutions_people(client, world):
    client.force_login(world["almaty_admin"])
    for url in _post_urls(world):
        assert client.post(url).status_code == 404, url
    # Nothing changed.
    world["astana_membership"].refresh_from_db()
    world["astana_request"].refresh_from_db()
    world["astana_invite"].refresh_from_db()
    assert world["astana_membership"].status == MembershipStatus.ACTIVE
    assert world["astana_request"].status == MembershipStatus.PENDING
    assert world["astana_invite"].revoked_at is None
    assert AuditLog.objects.filter(event="access_denied",
                                   actor=world["almaty_admin"]).count() == 4


def test_guessed_ids_get_404(client, world):
    client.force_login(world["almaty_admin"])
    # Every id of this test's rows and a few either side (on PostgreSQL ids keep counting
    # across tests, so the range starts at this test's first row, not at 1).
    ids = list(Membership.objects.values_list("pk", flat=True))
    for pk in range(max(1, min(ids) - 5), max(ids) + 5):
        if Membership.objects.filter(pk=pk, institution__path__startswith=world["almaty"].path).exists():
            continue
        assert client.post(f"/ru/manage/members/{pk}/deactivate/").status_code == 404
        assert client.post(f"/ru/manage/requests/{pk}/approve/").status_code == 404


def test_lists_show_only_the_admins_subtree(client, world):
    client.force_login(world["almaty_admin"])
    members = client.get("/ru/manage/").content.decode()
    assert "almaty.officer@example.org" in members
    assert "astana.officer@example.org" not in members
    assert "astana.applicant@example.org" not in client.get("/ru/manage/requests/").content.decode()
    invites = client.get("/ru/manage/invites/").content.decode()
    assert world["astana_invite"].token not in invites
    # Filtering by another institution's code is refused.
    assert client.get("/ru/manage/?institution=POL-AST").status_code == 404


def test_invite_form_refuses_an_institution_outside_the_subtree(client, world):
    client.force_login(world["almaty_admin"])
    response = client.post("/ru/manage/invites/", {"institution": world["astana"].pk,
                                                   "days_valid": 7, "max_uses": 3})
    assert response.status_code == 400
    assert not Invite.objects.filter(institution=world["astana"], created_by=world["almaty_admin"]).exists()


@pytest.mark.parametrize("method,url", [
    ("get", "/ru/manage/"), ("get", "/ru/manage/requests/"), ("get", "/ru/manage/invites/"),
    ("post", "/ru/manage/invites/"), ("post", "/ru/manage/members/1/deactivate/"),
    ("post", "/ru/manage/requests/1/approve/"), ("post", "/ru/manage/invites/1/revoke/"),
])
def test_learner_gets_403_on_every_admin_url(client, world, method, url):
    client.force_login(world["almaty_member"])
    assert getattr(client, method)(url).status_code == 403


def test_visitor_is_sent_to_sign_in(client, world):
    response = client.get("/ru/manage/")
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_national_admin_sees_every_institution(client, world):
    national = make_admin(None, email="national@example.org")
    client.force_login(national)
    html = client.get("/ru/manage/").content.decode()
    assert "almaty.officer@example.org" in html and "astana.officer@example.org" in html


def _members_queries(client, django_assert_max_num_queries, admin, bound):
    with django_assert_max_num_queries(bound) as queries:
        response = client.get("/ru/manage/")
    assert response.status_code == 200
    return len(queries)


def test_member_list_query_count_does_not_grow(client, world, django_assert_max_num_queries):
    client.force_login(world["almaty_admin"])
    client.get("/ru/manage/")
    small = _members_queries(client, django_assert_max_num_queries, world["almaty_admin"], 25)
    for _ in range(30):
        make_learner(world["almaty_medeu"])
    large = _members_queries(client, django_assert_max_num_queries, world["almaty_admin"], 25)
    assert small == large


@pytest.mark.parametrize("url", ["/ru/manage/requests/", "/ru/manage/invites/"])
def test_request_and_invite_lists_query_count_does_not_grow(client, world, url,
                                                            django_assert_max_num_queries):
    def add(count):
        for _ in range(count):
            Membership.objects.create(user=make_learner(), institution=world["almaty_medeu"],
                                      status=MembershipStatus.PENDING)
            Invite.objects.create(institution=world["almaty_medeu"], max_uses=2,
                                  expires_at=timezone.now() + timezone.timedelta(days=2))

    client.force_login(world["almaty_admin"])
    add(2)
    client.get(url)
    with django_assert_max_num_queries(25) as small:
        client.get(url)
    add(30)
    with django_assert_max_num_queries(25) as large:
        client.get(url)
    assert len(small) == len(large)


def test_large_scopes_filter_by_code_instead_of_a_list(client, world, monkeypatch):
    monkeypatch.setattr("institutions.views.FILTER_LIST_LIMIT", 1)
    client.force_login(world["almaty_admin"])
    html = client.get("/ru/manage/").content.decode()
    assert '<input type="text" name="institution"' in html and "<select" not in html
    html = client.get("/ru/manage/?institution=pol-alm-med").content.decode()
    assert "almaty.officer@example.org" in html
