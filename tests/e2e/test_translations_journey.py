"""An editor publishes version 2 of an English protocol, changing clause 2.3: the Russian
and Kazakh translations show as behind in the Translations screen with that clause's diff,
and the Russian page tells its readers. A further English version then waits in legal
review: a legal reviewer cannot approve it while the translations are behind; a moderator
approves it with a reason, which goes to the audit log. axe checks every page visited."""
import json

import pytest
from django.contrib.auth.models import Group

from accounts.models import AuditLog
from protocols.models import ClauseRecord, ProtocolPage
from protocols.workflow import protocol_workflow_ensure
from tests.e2e.conftest import WAGTAIL_EDITOR_KNOWN, assert_accessible, sign_in
from tests.factories import (
    give_totp,
    make_home_page,
    make_learner,
    make_protocol,
    republish,
    root_page,
    translate_tree,
)

pytestmark = pytest.mark.django_db(transaction=True)

BEFORE = ["Offer a private room.", "Ask which interviewer the survivor prefers."]
DURING = ["Explain each step before it happens.", "Let her pause at any time.",
          "Never ask for a re-enactment of the crime."]
CHANGED = "Never ask for a re-enactment of the crime, nor a confrontation with the suspect."


def _body(page, during):
    raw = list(page.body.raw_data)
    for n, text in enumerate(during):
        raw[1]["value"]["clauses"][n]["value"]["text"] = f"<p>{text}</p>"
    return json.dumps(raw)


@pytest.fixture
def world(transactional_db):
    root_page()
    home = make_home_page()
    index = home.get_children().get(slug="protocols").specific
    en = make_protocol(index, sections=[("Before the interview", BEFORE),
                                        ("During the interview", DURING)])
    pages = {"en": en}
    for code, title in (("ru", "Опрос взрослой пострадавшей"),
                        ("kk", "Зардап шеккен ересек адамнан жауап алу")):
        translate_tree(home, code, {"Protocols": "Хаттамалар" if code == "kk" else "Протоколы",
                                    "Courses": "Курстар" if code == "kk" else "Курсы"})
        copy = ProtocolPage.objects.get(translation_key=en.translation_key,
                                        locale__language_code=code)
        pages[code] = republish(copy, title=title, change_kind="editorial")
    protocol_workflow_ensure(index_pages=[p.get_parent() for p in pages.values()])
    # Wagtail's Moderators group comes from a migration, which a transactional test's flush
    # may have emptied.
    Group.objects.get_or_create(name="Moderators")
    people = {}
    for email, groups in (("legal@example.org", ["Civil-society reviewers", "Legal reviewers"]),
                          ("moderator@example.org", ["Legal reviewers", "Moderators"])):
        people[email] = make_learner(email=email)
        people[email].groups.add(*Group.objects.filter(name__in=groups))
        give_totp(people[email])
    editor = make_learner(email="editor@example.org")
    editor.is_superuser = editor.is_staff = True
    editor.save()
    give_totp(editor)
    make_learner(email="reader@example.org")
    return {"pages": pages, "people": people,
            "clause": str(ClauseRecord.objects.get(page=en, number="2.3").clause_id)}


def _page(browser, width=1280):
    context = browser.new_context(viewport={"width": width, "height": 900}, locale="en-GB")
    context.set_default_timeout(15_000)
    return context.new_page()


def test_translations_behind_are_shown_told_and_gate_the_next_version(browser, live_server,
                                                                      world):
    base = live_server.url
    en = world["pages"]["en"]

    # 1. The editor publishes English version 2, changing clause 2.3 in the CMS.
    editor = _page(browser)
    sign_in(editor, base, "editor@example.org")
    editor.goto(f"{base}/admin/pages/{en.pk}/edit/")
    editor.locator("textarea[name=change_summary]").fill("No confrontation with the suspect.")
    fifth = editor.locator("[data-contentpath=text] [contenteditable=true]").nth(4)
    fifth.click()
    editor.keyboard.press("End")
    editor.keyboard.press("Backspace")  # the full stop
    fifth.press_sequentially(", nor a confrontation with the suspect.")
    editor.wait_for_timeout(800)
    editor.locator("footer .w-dropdown__toggle, [data-w-dropdown-target=toggle]").last.click()
    with editor.expect_navigation():
        editor.get_by_role("button", name="Publish", exact=True).click()
    assert ProtocolPage.objects.get(pk=en.pk).version == 2

    # 2. The Translations screen shows Russian and Kazakh behind, with that clause's diff.
    editor.goto(f"{base}/admin/protocol-translations/?status=behind")
    rows = editor.locator("table.listing tbody tr")
    assert rows.count() == 2
    for code in ("ru", "kk"):
        row = editor.locator(f"#translation-{en.translation_key}-{code}")
        assert "Behind" in row.inner_text()
        assert "nor a confrontation with the suspect." in row.locator("ins").inner_text()
        assert "clause 2.3" in row.inner_text()
    assert_accessible(editor, known_upstream=WAGTAIL_EDITOR_KNOWN)

    # 3. The Russian page tells its readers, and links the clause in English.
    reader = _page(browser, width=375)
    sign_in(reader, base, "reader@example.org", two_factor=False, language="ru")
    reader.goto(base + world["pages"]["ru"].url)
    notice = reader.locator(".notice", has_text="Этот перевод отстаёт.")
    assert notice.count() == 1
    assert notice.get_by_role("link", name="2.3").get_attribute("href").endswith(
        f"#clause-{world['clause']}")
    assert_accessible(reader)

    # 4. A further English version reaches legal review while the translations are behind.
    page = ProtocolPage.objects.get(pk=en.pk)
    page.body = _body(page, [DURING[0], "Let her pause, or stop, at any time.", CHANGED])
    page.save_revision(user=world["people"]["legal@example.org"])
    workflow = page.get_workflow()
    state = workflow.start(page, world["people"]["legal@example.org"])
    task_state = state.current_task_state
    task_state.task.specific.on_action(task_state, world["people"]["legal@example.org"],
                                       "approve")
    state.refresh_from_db()
    assert state.current_task_state.task.name == "Legal review"

    # The legal reviewer can only ask for changes.
    legal = _page(browser)
    sign_in(legal, base, "legal@example.org")
    legal.goto(f"{base}/admin/pages/{en.pk}/edit/")
    legal.locator("footer .w-dropdown__toggle, [data-w-dropdown-target=toggle]").last.click()
    assert legal.locator("button[data-workflow-action-name=approve]").count() == 0
    assert legal.locator("button[data-workflow-action-name=reject]").count() >= 1
    assert_accessible(legal, known_upstream=WAGTAIL_EDITOR_KNOWN)

    # The moderator approves it anyway, with a reason.
    moderator = _page(browser)
    sign_in(moderator, base, "moderator@example.org")
    moderator.goto(f"{base}/admin/pages/{en.pk}/edit/")
    moderator.locator("footer .w-dropdown__toggle, [data-w-dropdown-target=toggle]").last.click()
    moderator.locator("button[data-workflow-action-name=override]").click()
    reason = moderator.locator("textarea[name=comment]")
    reason.fill("The court ruling takes effect on Monday; translators are on it.")
    with moderator.expect_navigation():
        moderator.locator(".modal form button[type=submit]").click()
    assert ProtocolPage.objects.get(pk=en.pk).version == 3
    entry = AuditLog.objects.get(event="translation_gate_overridden")
    assert entry.actor.email == "moderator@example.org"
    assert entry.detail["behind"] == ["kk", "ru"]
    assert entry.detail["reason"].startswith("The court ruling")
    # Wagtail's confirmation fades in: axe reads its colours once it has settled.
    moderator.locator(".messages .success").first.wait_for()
    moderator.wait_for_timeout(1500)
    assert_accessible(moderator, known_upstream=WAGTAIL_EDITOR_KNOWN)
