"""The XSS corpus in every rich text of every page type, opened in Chromium with the
Content-Security-Policy header taken off: no payload runs (no dialog opens, no marker is
set). tests/base/test_rich_text_render.py reads the same pages' markup."""

import pytest
from django.test import Client

from tests.base.test_rich_text_render import PAGE_TYPES, VECTORS, _rich_fields, _store
from tests.factories import (
    make_course,
    make_home_page,
    make_info_page,
    make_learner,
    make_protocol,
    make_quiz,
)

pytestmark = pytest.mark.django_db(transaction=True)

# Added to the corpus: payloads that say so if they run, even where a dialog would not open.
MARKERS = ['<img src=x onerror="window.__xss=1">', '<svg onload="window.__xss=1">',
           '<script>window.__xss=1</script>', '<a href="javascript:window.__xss=1" id=x>x</a>']


@pytest.fixture
def site_pages(transactional_db):
    from wagtail.models import Page

    from tests.factories import root_page

    root_page()
    home = make_home_page()
    sections = {p.slug: p.specific for p in home.get_children()}
    course = make_course(sections["courses"], modules=[("Why it harms", ["What it does"])])
    make_quiz(course, [])
    make_protocol(sections["protocols"])
    make_info_page(home)
    return {page._meta.label: page for page in Page.objects.live().specific()}


@pytest.mark.parametrize("label", PAGE_TYPES)
def test_no_payload_runs_in_a_browser_without_csp(page, live_server, site_pages, label):
    target = site_pages[label]
    if not any(_rich_fields(type(target))):
        return  # no rich text on this page type
    _store(target, [*VECTORS, *MARKERS], "CANARY-ALL")
    client = Client()
    client.force_login(make_learner())
    page.context.add_cookies([{"name": "sessionid", "value": client.cookies["sessionid"].value,
                               "url": live_server.url}])
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))

    def without_csp(route):
        if not route.request.url.startswith(live_server.url):
            route.abort()  # a payload reaching out (the machine has no network anyway)
            return
        response = route.fetch()
        headers = {k: v for k, v in response.headers.items()
                   if k.lower() not in ("content-security-policy",
                                        "content-security-policy-report-only")}
        route.fulfill(response=response, headers=headers)

    page.route("**/*", without_csp)
    response = page.goto(live_server.url + target.url)
    assert response.status == 200 and "content-security-policy" not in response.headers
    page.wait_for_load_state("load")
    assert page.get_by_text("CANARY-ALL").first.is_visible()
    for link in page.locator("main a[href]").all()[:200]:
        href = link.get_attribute("href") or ""
        assert not href.replace(" ", "").lower().startswith(("javascript:", "data:", "vbscript:"))
    page.wait_for_timeout(300)  # onerror and onload handlers of broken images
    assert dialogs == []
    assert page.evaluate("window.__xss") is None
