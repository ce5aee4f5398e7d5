"""An invitation (bulk onboarding) is a link to choose a first password: it confirms the
email, signs the person in, and can be used once, for ACCOUNT_INVITATION_DAYS."""
import time
from unittest import mock

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth.hashers import make_password

from accounts.invitations import invitation_token
from accounts.models import User

pytestmark = pytest.mark.django_db
PASSWORD = "a long and private passphrase 2026"


@pytest.fixture
def invited():
    user = User.objects.create(email="invited@police.kz", password=make_password(None))
    EmailAddress.objects.create(user=user, email=user.email, verified=False, primary=True)
    return user


def _url(token):
    return f"/en/me/invitation/{token}/"


def test_choosing_a_password_confirms_the_email_and_signs_in(invited, client):
    token = invitation_token(invited)
    page = client.get(_url(token))
    assert page.status_code == 200 and "invited@police.kz" in page.content.decode()
    weak = client.post(_url(token), {"new_password1": "short", "new_password2": "short"})
    assert weak.status_code == 400 and "errorlist" in weak.content.decode()
    invited.refresh_from_db()
    assert not invited.has_usable_password()
    response = client.post(_url(token), {"new_password1": PASSWORD, "new_password2": PASSWORD})
    assert response.status_code == 302
    invited.refresh_from_db()
    assert invited.check_password(PASSWORD)
    assert EmailAddress.objects.get(user=invited).verified
    assert client.get("/en/notifications/").status_code == 200  # signed in
    # Used: the same link again is refused, and changes nothing.
    client.logout()
    again = client.post(_url(token), {"new_password1": PASSWORD + "x",
                                      "new_password2": PASSWORD + "x"})
    assert again.status_code == 400 and "already been used" in again.content.decode()
    invited.refresh_from_db()
    assert invited.check_password(PASSWORD)


def test_a_forged_or_expired_link_is_refused(invited, client, settings):
    token = invitation_token(invited)
    assert client.get(_url(token[:-2] + "xx")).status_code == 400
    later = time.time() + (settings.ACCOUNT_INVITATION_DAYS + 1) * 24 * 3600
    with mock.patch("django.core.signing.time.time", return_value=later):
        page = client.get(_url(token))
    assert page.status_code == 400 and "expired" in page.content.decode()
