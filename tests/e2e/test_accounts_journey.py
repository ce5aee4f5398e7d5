"""Sign up, verify, complete the profile, join by invite; an administrator approves a request."""

import re

import pytest
from django.core import mail
from django.utils import timezone

from institutions.constants import MembershipStatus
from institutions.models import Invite, Membership
from tests.e2e.conftest import assert_accessible, totp_code
from tests.factories import make_admin, make_home_page, make_learner, make_tree

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def world(transactional_db):
    from tests.factories import root_page

    root_page()
    make_home_page()
    tree = make_tree()
    invite = Invite.objects.create(institution=tree["almaty_medeu"], max_uses=10,
                                   expires_at=timezone.now() + timezone.timedelta(days=7))
    return {**tree, "invite": invite}


def test_new_professional_signs_up_verifies_completes_profile_and_joins(page, live_server,
                                                                        world, mailoutbox):
    base = live_server.url
    page.goto(f"{base}/en/accounts/signup/")
    assert_accessible(page)
    page.get_by_label("Email").fill("new.investigator@example.org")
    page.get_by_label("Password:", exact=True).fill("Victim-centred-2026")
    page.get_by_label("Password (again)").fill("Victim-centred-2026")
    page.get_by_role("button", name="Sign Up").click()
    assert "/accounts/confirm-email/" in page.url
    assert_accessible(page)

    # The verification link from the captured mail.
    assert len(mail.outbox) == 1
    link = re.search(r"https?://\S+/accounts/confirm-email/\S+/", mail.outbox[0].body).group(0)
    page.goto(base + link[link.index("/en/"):])
    assert_accessible(page)
    page.get_by_role("button", name="Confirm").click()

    # Straight on to the profile, which is required before anything else.
    assert "/me/profile/" in page.url
    assert_accessible(page)
    page.get_by_label("Full name").fill("Aruzhan Serikova")
    page.get_by_label("Profession").select_option("police_investigator")
    page.get_by_label("Position").fill("Investigator")
    page.get_by_label("Preferred language").select_option("kk")
    page.get_by_role("button", name="Save profile").click()
    assert page.url.endswith("/en/me/")
    assert_accessible(page)

    # Join by the invite link.
    page.goto(f"{base}/en/join/{world['invite'].token}/")
    assert_accessible(page)
    page.get_by_role("button", name="Join").click()
    assert page.url.endswith("/en/me/")
    assert page.get_by_text(world["almaty_medeu"].name_en).count() >= 1
    assert_accessible(page)
    membership = Membership.objects.get(user__email="new.investigator@example.org")
    assert membership.status == MembershipStatus.ACTIVE
    assert membership.institution == world["almaty_medeu"]


def test_institution_admin_signs_in_with_two_factor_and_approves_a_request(page, live_server,
                                                                           world):
    base = live_server.url
    applicant = make_learner(email="applicant@example.org")
    request = Membership.objects.create(user=applicant, institution=world["almaty_medeu"],
                                        status=MembershipStatus.PENDING)
    make_admin(world["almaty"], email="almaty.admin@example.org")

    page.goto(f"{base}/ru/accounts/login/")
    assert_accessible(page)
    page.locator("input[name=login]").fill("almaty.admin@example.org")
    page.locator("input[name=password]").fill("a-long-test-password")
    page.locator("main form button[type=submit]").first.click()
    assert "/accounts/2fa/authenticate/" in page.url
    assert_accessible(page)
    code = totp_code()
    page.locator("input[name=code]").fill(code)
    page.locator("main form button[type=submit]").first.click()
    assert page.url.endswith("/ru/reports/")  # an administrator starts at the overview

    page.locator(".account-menu summary").click()
    page.locator(".account-menu__items").get_by_role("link", name="Управление учреждением").click()
    assert_accessible(page)
    page.get_by_role("navigation", name="Администрирование учреждения").get_by_role(
        "link", name="Заявки на вступление").click()
    assert "applicant@example.org" in page.content()
    assert_accessible(page)
    page.get_by_role("button", name=re.compile("^Одобрить")).click()
    assert page.get_by_role("status").count() == 1
    assert_accessible(page)
    request.refresh_from_db()
    assert request.status == MembershipStatus.ACTIVE


def test_new_administrator_is_made_to_set_up_two_factor_then_reaches_the_screens(
        page, live_server, world):
    base = live_server.url
    make_admin(world["almaty"], email="fresh.admin@example.org", mfa=False)
    page.goto(f"{base}/kk/accounts/login/")
    page.locator("input[name=login]").fill("fresh.admin@example.org")
    page.locator("input[name=password]").fill("a-long-test-password")
    page.locator("main form button[type=submit]").first.click()
    page.wait_for_url(lambda url: "/accounts/login/" not in url)
    page.goto(f"{base}/kk/manage/")
    # allauth asks for the password again before adding an authenticator.
    assert "/kk/accounts/reauthenticate/" in page.url
    assert page.get_by_role("status").count() == 1  # why they are here
    assert_accessible(page)
    page.locator("input[name=password]").fill("a-long-test-password")
    page.locator("main form button[type=submit]").first.click()
    page.wait_for_url("**/kk/accounts/2fa/totp/activate/**")
    assert page.locator("html").get_attribute("lang") == "kk"
    assert_accessible(page)
    secret = page.locator("#authenticator_secret").input_value()
    code = totp_code(secret)
    page.locator("input[name=code]").fill(code)
    page.locator("main form button[type=submit]").first.click()
    assert_accessible(page)  # recovery codes, or the screen itself
    page.goto(f"{base}/kk/manage/")
    assert page.url.endswith("/kk/manage/")
    assert_accessible(page)
    from allauth.mfa.models import Authenticator

    stored = Authenticator.objects.get(user__email="fresh.admin@example.org", type="totp")
    assert secret not in str(stored.data)
