"""Browser journeys: Playwright drives Chromium against a live server; axe checks each page."""

import os
import shutil
from pathlib import Path

import pytest

from tests.conftest import require
from tests.factories import totp_code  # noqa: F401  (journeys import it from here)

CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-dev-shm-usage",
]


def chromium_executable():
    """PLAYWRIGHT_CHROMIUM_EXECUTABLE, else Debian's chromium, else Playwright's own build."""
    configured = os.environ.get("PLAYWRIGHT_CHROMIUM_EXECUTABLE")
    if configured:
        return configured
    for candidate in ("/usr/bin/chromium", shutil.which("chromium") or ""):
        if candidate and Path(candidate).exists():
            return candidate
    return None


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/e2e/" in str(item.fspath):
            item.add_marker(pytest.mark.e2e)


@pytest.fixture(scope="session")
def browser():
    # Playwright's sync API runs an event loop in the test thread for the whole
    # session; the tests' own database calls (and teardown flushes) are still
    # synchronous.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:  # pragma: no cover - the test extra installs it
        require(False, "Playwright")
    with sync_playwright() as playwright:
        try:
            browser = playwright.chromium.launch(
                executable_path=chromium_executable(), args=CHROMIUM_ARGS, headless=True
            )
        except Exception as exc:
            require(False, f"Chromium ({exc.__class__.__name__}: {str(exc)[:200]})")
        yield browser
        browser.close()
    os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)


@pytest.fixture
def page(browser):
    context = browser.new_context(locale="en-GB", viewport={"width": 390, "height": 844})
    context.set_default_timeout(15_000)
    page = context.new_page()
    errors = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.console_errors = errors
    yield page
    context.close()


SERIOUS = {"serious", "critical"}


# Wagtail's own editor (Draftail inside a StreamField) renders its contenteditable
# without an accessible name once it holds text; that is upstream, so admin pages
# are checked with this one rule set aside. Our own pages get no exceptions.
WAGTAIL_EDITOR_KNOWN = ("aria-input-field-name",)


def assert_accessible(page, known_upstream=()):
    """Fail on any serious or critical axe-core violation on the current page."""
    from axe_playwright_python.sync_playwright import Axe

    # Colours read mid-animation (Wagtail's messages fade in) are not the page's colours.
    page.evaluate("""() => Promise.race([
        Promise.all(document.getAnimations().filter(a => isFinite(
            a.effect?.getComputedTiming?.().endTime ?? Infinity)).map(a => a.finished.catch(() => null))),
        new Promise(resolve => setTimeout(resolve, 3000))])""")
    results = Axe().run(page)
    violations = [v for v in results.response["violations"]
                  if v.get("impact") in SERIOUS and v["id"] not in known_upstream]
    report = "\n".join(
        f"{v['id']} ({v['impact']}): {v['help']} -> "
        + "; ".join(n["target"][0] if n["target"] else "?" for n in v["nodes"][:5])
        for v in violations
    )
    assert not violations, f"axe found violations on {page.url}:\n{report}"


PASSWORD = "a-long-test-password"  # tests.factories.UserFactory's


def sign_in(page, base, email, two_factor=True, language="en", landing=None):
    """Sign in through the form (and the TOTP step); lands on the role's home (the
    learner's training, an administrator's overview, the CMS), which `landing` checks."""
    page.goto(f"{base}/{language}/accounts/login/")
    page.locator("input[name=login]").fill(email)
    page.locator("input[name=password]").fill(PASSWORD)
    page.locator("main form button[type=submit]").first.click()
    if two_factor:
        page.wait_for_url("**/accounts/2fa/authenticate/**")
        page.locator("input[name=code]").fill(totp_code())
        page.locator("main form button[type=submit]").first.click()
    page.wait_for_url(lambda url: "/accounts/" not in url and "/start/" not in url)
    if landing is not None:
        assert page.url == f"{base}{landing}", page.url


def assert_fits_the_width(page):
    """No sideways scrolling: the page is no wider than the window (a 375 px phone)."""
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    if overflow > 0:  # name the widest culprits, for whoever fixes it
        wide = page.evaluate("""() => [...document.querySelectorAll('body *')]
            .filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)
            .slice(0, 6).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                + (typeof e.className === 'string' && e.className
                   ? '.' + e.className.split(' ').join('.') : '')
                + ' ' + Math.round(e.getBoundingClientRect().right))""")
        raise AssertionError(f"{page.url} scrolls sideways by {overflow} px: {wide}")


@pytest.fixture
def police_world(transactional_db):
    """Two police departments with units, two courses, forty generated learners in Almaty
    and three in Astana (their report rows built), Almaty's administrator and a national
    one: the world of the report and role journeys."""
    import random

    from tests.factories import make_admin, make_course, make_home_page, make_tree, root_page
    from tests.reports.conftest import rebuild, seed_learners

    root_page()
    home = make_home_page()
    index = home.get_children().get(slug="courses").specific
    tree = make_tree()
    courses = [make_course(index, title="Ending investigative re-enactment"),
               make_course(index, title="Forensic examination without hymen examination")]
    seed_learners([tree["almaty"], tree["almaty_medeu"]], courses, 40, rng=random.Random(4))
    seed_learners([tree["astana_yesil"]], courses, 3, rng=random.Random(5))
    rebuild()
    make_admin(tree["almaty"], email="almaty.admin@example.org")
    make_admin(None, email="national@example.org")
    return {**tree, "courses": courses}
