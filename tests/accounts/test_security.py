import re

import pytest
from allauth.mfa.models import Authenticator
from django.core.cache import cache

from accounts.models import AuditLog
from tests.factories import (
    TEST_TOTP_SECRET,
    UserFactory,
    give_totp,
    make_admin,
    make_learner,
    make_tree,
)

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _clear_rate_limits():
    cache.clear()
    yield
    cache.clear()


def _normalise(html, *emails):
    html = re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", html)
    for email in emails:
        html = html.replace(email, "EMAIL")
    return html


def test_password_reset_answers_the_same_for_known_and_unknown_emails(client, mailoutbox):
    make_learner(email="known@example.org")
    known = client.post("/en/accounts/password/reset/", {"email": "known@example.org"}, follow=True)
    unknown = client.post("/en/accounts/password/reset/", {"email": "nobody@example.org"},
                          follow=True)
    assert known.status_code == unknown.status_code == 200
    assert known.redirect_chain == unknown.redirect_chain
    assert _normalise(known.content.decode(), "known@example.org") == _normalise(
        unknown.content.decode(), "nobody@example.org")


def test_signup_answers_the_same_for_known_and_unknown_emails(client, mailoutbox):
    make_learner(email="taken@example.org")
    password = "Long-enough-passw0rd"
    answers = []
    for email in ("taken@example.org", "fresh@example.org"):
        response = client.post("/en/accounts/signup/", {
            "email": email, "password1": password, "password2": password}, follow=True)
        answers.append((response.status_code, [u for u, _ in response.redirect_chain],
                        _normalise(response.content.decode(), email)))
        client.logout()
    assert answers[0] == answers[1]


def test_the_sixth_bad_password_within_five_minutes_is_refused(client):
    make_learner(email="officer@example.org")
    for _ in range(5):
        response = client.post("/en/accounts/login/",
                               {"login": "officer@example.org", "password": "wrong-password"})
        assert response.status_code == 200
    # Even the right password is now refused for a while.
    response = client.post("/en/accounts/login/",
                           {"login": "officer@example.org", "password": "a-long-test-password"})
    assert "_auth_user_id" not in client.session
    assert response.status_code in (200, 429)
    assert "Too many failed login attempts" in response.content.decode()


def test_admin_login_goes_through_the_rate_limited_form(client):
    response = client.get("/admin/login/?next=/admin/pages/")
    assert response.status_code == 302
    assert response["Location"].startswith("/en/accounts/login/")
    assert "next=%2Fadmin%2Fpages%2F" in response["Location"]
    # And Wagtail sends anonymous visitors of the admin to the same place.
    response = client.get("/admin/")
    assert "/accounts/login/" in response["Location"]


def test_totp_secret_is_stored_encrypted():
    user = UserFactory()
    give_totp(user)
    stored = Authenticator.objects.get(user=user, type="totp").data["secret"]
    assert TEST_TOTP_SECRET not in stored
    from accounts.mfa import MFAAdapter

    assert MFAAdapter().decrypt(stored) == TEST_TOTP_SECRET


@pytest.mark.parametrize("url", ["/admin/", "/ru/manage/"])
def test_administrators_must_set_up_two_factor_first(client, url):
    tree = make_tree()
    admin = make_admin(tree["almaty"], mfa=False)
    if url == "/admin/":
        admin.is_staff = admin.is_superuser = True
        admin.save()
    client.force_login(admin)
    response = client.get(url)
    assert response.status_code == 302
    assert "/accounts/2fa/totp/activate/" in response["Location"]
    give_totp(admin)
    assert client.get(url).status_code == 200


def test_editors_must_set_up_two_factor_before_the_cms(client):
    from django.contrib.auth.models import Group

    editor = UserFactory(is_staff=False)
    editor.groups.add(Group.objects.get_or_create(name="Editors")[0])
    client.force_login(editor)
    response = client.get("/admin/")
    assert "/accounts/2fa/totp/activate/" in response["Location"]


def test_learners_are_not_asked_for_two_factor(client):
    client.force_login(make_learner())
    assert client.get("/en/me/").status_code == 200


def test_sign_in_and_failures_are_audited_without_secrets(client):
    user = make_learner(email="audited@example.org")
    client.post("/en/accounts/login/", {"login": "audited@example.org", "password": "Secret-guess-1"})
    client.post("/en/accounts/login/", {"login": "audited@example.org",
                                        "password": "a-long-test-password"})
    events = list(AuditLog.objects.values_list("event", flat=True).order_by("at"))
    assert "login_failed" in events and "login" in events
    assert AuditLog.objects.get(event="login").actor == user
    dump = str(list(AuditLog.objects.values()))
    assert "Secret-guess-1" not in dump and "a-long-test-password" not in dump


def test_role_changes_are_audited():
    from institutions.services import role_grant, role_revoke

    tree = make_tree()
    granter = UserFactory(is_superuser=True)
    user = make_learner()
    role = role_grant(user=user, kind="institution_admin", institution=tree["almaty"],
                      granted_by=granter)
    role_revoke(role=role, revoked_by=granter)
    assert list(AuditLog.objects.filter(target_user=user).values_list("event", flat=True)
                .order_by("at")) == ["role_granted", "role_revoked"]


@pytest.mark.parametrize(("language", "text"), [("kk", "Құпиясөз"), ("ru", "Пароль")])
def test_account_pages_are_translated(client, language, text):
    html = client.get(f"/{language}/accounts/login/").content.decode()
    assert f'<html lang="{language}">' in html
    assert text in html
    assert "Forgot your password?" not in html


def test_email_change_sends_a_confirmation_to_the_new_address(client, mailoutbox,
                                                             django_capture_on_commit_callbacks):
    user = make_learner(email="old@example.org")
    client.force_login(user)
    assert client.get("/en/accounts/email/").status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/en/accounts/email/", {"action_add": "", "email": "new@example.org"})
    assert response.status_code == 302
    assert [m.to for m in mailoutbox] == [["new@example.org"]]
    user.refresh_from_db()
    assert user.email == "old@example.org"  # until the new address is confirmed


def test_institution_admins_get_no_cms_or_user_management(client):
    tree = make_tree()
    admin = make_admin(tree["almaty"])
    client.force_login(admin)
    for url in ("/admin/", "/admin/users/", "/admin/users/add/"):
        response = client.get(url)
        assert response.status_code in (302, 403), url
        if response.status_code == 302:
            assert "/login/" in response["Location"] or response["Location"] == "/admin/"


def test_behind_the_proxy_the_audit_log_keeps_the_client_address(client, settings):
    """The address comes from where the sign-in limits take it, not the proxy's own."""
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 1
    make_learner(email="proxied@example.org")
    client.post("/en/accounts/login/", {"login": "proxied@example.org", "password": "wrong-guess"},
                REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR="198.51.100.7, 203.0.113.9")
    assert AuditLog.objects.get(event="login_failed").ip_address == "203.0.113.9"
