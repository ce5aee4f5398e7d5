import re

import pytest

from academy.base.demo import demo_load
from tests.e2e.conftest import assert_accessible
from tests.factories import root_page

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def demo_site(transactional_db):
    # A transactional test flushes the tree that migrations made; start from a root.
    root_page()
    demo_load()


def test_visitor_reads_the_home_page_in_three_languages_and_reaches_the_admin(
    page, live_server, demo_site
):
    page.goto(live_server.url + "/en/")
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.get_by_role("heading", level=1).inner_text() == "Protocol Academy"
    assert_accessible(page)

    # Keyboard: the skip link is the first stop and moves focus to the content.
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Skip to main content")
    assert skip.evaluate("el => el === document.activeElement")

    # Open Protocols, then switch language: the switcher keeps us on Protocols.
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Protocols").click()
    assert page.url.endswith("/en/protocols/")
    page.get_by_role("navigation", name="Language").get_by_role("link", name="Русский").click()
    assert page.url.endswith("/ru/protocols/")
    assert page.locator("html").get_attribute("lang") == "ru"
    assert page.get_by_role("heading", level=1).inner_text() == "Протоколы"
    assert_accessible(page)

    page.get_by_role("navigation", name="Язык").get_by_role("link", name="Қазақша").click()
    assert page.url.endswith("/kk/protocols/")
    assert page.locator("html").get_attribute("lang") == "kk"
    assert page.get_by_role("heading", level=1).inner_text() == "Хаттамалар"
    assert_accessible(page)

    # The Kazakh home page, its interface strings and the sign-in link.
    page.get_by_role("link", name="Хаттамалар академиясы").first.click()
    assert page.get_by_role("heading", level=1).inner_text() == "Хаттамалар академиясы"
    assert page.get_by_role("link", name="Негізгі мазмұнға өту").count() == 1
    assert_accessible(page)
    page.get_by_role("navigation", name="Негізгі мәзір").get_by_role("link", name="Кіру").click()
    assert re.search(r"/kk/accounts/login/$", page.url)
    assert page.locator("html").get_attribute("lang") == "kk"
    assert_accessible(page)

    # The CMS admin signs in through the same (rate-limited) form.
    page.goto(live_server.url + "/admin/login/")
    assert "/accounts/login/" in page.url and "next=%2Fadmin%2F" in page.url
    assert page.locator("input[name=login]").count() == 1
    assert_accessible(page)
    assert page.console_errors == [], page.console_errors


def test_pages_work_without_javascript(browser, live_server, demo_site):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(live_server.url + "/ru/")
    page.get_by_role("link", name="Қазақша").click()
    assert page.url.endswith("/kk/")
    page.get_by_role("link", name="Курстар").first.click()
    assert page.url.endswith("/kk/courses/")
    context.close()
