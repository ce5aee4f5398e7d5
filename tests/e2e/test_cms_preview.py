"""The CMS works under the site's Content-Security-Policy (the same as production's): the
editor's preview panel renders the protocol, and no admin page logs a policy violation;
the public pages keep the strict policy."""
import pytest

from tests.e2e.conftest import sign_in
from tests.factories import give_totp, make_home_page, make_learner, make_protocol, root_page

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def protocol(transactional_db):
    root_page()
    home = make_home_page()
    index = home.get_children().get(slug="protocols").specific
    page = make_protocol(index, title="Interviewing an adult survivor")
    editor = make_learner(email="editor@example.org")
    editor.is_superuser = editor.is_staff = True
    editor.save()
    give_totp(editor)
    return page


def test_the_preview_panel_renders_the_protocol_under_the_policy(browser, live_server, protocol):
    context = browser.new_context(viewport={"width": 1400, "height": 900}, locale="en-GB")
    context.set_default_timeout(20_000)
    page = context.new_page()
    violations = []
    page.on("console", lambda m: violations.append(m.text)
            if "Content Security Policy" in m.text or "Refused to" in m.text else None)
    base = live_server.url
    sign_in(page, base, "editor@example.org")
    page.goto(f"{base}/admin/pages/{protocol.pk}/edit/")
    page.get_by_role("button", name="Toggle preview").click()
    frame = page.frame_locator("#w-preview-iframe")
    frame.locator("h1", has_text="Interviewing an adult survivor").wait_for()
    assert page.frame_locator("#w-preview-iframe").locator(
        "h1", has_text="Interviewing an adult survivor").is_visible()
    # The rest of the CMS an editor uses every day runs under the policy too.
    for url in ("/admin/", f"/admin/pages/{protocol.get_parent().pk}/",
                "/admin/protocol-translations/", "/admin/images/"):
        page.goto(f"{base}{url}")
        page.wait_for_load_state("networkidle")
    assert not violations, violations
    public = page.request.get(f"{base}/en/protocols/")
    policy = public.headers["content-security-policy"]
    assert "frame-ancestors 'none'" in policy and "unsafe-inline" not in policy
    context.close()
