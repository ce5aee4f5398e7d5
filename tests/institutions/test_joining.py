import pytest
from django.db import IntegrityError, transaction
from django.utils import timezone

from accounts.models import AuditLog
from institutions.constants import MembershipStatus
from institutions.models import Invite, Membership
from institutions.services import (
    MembershipError,
    invite_create,
    membership_approve,
    membership_join_by_invite,
    membership_request,
)
from tests.factories import make_admin, make_learner, make_tree

pytestmark = pytest.mark.django_db


@pytest.fixture
def tree():
    return make_tree()


def test_learner_joins_by_invite_link(client, tree):
    invite = invite_create(institution=tree["almaty"], created_by=None, days_valid=7, max_uses=2)
    learner = make_learner()
    client.force_login(learner)
    page = client.get(f"/ru/join/{invite.token}/")
    assert page.status_code == 200
    assert tree["almaty"].name_ru in page.content.decode()
    response = client.post(f"/ru/join/{invite.token}/")
    assert response.status_code == 302
    membership = Membership.objects.get(user=learner)
    assert membership.status == MembershipStatus.ACTIVE
    assert membership.institution == tree["almaty"]
    invite.refresh_from_db()
    assert invite.uses == 1
    assert AuditLog.objects.filter(event="membership_joined", actor=learner).exists()


@pytest.mark.parametrize("spoil", ["expired", "revoked", "used_up"])
def test_unusable_invite_is_refused_and_changes_nothing(client, tree, spoil):
    invite = invite_create(institution=tree["almaty"], created_by=None, days_valid=7, max_uses=1)
    if spoil == "expired":
        Invite.objects.filter(pk=invite.pk).update(expires_at=timezone.now() - timezone.timedelta(1))
    elif spoil == "revoked":
        Invite.objects.filter(pk=invite.pk).update(revoked_at=timezone.now())
    else:
        membership_join_by_invite(user=make_learner(), token=invite.token)
    learner = make_learner()
    client.force_login(learner)
    assert client.get(f"/ru/join/{invite.token}/").status_code == 410
    response = client.post(f"/ru/join/{invite.token}/")
    assert response.status_code == 410
    assert "больше не действительна" in response.content.decode()
    assert not Membership.objects.filter(user=learner).exists()


def test_unknown_invite_token_is_refused(client, tree):
    client.force_login(make_learner())
    assert client.post("/ru/join/not-a-real-token/").status_code == 410


def test_a_move_ends_the_old_membership_and_keeps_it(tree):
    learner = make_learner(tree["almaty"])
    invite = invite_create(institution=tree["astana"], created_by=None, days_valid=7, max_uses=5)
    membership_join_by_invite(user=learner, token=invite.token)
    rows = {m.institution.code: m for m in Membership.objects.filter(user=learner)}
    assert rows["POL-ALM"].status == MembershipStatus.ENDED
    assert rows["POL-ALM"].ended_at is not None
    assert rows["POL-AST"].status == MembershipStatus.ACTIVE


def test_request_then_approval(client, tree):
    learner = make_learner()
    client.force_login(learner)
    response = client.post(f"/ru/institutions/{tree['almaty_medeu'].pk}/request/")
    assert response.status_code == 302
    membership = Membership.objects.get(user=learner)
    assert membership.status == MembershipStatus.PENDING
    admin = make_admin(tree["almaty"])
    client.force_login(admin)
    assert learner.email in client.get("/ru/manage/requests/").content.decode()
    client.post(f"/ru/manage/requests/{membership.pk}/approve/")
    membership.refresh_from_db()
    assert membership.status == MembershipStatus.ACTIVE
    assert membership.decided_by == admin
    assert AuditLog.objects.filter(event="membership_approved", actor=admin,
                                   target_user=learner).exists()


def test_request_can_be_rejected_and_is_decided_once(tree):
    learner = make_learner()
    admin = make_admin(tree["almaty"])
    membership = membership_request(user=learner, institution=tree["almaty"])
    from institutions.services import membership_reject

    membership_reject(membership=membership, approver=admin)
    with pytest.raises(MembershipError):
        membership_approve(membership=membership, approver=admin)
    assert not Membership.objects.filter(user=learner, status="active").exists()


def test_requesting_twice_makes_one_request(tree):
    learner = make_learner()
    membership_request(user=learner, institution=tree["almaty"])
    membership_request(user=learner, institution=tree["almaty"])
    assert Membership.objects.filter(user=learner, status="pending").count() == 1


def test_database_allows_one_active_membership(tree):
    learner = make_learner(tree["almaty"])
    with pytest.raises(IntegrityError), transaction.atomic():
        Membership.objects.create(user=learner, institution=tree["astana"], status="active",
                                  started_at=timezone.now())


def test_admin_deactivates_a_member(client, tree):
    learner = make_learner(tree["almaty_medeu"])
    admin = make_admin(tree["almaty"])
    client.force_login(admin)
    membership = learner.memberships.get()
    assert client.post(f"/ru/manage/members/{membership.pk}/deactivate/").status_code == 302
    membership.refresh_from_db()
    assert membership.status == MembershipStatus.ENDED


def test_admin_creates_and_revokes_an_invite(client, tree):
    admin = make_admin(tree["almaty"])
    client.force_login(admin)
    response = client.post("/ru/manage/invites/", {"institution": tree["almaty_medeu"].pk,
                                                   "days_valid": 10, "max_uses": 20})
    assert response.status_code == 302
    invite = Invite.objects.get(institution=tree["almaty_medeu"])
    assert invite.max_uses == 20 and invite.is_usable
    page = client.get("/ru/manage/invites/").content.decode()
    assert f"/ru/join/{invite.token}/" in page
    client.post(f"/ru/manage/invites/{invite.pk}/revoke/")
    invite.refresh_from_db()
    assert invite.revoked_at is not None


def test_invite_form_errors_are_shown_and_nothing_is_made(client, tree):
    admin = make_admin(tree["almaty"])
    client.force_login(admin)
    response = client.post("/ru/manage/invites/", {"institution": tree["almaty"].pk,
                                                   "days_valid": 0, "max_uses": ""})
    assert response.status_code == 400
    assert 'class="errorlist' in response.content.decode()
    assert not Invite.objects.exists()


def test_search_finds_institutions_in_any_language(client, tree):
    client.force_login(make_learner())
    html = client.get("/kk/institutions/", {"q": "POL-AST (ru)"}).content.decode()
    assert "POL-AST (kk)" in html  # shown in the reader's language
