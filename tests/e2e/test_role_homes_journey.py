"""Each role at home: a learner, an institution administrator, a national administrator and
an editor sign in, land on their home, and reach every page of their role from the account
menu alone (opened by keyboard, without JavaScript needed); axe checks every page, and at
375×812 none of them scrolls sideways."""

import pytest

from tests.e2e.conftest import (
    WAGTAIL_EDITOR_KNOWN,
    assert_accessible,
    assert_fits_the_width,
    sign_in,
)
from tests.factories import make_editor, make_learner

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def world(police_world):
    make_learner(police_world["almaty_medeu"], email="learner@example.org")
    make_editor(email="editor@example.org", group="Journey editors")
    return police_world


def _phone(browser):
    context = browser.new_context(viewport={"width": 375, "height": 812}, locale="en-GB")
    context.set_default_timeout(15_000)
    return context.new_page()


def _check(page, known=()):
    assert_accessible(page, known_upstream=known)
    assert_fits_the_width(page)


def _via_menu(page, name):
    """Open the account menu from the keyboard and follow `name`."""
    summary = page.locator(".account-menu summary")
    summary.focus()
    page.keyboard.press("Enter")
    link = page.locator(".account-menu__items").get_by_role("link", name=name, exact=True)
    link.wait_for()
    link.click()
    page.wait_for_load_state()


ROLES = {
    # who: (email, two-factor, home path, [(menu item, path reached, further links there)])
    "learner": ("learner@example.org", False, "/en/me/", [
        ("Notifications", "/en/notifications/", []),
        ("Account", "/en/me/profile/", []),
        ("My training", "/en/me/", []),
    ]),
    "institution_admin": ("almaty.admin@example.org", True, "/en/reports/", [
        ("Manage my institution", "/en/manage/", ["Join requests", "Invite links",
                                                  "Assign a course", "Import staff"]),
        ("Reports", "/en/reports/", ["Completion by unit", "Protocol currency", "Learners",
                                     "Email summaries"]),
        ("My training", "/en/me/", []),
        ("Account", "/en/me/profile/", []),
    ]),
    "national_admin": ("national@example.org", True, "/en/reports/", [
        ("Reports", "/en/reports/", ["Completion by profession", "Protocol currency"]),
        ("Notifications", "/en/notifications/", []),
    ]),
    "editor": ("editor@example.org", True, "/admin/", []),
}


@pytest.mark.parametrize("who", sorted(ROLES))
def test_each_role_lands_at_home_and_reaches_its_pages_from_the_menu(browser, live_server,
                                                                    world, who):
    email, two_factor, home, items = ROLES[who]
    page = _phone(browser)
    base = live_server.url
    sign_in(page, base, email, two_factor=two_factor, landing=home)
    if who == "editor":
        _check(page, known=WAGTAIL_EDITOR_KNOWN)
        # From the public site, the menu leads back to the CMS.
        page.goto(f"{base}/en/courses/")
        _via_menu(page, "CMS")
        assert page.url == f"{base}/admin/"
        page.goto(f"{base}/en/courses/")
        _via_menu(page, "My training")
        assert page.url == f"{base}/en/me/"
        _check(page)
        return
    _check(page)
    if home == "/en/reports/":  # the charts' words stay readable on the phone
        sizes = page.evaluate("""[...document.querySelectorAll('.chart-row span')]
            .map(e => parseFloat(getComputedStyle(e).fontSize))""")
        assert sizes and min(sizes) >= 12, sizes
    for item, path, further in items:
        _via_menu(page, item)
        assert page.url == f"{base}{path}", (item, page.url)
        _check(page)
        for name in further:
            page.get_by_role("link", name=name, exact=True).first.click()
            page.wait_for_load_state()
            _check(page)
            page.go_back()
    page.context.close()
