"""An editor quotes a protocol clause in a lesson by choosing it by number, never by id."""

import pytest

from courses.models import LessonPage
from protocols.selectors import protocol_clauses
from tests.e2e.conftest import WAGTAIL_EDITOR_KNOWN, assert_accessible, sign_in
from tests.factories import (
    course_lessons,
    give_totp,
    make_course,
    make_home_page,
    make_learner,
    make_protocol,
)

pytestmark = pytest.mark.django_db(transaction=True)


def test_editor_quotes_a_clause_chosen_by_its_number_and_the_lesson_stores_its_id(
        browser, live_server):
    home = make_home_page()
    protocol = make_protocol(home.get_children().get(slug="protocols").specific)
    course = make_course(home.get_children().get(slug="courses").specific,
                         modules=[("Practice", ["Quoting the protocol"])])
    lesson = course_lessons(course)[0]
    admin = make_learner(email="admin@example.org")
    admin.is_superuser = admin.is_staff = True
    admin.save()
    give_totp(admin)
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="en-GB")
    context.set_default_timeout(15_000)
    page = context.new_page()
    base = live_server.url
    sign_in(page, base, "admin@example.org")

    page.goto(f"{base}/admin/pages/{lesson.pk}/edit/")
    page.locator("[data-contentpath=body] button.c-sf-add-button").last.click()
    page.get_by_text("Protocol excerpt").last.click()
    chooser = page.locator("select[name$='-value-clause_id']")
    chooser.wait_for()
    assert chooser.locator("optgroup").get_attribute("label") == protocol.title
    assert_accessible(page, known_upstream=WAGTAIL_EDITOR_KNOWN)
    chooser.select_option(label="2.1 Never ask for a re-enactment.")
    page.locator("footer .w-dropdown__toggle, [data-w-dropdown-target=toggle]").last.click()
    with page.expect_navigation():
        page.get_by_role("button", name="Publish").click()

    excerpts = [block for block in LessonPage.objects.get(pk=lesson.pk).body
                if block.block_type == "protocol_excerpt"]
    assert [block.value["clause_id"] for block in excerpts] == [protocol_clauses(protocol)[2]["id"]]
    page.goto(f"{base}/admin/pages/{lesson.pk}/edit/")
    chosen = page.locator("select[name$='-value-clause_id']")
    assert chosen.evaluate("select => select.selectedOptions[0].text") == (
        "2.1 Never ask for a re-enactment.")
    context.close()
