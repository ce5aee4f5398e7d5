"""An editor writes a protocol, reviewers approve it, a learner reads it in Russian and
confirms it; a second version changes one clause and the history shows exactly that."""


import pytest
from django.contrib.auth.models import Group, Permission
from playwright.sync_api import expect
from wagtail.models import GroupPagePermission

from protocols.models import ProtocolAcknowledgement, ProtocolPage
from protocols.workflow import protocol_workflow_ensure
from tests.e2e.conftest import WAGTAIL_EDITOR_KNOWN, assert_accessible, sign_in
from tests.factories import (
    give_totp,
    make_home_page,
    make_learner,
    root_page,
    translate_tree,
)

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def world(transactional_db):
    root_page()
    home = make_home_page()
    translate_tree(home, "ru", {"Protocol Academy": "Академия протоколов",
                                "Protocols": "Протоколы", "Courses": "Курсы"})
    from protocols.models import ProtocolIndexPage

    indexes = list(ProtocolIndexPage.objects.all())
    protocol_workflow_ensure(index_pages=indexes)
    editors = Group.objects.get_or_create(name="Editors")[0]
    editors.permissions.add(Permission.objects.get(codename="access_admin"))
    for index in indexes:
        for codename in ("add_page", "change_page"):
            GroupPagePermission.objects.get_or_create(
                group=editors, page=index, permission=Permission.objects.get(
                    content_type__app_label="wagtailcore", codename=codename))
    editor = make_learner(email="editor@example.org")
    editor.groups.add(editors)
    reviewer = make_learner(email="reviewer@example.org")
    reviewer.groups.add(*Group.objects.filter(name__in=["Civil-society reviewers",
                                                        "Legal reviewers"]))
    for user in (editor, reviewer):
        give_totp(user)
    make_learner(email="learner@example.org")
    return {"en_index": next(i for i in indexes if i.locale.language_code == "en")}


def _new_browser_page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="en-GB")
    context.set_default_timeout(15_000)
    return context.new_page()


def test_protocol_from_draft_to_acknowledged_second_version(browser, live_server, world):
    base = live_server.url
    clauses = [
        "Offer a private room where the conversation cannot be overheard.",
        "Ask whether the survivor prefers an interviewer of a particular sex.",
        "Never ask the survivor to re-enact the crime.",
    ]

    # 1. The editor writes a protocol with three clauses and submits it for review.
    page = _new_browser_page(browser)
    sign_in(page, base, "editor@example.org")
    page.goto(f"{base}/admin/pages/add/protocols/protocolpage/{world['en_index'].pk}/")
    assert_accessible(page)
    page.locator("input[name=title]").fill("Interviewing an adult survivor")
    page.locator("textarea[name=summary]").fill("How to interview a survivor safely.")
    body = page.locator("[data-contentpath=body]")
    body.locator("button.c-sf-add-button").first.click()
    body.locator("input[name='body-0-value-heading']").fill("The interview")
    for index, text in enumerate(clauses):
        if index:
            # The list's own "insert" buttons, not those of a clause's element stream.
            body.locator("[data-contentpath=clauses] > div > div > button.c-sf-add-button").last.click()
        editor_box = body.locator("[data-contentpath=text] [contenteditable=true]").nth(index)
        editor_box.wait_for()
        editor_box.click()
        editor_box.press_sequentially(text)
        expect(editor_box).to_contain_text(text)
    # Draftail saves its state to the form field a moment after typing stops.
    page.wait_for_timeout(800)
    page.locator("footer .w-dropdown__toggle, [data-w-dropdown-target=toggle]").last.click()
    page.get_by_role("button", name="Submit to Protocol review").click()
    page.wait_for_url("**/admin/pages/**")
    protocol = ProtocolPage.objects.get(slug="interviewing-an-adult-survivor")
    assert not protocol.live
    submitted = protocol.get_latest_revision_as_object()
    from protocols.selectors import protocol_clauses

    assert [c["plain"] for c in protocol_clauses(submitted)] == clauses
    page.context.close()

    # 2. The reviewer approves both steps; the last approval publishes.
    page = _new_browser_page(browser)
    sign_in(page, base, "reviewer@example.org")
    for _step in ("Civil-society review", "Legal review"):
        page.goto(f"{base}/admin/pages/{protocol.pk}/edit/")
        assert page.locator("input[name=title]").input_value() == "Interviewing an adult survivor"
        assert_accessible(page, known_upstream=WAGTAIL_EDITOR_KNOWN)
        page.locator("footer .w-dropdown__toggle, [data-w-dropdown-target=toggle]").last.click()
        with page.expect_navigation():
            page.locator("button[data-workflow-action-name=approve]"
                         ":not([data-workflow-action-modal-url])").click()
    protocol.refresh_from_db()
    assert protocol.live
    page.context.close()

    # A translator's Russian copy (simple translation keeps each clause's id).
    from wagtail.models import Locale

    russian = protocol.copy_for_translation(Locale.objects.get(language_code="ru"))
    russian.title = "Опрос взрослой пострадавшей"
    russian.save_revision().publish()
    russian = ProtocolPage.objects.get(pk=russian.pk)

    # 3. A learner reads it in Russian and confirms version 1.
    page = _new_browser_page(browser)
    sign_in(page, base, "learner@example.org", two_factor=False, language="ru")
    page.goto(base + russian.url)
    assert page.locator("html").get_attribute("lang") == "ru"
    assert page.get_by_role("heading", level=1).inner_text() == "Опрос взрослой пострадавшей"
    assert page.locator(".clause__number").all_inner_texts() == ["1.1", "1.2", "1.3"]
    assert_accessible(page)
    page.get_by_role("button", name="Я ознакомлен").click()
    assert page.get_by_role("status").count() == 1  # the thank-you message
    assert "подтвердили ознакомление с версией 1" in page.locator(".done").inner_text()
    assert_accessible(page)
    ack = ProtocolAcknowledgement.objects.get()
    assert (ack.version, ack.translation_key, ack.language) == (1, protocol.translation_key, "ru")
    page.context.close()

    # 4. Version 2 changes one clause; the history page shows exactly that change.
    admin = make_learner(email="admin@example.org")
    admin.is_superuser = admin.is_staff = True
    admin.save()
    give_totp(admin)
    page = _new_browser_page(browser)
    sign_in(page, base, "admin@example.org")
    page.goto(f"{base}/admin/pages/{protocol.pk}/edit/")
    assert_accessible(page, known_upstream=WAGTAIL_EDITOR_KNOWN)
    # The version number is the system's: the editor sees it, and cannot type a lower one.
    version = page.get_by_role("textbox", name="Version", exact=True)
    expect(version).to_have_text("1")
    assert page.locator("input[name=version]").count() == 0
    page.locator("textarea[name=change_summary]").fill("The interviewer's sex is offered, not asked.")
    second = page.locator("[data-contentpath=text] [contenteditable=true]").nth(1)
    second.click()
    page.keyboard.press("End")
    second.press_sequentially(" Offer one, and respect her choice.")
    page.wait_for_timeout(800)
    page.locator("footer .w-dropdown__toggle, [data-w-dropdown-target=toggle]").last.click()
    with page.expect_navigation():
        page.get_by_role("button", name="Publish").click()
    protocol.refresh_from_db()
    assert protocol.version == 2  # a reworded clause made a new version at publish
    page.goto(f"{base}/admin/pages/{protocol.pk}/edit/")
    expect(page.get_by_role("textbox", name="Version", exact=True)).to_have_text("2")
    page.goto(base + protocol.url + "history/")
    assert_accessible(page)
    changes = page.locator("ol.changes > li")
    assert changes.count() == 1
    assert "1.2" in changes.first.inner_text()
    assert "Offer one, and respect her choice." in changes.first.locator("ins").all_inner_texts()[0] \
        or "Offer one" in " ".join(changes.first.locator("ins").all_inner_texts())
    page.context.close()
