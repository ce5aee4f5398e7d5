"""Keyboard only: start an attempt, answer every type, submit, read the feedback, follow a
"reread clause" link."""

import pytest

from protocols.selectors import protocol_clauses
from quizzes.models import Attempt
from tests.e2e.conftest import assert_accessible
from tests.factories import (
    make_course,
    make_home_page,
    make_info_page,
    make_learner,
    make_protocol,
    make_question,
    make_quiz,
    root_page,
)

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def quiz(transactional_db):
    root_page()
    home = make_home_page()
    protocol_index = home.get_children().get(slug="protocols").specific
    protocol = make_protocol(protocol_index)
    clause = protocol_clauses(protocol)[2]
    course = make_course(home.get_children().get(slug="courses").specific,
                         modules=[("Module", ["Lesson"])])
    questions = [
        make_question("single", [("Yes", False), ("Never", True)],
                      prompt="May a victim be asked to re-enact the assault?",
                      clause_ids=[clause["id"]]),
        make_question("multiple", [("A private room", True), ("A shared office", False),
                                   ("An interpreter if needed", True)],
                      prompt="What does a survivor need for an interview?"),
        make_question("true_false", [("True", False), ("False", True)],
                      prompt="A hymen examination is needed to establish rape."),
        make_question("ordering", [("Register the report", True),
                                   ("Offer a private room", True)],
                      prompt="Put the first steps in order."),
        make_question("free_text", [], prompt="Why is re-enactment harmful?"),
    ]
    # The first describes violence and cites the law: its content note (with the way to the
    # support page) and its legal basis are on the pages axe checks.
    from protocols.models import LegalReference

    make_info_page(home, kind="support", title="Support for you")
    questions[0].content_note = True
    questions[0].legal_references.add(LegalReference.objects.create(
        instrument="equality_now_2024", paragraph="20", title_en="Discriminatory practices",
        title_ru="Практика", title_kk="Тәжірибе"))
    questions[0].save()
    make_learner(email="learner@example.org")
    return make_quiz(course, questions, shuffle_options=False, pass_mark=50)


def _press_until_focused(page, selector, limit=80):
    for _ in range(limit):
        if page.evaluate(f"document.activeElement && document.activeElement.matches({selector!r})"):
            return
        page.keyboard.press("Tab")
    raise AssertionError(f"could not reach {selector} with the keyboard")


def test_keyboard_only_quiz_from_start_to_reread_link(page, live_server, quiz):
    base = live_server.url
    page.goto(f"{base}/en/accounts/login/")
    _press_until_focused(page, "input[name=login]")
    page.keyboard.type("learner@example.org")
    page.keyboard.press("Tab")
    page.keyboard.type("a-long-test-password")
    page.keyboard.press("Enter")
    page.wait_for_url("**/en/me/")

    page.goto(base + quiz.url)
    assert_accessible(page)
    _press_until_focused(page, "main form button[type=submit]")
    page.keyboard.press("Enter")
    page.wait_for_selector("form.quiz")
    assert page.locator(".content-note a", has_text="Support for you").count() == 1
    assert_accessible(page)
    attempt = Attempt.objects.get()
    keys = [item["question"] for item in attempt.items]

    # Single choice: the second radio ("Never"); arrow keys move between radios.
    _press_until_focused(page, f"input[name='q-{keys[0]}']")
    page.keyboard.press("ArrowDown")
    # Multiple: Space ticks the focused checkbox.
    _press_until_focused(page, f"input[name='q-{keys[1]}']")
    page.keyboard.press("Space")
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    page.keyboard.press("Space")
    # True or false: "False".
    _press_until_focused(page, f"input[name='q-{keys[2]}']")
    page.keyboard.press("ArrowDown")
    # Ordering (never shown in order): type each step's position into its select.
    right_order = ["Register the report", "Offer a private room"]
    _press_until_focused(page, f"select[name^='q-{keys[3]}-pos-']")
    for step in range(2):
        label = page.evaluate("document.querySelector(`label[for='${document.activeElement.id}']`)"
                              ".textContent.trim()")
        page.keyboard.type(str(right_order.index(label) + 1))
        if step == 0:
            page.keyboard.press("Tab")
    # Free text.
    _press_until_focused(page, f"textarea[name='q-{keys[4]}-text']")
    page.keyboard.type("It re-traumatises her and proves nothing.")
    _press_until_focused(page, "form.quiz button[type=submit]")
    page.keyboard.press("Enter")
    page.wait_for_url("**?result=1")
    assert page.locator(".legal-basis", has_text="Equality Now brief (2024) para. 20").count() == 1
    assert_accessible(page)
    attempt.refresh_from_db()
    assert attempt.status == "pending_review"
    answers = {str(a.question_key): a for a in attempt.answers.all()}
    assert [answers[k].correct for k in keys[:4]] == [True] * 4, [
        (k, answers[k].response) for k in keys[:4]]

    # Follow the "reread clause" link with the keyboard.
    _press_until_focused(page, "a[href*='#clause-']")
    page.keyboard.press("Enter")
    page.wait_for_url("**#clause-*")
    assert page.locator(":target .clause__number, .clause:target").count() >= 1
    assert_accessible(page)
