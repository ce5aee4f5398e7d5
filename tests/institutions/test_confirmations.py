"""Acting on people goes through a page that names them: assigning to a unit, deactivating
(undone from the member's history), rejecting a request, revoking an invite. Nothing changes
until it is confirmed, and another institution's administrator gets 404 on every one."""
import pytest
from django.urls import URLPattern, reverse
from django.utils import timezone

from accounts.models import AuditLog
from courses.models import Enrolment
from institutions.constants import MembershipStatus
from institutions.models import Invite, Membership
from tests.factories import make_admin, make_course, make_home_page, make_learner, make_tree

pytestmark = pytest.mark.django_db


@pytest.fixture
def course(db):
    home = make_home_page()
    return make_course(home.get_children().get(slug="courses").specific)


@pytest.fixture
def world(db):
    tree = make_tree()
    people = [make_learner(tree["almaty_medeu"], email=f"medeu{n}@example.org")
              for n in range(3)]
    astana = make_learner(tree["astana_yesil"], email="yesil@example.org")
    applicant = make_learner(email="applicant@example.org")
    return {
        **tree, "people": people,
        "admin": make_admin(tree["almaty"], email="almaty.admin@example.org"),
        "request": Membership.objects.create(user=applicant, institution=tree["almaty_medeu"],
                                             status=MembershipStatus.PENDING),
        "invite": Invite.objects.create(institution=tree["almaty_medeu"], max_uses=5,
                                        expires_at=timezone.now() + timezone.timedelta(days=5)),
        "foreign": {
            "member": astana.memberships.get(),
            "request": Membership.objects.create(user=make_learner(email="a2@example.org"),
                                                 institution=tree["astana"],
                                                 status=MembershipStatus.PENDING),
            "invite": Invite.objects.create(institution=tree["astana"], max_uses=5,
                                            expires_at=timezone.now() + timezone.timedelta(days=5)),
        },
    }


def _object_routes():
    """Every manage URL that acts on one member, request or invite (from the URL conf)."""
    from institutions import urls

    return sorted(p.name for p in urls.urlpatterns
                  if isinstance(p, URLPattern) and str(p.pattern).startswith("manage/")
                  and "<int:pk>" in str(p.pattern))


FOREIGN = {"member_history": "member", "member_end": "member", "member_restore": "member",
           "request_decide": "request", "invite_revoke": "invite"}


def test_every_object_route_is_checked_below():
    assert set(_object_routes()) == set(FOREIGN)


@pytest.mark.parametrize("name", sorted(FOREIGN))
def test_another_institutions_people_are_404_by_get_and_post(client, world, name):
    obj = world["foreign"][FOREIGN[name]]
    if name == "member_restore":  # (restoring needs a deactivated member)
        Membership.objects.filter(pk=obj.pk).update(status=MembershipStatus.ENDED,
                                                    ended_at=timezone.now())
        obj.refresh_from_db()
    before = (getattr(obj, "status", None), getattr(obj, "revoked_at", None))
    kwargs = {"pk": obj.pk, **({"decision": "reject"} if name == "request_decide" else {})}
    url = reverse(f"institutions:{name}", kwargs=kwargs)
    client.force_login(world["admin"])
    assert client.get(url).status_code in (404, 405)  # (restore is POST only)
    assert client.post(url).status_code == 404
    obj.refresh_from_db()
    assert (getattr(obj, "status", None), getattr(obj, "revoked_at", None)) == before
    assert Membership.objects.filter(user=world["foreign"]["member"].user).count() == 1


def test_assign_to_a_unit_names_everyone_and_cancel_assigns_nothing(client, world, course):
    client.force_login(world["admin"])
    chosen = {"course": course.pk, "institution": world["almaty_medeu"].pk,
              "due_date": "2027-03-31"}
    page = client.post("/en/manage/assign/", chosen)
    text = page.content.decode()
    assert page.status_code == 200 and "3 people affected" in text
    assert all(p.email in text for p in world["people"])
    assert "yesil@example.org" not in text
    assert 'href="/en/manage/assign/" class="cancel"' in text
    assert client.get("/en/manage/assign/").status_code == 200  # Cancel: back to the form
    assert not Enrolment.objects.exists()
    # Confirming posts the same choices again.
    for name, value in chosen.items():
        assert f'name="{name}" value="{value}"' in text
    client.post("/en/manage/assign/", {**chosen, "confirm": "1"})
    assert set(Enrolment.objects.values_list("user__email", flat=True)) == {
        p.email for p in world["people"]}


def test_assign_confirmation_lists_fifty_and_counts_the_rest(client, world, course,
                                                            django_assert_max_num_queries):
    client.force_login(world["admin"])
    chosen = {"course": course.pk, "institution": world["almaty"].pk}
    client.post("/en/manage/assign/", chosen)
    with django_assert_max_num_queries(30) as small:
        client.post("/en/manage/assign/", chosen)
    for n in range(60):
        make_learner(world["almaty"], email=f"more{n}@example.org")
    with django_assert_max_num_queries(30) as large:
        text = client.post("/en/manage/assign/", chosen).content.decode()
    assert len(small) == len(large)
    total = Membership.objects.filter(institution__path__startswith=world["almaty"].path,
                                      status=MembershipStatus.ACTIVE).count()
    assert f"{total} people affected" in text and f"and {total - 50} more" in text
    assert text.count("<li>") - text.count('<li><a') >= 50


def test_deactivating_asks_first_and_can_be_undone_from_the_history(client, world):
    client.force_login(world["admin"])
    membership = world["people"][0].memberships.get()
    page = client.get(f"/en/manage/members/{membership.pk}/deactivate/").content.decode()
    assert world["people"][0].email in page and "undo" in page
    membership.refresh_from_db()
    assert membership.status == MembershipStatus.ACTIVE
    response = client.post(f"/en/manage/members/{membership.pk}/deactivate/")
    assert response["Location"] == f"/en/manage/members/{membership.pk}/"
    membership.refresh_from_db()
    assert membership.status == MembershipStatus.ENDED
    history = client.get(response["Location"]).content.decode()
    assert "Undo: make them a member again" in history
    client.post(f"/en/manage/members/{membership.pk}/restore/")
    restored = Membership.objects.get(user=world["people"][0], status=MembershipStatus.ACTIVE)
    assert restored.pk != membership.pk and restored.institution == membership.institution
    assert restored.decided_by == world["admin"]
    assert AuditLog.objects.filter(event="membership_restored",
                                   target_user=world["people"][0]).count() == 1
    history = client.get(f"/en/manage/members/{membership.pk}/").content.decode()
    assert "Undo: make them a member again" not in history
    assert history.count("<tr>") == 3  # header, the ended membership and the restored one


def test_restoring_is_refused_once_they_have_joined_elsewhere(client, world):
    from institutions.services import membership_end

    client.force_login(world["admin"])
    person = world["people"][1]
    membership = person.memberships.get()
    membership_end(membership=membership, actor=world["admin"])
    Membership.objects.create(user=person, institution=world["astana"],
                              status=MembershipStatus.ACTIVE, started_at=timezone.now())
    response = client.post(f"/en/manage/members/{membership.pk}/restore/", follow=True)
    assert "already a member of an institution again" in response.content.decode()
    assert Membership.objects.filter(user=person, status=MembershipStatus.ACTIVE).count() == 1


def test_rejecting_and_revoking_ask_first(client, world):
    client.force_login(world["admin"])
    request = world["request"]
    page = client.get(f"/en/manage/requests/{request.pk}/reject/").content.decode()
    assert "applicant@example.org" in page and "Reject this request" in page
    assert client.get(f"/en/manage/requests/{request.pk}/approve/").status_code == 405
    request.refresh_from_db()
    assert request.status == MembershipStatus.PENDING
    client.post(f"/en/manage/requests/{request.pk}/reject/")
    request.refresh_from_db()
    assert request.status == MembershipStatus.REJECTED

    invite = world["invite"]
    page = client.get(f"/en/manage/invites/{invite.pk}/revoke/").content.decode()
    assert "Revoke this invite link?" in page and world["almaty_medeu"].name in page
    invite.refresh_from_db()
    assert invite.revoked_at is None
    client.post(f"/en/manage/invites/{invite.pk}/revoke/")
    invite.refresh_from_db()
    assert invite.revoked_at is not None


def test_the_history_page_costs_the_same_with_a_long_history(client, world,
                                                            django_assert_max_num_queries):
    from institutions.services import membership_end, membership_restore

    client.force_login(world["admin"])
    person = world["people"][2]
    first = person.memberships.get()
    url = f"/en/manage/members/{first.pk}/"
    client.get(url)
    with django_assert_max_num_queries(25) as short:
        assert client.get(url).status_code == 200
    current = first
    for _ in range(6):
        membership_end(membership=current, actor=world["admin"])
        current = membership_restore(membership=current, actor=world["admin"])
    with django_assert_max_num_queries(25) as long:
        assert client.get(url).content.decode().count("<tr>") == 8  # the first and six restored
    assert len(short) == len(long)
