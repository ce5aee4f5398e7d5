import json

import pytest

from accounts.models import AuditLog, Profile
from institutions.models import Membership
from tests.factories import UserFactory, make_learner, make_tree

pytestmark = pytest.mark.django_db

VALID = {"full_name": "Aliya Kassymova", "profession": "juvenile_inspector",
         "position": "Juvenile inspector", "preferred_language": "kk", "sex": "not_said",
         "year_of_birth": ""}


def test_dashboard_needs_a_completed_profile(client):
    client.force_login(UserFactory())
    response = client.get("/en/me/")
    assert response.status_code == 302
    assert response["Location"] == "/en/me/profile/?next=%2Fen%2Fme%2F"


def test_profile_is_saved_and_returns_to_where_the_learner_was_going(client):
    user = UserFactory()
    client.force_login(user)
    response = client.post("/en/me/profile/?next=/en/institutions/", VALID)
    assert response.status_code == 302 and response["Location"] == "/en/institutions/"
    profile = Profile.objects.get(user=user)
    assert profile.completed_at is not None
    assert profile.demographics_consent_at is None  # nothing optional was given


def test_profile_refuses_an_outside_redirect(client):
    client.force_login(UserFactory())
    response = client.post("/en/me/profile/?next=https://evil.example/", VALID)
    assert response["Location"] == "/en/me/"


def test_invalid_profile_re_renders_with_errors_and_saves_nothing(client):
    user = UserFactory()
    client.force_login(user)
    bad = {**VALID, "full_name": "", "profession": "astronaut", "year_of_birth": "1850"}
    response = client.post("/en/me/profile/", bad)
    assert response.status_code == 200
    html = response.content.decode()
    assert html.count('class="errorlist') >= 3
    assert not Profile.objects.filter(user=user).exists()


def test_optional_demographics_record_consent(client):
    user = UserFactory()
    client.force_login(user)
    client.post("/en/me/profile/", {**VALID, "sex": "female", "year_of_birth": "1988"})
    profile = Profile.objects.get(user=user)
    assert profile.sex == "female" and profile.year_of_birth == 1988
    assert profile.demographics_consent_at is not None
    client.post("/en/me/profile/", VALID)  # withdraws them
    profile.refresh_from_db()
    assert profile.sex == "not_said" and profile.year_of_birth is None
    assert profile.demographics_consent_at is None


def test_profile_form_labels_every_field(client):
    client.force_login(UserFactory())
    html = client.get("/en/me/profile/").content.decode()
    for name in ("full_name", "profession", "position", "preferred_language", "year_of_birth"):
        assert f'for="id_{name}"' in html
    assert "Prefer not to say" in html


def test_learner_downloads_only_their_own_data(client):
    tree = make_tree()
    learner = make_learner(tree["almaty"], email="me@example.org")
    make_learner(tree["almaty"], email="colleague@example.org")
    client.force_login(learner)
    response = client.get("/en/me/privacy/export/")
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment;")
    data = json.loads(response.content)
    assert data["account"]["email"] == "me@example.org"
    assert data["memberships"][0]["institution_code"] == "POL-ALM"
    assert "colleague@example.org" not in response.content.decode()
    assert AuditLog.objects.filter(event="data_exported", actor=learner).exists()


def test_account_deletion_removes_personal_data_and_keeps_counts(client):
    tree = make_tree()
    learner = make_learner(tree["almaty"], email="leaving@example.org")
    client.force_login(learner)
    response = client.post("/en/me/privacy/delete/", {"password": "a-long-test-password"})
    assert response.status_code == 302
    assert not type(learner).objects.filter(email="leaving@example.org").exists()
    assert not Profile.objects.filter(full_name__contains=learner.last_name).exists()
    membership = Membership.objects.get(institution=tree["almaty"])
    assert membership.user is None and membership.status == "ended"
    assert "leaving@example.org" not in str(list(AuditLog.objects.values()))


def test_account_deletion_needs_the_password(client):
    learner = make_learner(email="staying@example.org")
    client.force_login(learner)
    response = client.post("/en/me/privacy/delete/", {"password": "wrong"})
    assert response.status_code == 400
    assert type(learner).objects.filter(pk=learner.pk).exists()


@pytest.mark.parametrize("url", ["/en/me/", "/en/me/profile/", "/en/me/privacy/",
                                 "/en/institutions/?q=POL"])
def test_learner_pages_query_count_does_not_grow(client, url, django_assert_max_num_queries):
    tree = make_tree()
    learner = make_learner(tree["almaty"])
    client.force_login(learner)
    client.get(url)
    with django_assert_max_num_queries(20) as small:
        assert client.get(url).status_code == 200
    from tests.factories import make_institution

    for index in range(25):
        make_institution(f"POL-EXTRA-{index}", tree["almaty"])
        make_learner(tree["almaty_medeu"])
    with django_assert_max_num_queries(20) as large:
        client.get(url)
    assert len(small) == len(large)
