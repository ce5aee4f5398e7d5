"""An editor publishes version 2 of a protocol with one clause changed, marked substantive;
the investigator who confirmed version 1 finds a refresher with exactly that clause's
changes, in Russian, and confirms version 2; her administrator's acknowledgement figure
drops on publication and recovers. The course she completed, whose question cites that
clause, needs a refresher: she answers its question in Russian and the course is current
again. axe checks every page on the way."""
import pytest

from accounts.models import Profile
from courses.models import Certificate, CourseProgress
from protocols.models import ClauseRecord, ProtocolPage
from protocols.services import protocol_acknowledge
from tests.currency.test_refreshers import CLAUSES, RU, _body
from tests.e2e.conftest import (
    WAGTAIL_EDITOR_KNOWN,
    assert_accessible,
    assert_fits_the_width,
    sign_in,
)
from tests.factories import (
    complete_course,
    give_totp,
    locale,
    make_admin,
    make_course,
    make_home_page,
    make_learner,
    make_protocol,
    make_question,
    make_quiz,
    make_tree,
    republish,
    root_page,
    translate_tree,
)

pytestmark = pytest.mark.django_db(transaction=True)

RU_V2 = "Спросите, кого она предпочитает, и предложите женщину."
QUESTION_RU = ("Может ли она выбрать, кто будет её опрашивать?",
               ["Только если следователь согласен", "Да, её спрашивают, кого она предпочитает"])


def _in_russian(question, texts):
    """The question's Russian translation: the same key, its options keeping theirs."""
    from quizzes.models import Question, QuestionOption

    prompt, options = texts
    russian = Question(translation_key=question.translation_key, locale=locale("ru"),
                       kind=question.kind, prompt=prompt, explanation=question.explanation,
                       clause_ids=question.clause_ids)
    russian.options = [QuestionOption(key=o.key, text=text, is_correct=o.is_correct,
                                      sort_order=o.sort_order)
                       for o, text in zip(question.options.order_by("sort_order"), options,
                                          strict=True)]
    russian.save()


@pytest.fixture
def world(transactional_db):
    root_page()
    home = make_home_page()
    index = home.get_children().get(slug="protocols").specific
    protocol = make_protocol(index, sections=[("The interview", CLAUSES)])
    second = str(ClauseRecord.objects.get(page=protocol, number="1.2").clause_id)
    course = make_course(home.get_children().get(slug="courses").specific,
                         title="Interviewing survivors", modules=[("The room", ["Privacy"])])
    question = make_question(prompt="May she choose who interviews her?", clause_ids=[second],
                             options=(("Only if the investigator agrees", False),
                                      ("Yes, she is asked whom she prefers", True)))
    _in_russian(question, QUESTION_RU)
    make_quiz(course, [question], required=False)
    translate_tree(home, "ru", {"Protocols": "Протоколы", "Courses": "Курсы"})
    ru = ProtocolPage.objects.get(translation_key=protocol.translation_key,
                                  locale__language_code="ru")
    ru = republish(ru, title="Опрос взрослой пострадавшей", body=_body(ru, RU),
                   change_kind="editorial")
    tree = make_tree()
    investigator = make_learner(tree["almaty_medeu"], email="investigator@example.org")
    Profile.objects.filter(user=investigator).update(preferred_language="ru")
    protocol_acknowledge(user=investigator, page=ru)
    complete_course(investigator, course)
    make_admin(tree["almaty"], email="almaty.admin@example.org")
    editor = make_learner(email="editor@example.org")
    editor.is_superuser = editor.is_staff = True
    editor.save()
    give_totp(editor)
    return {"en": protocol, "ru": ru}


def _coverage(page, base):
    page.goto(f"{base}/en/reports/figures/acknowledgements/")
    row = page.locator("#table-acknowledgements table tbody tr").first
    return row.locator("td").all_inner_texts()


def _currency(page, base):
    """The currency report's protocol and course rows: staff, current, out of date, share."""
    page.goto(f"{base}/en/reports/currency/?open=currency_courses")
    return [page.locator(f"#table-currency_{kind} table tbody tr").first.locator("td")
            .all_inner_texts()[:4] for kind in ("protocols", "courses")]


def test_a_substantive_change_brings_the_reader_back_up_to_date(browser, live_server, world):
    base = live_server.url

    def new_page(width=1280):
        context = browser.new_context(viewport={"width": width, "height": 900}, locale="en-GB")
        context.set_default_timeout(15_000)
        return context.new_page()

    admin = new_page()
    sign_in(admin, base, "almaty.admin@example.org")
    # Version 1: of the two people in Almaty's units (she and her administrator), one.
    assert _coverage(admin, base) == ["1", "2", "1", "50%"]

    # The editor changes the second clause and calls it substantive.
    editor = new_page()
    sign_in(editor, base, "editor@example.org")
    editor.goto(f"{base}/admin/pages/{world['en'].pk}/edit/")
    assert_accessible(editor, known_upstream=WAGTAIL_EDITOR_KNOWN)
    editor.get_by_label("Kind of change").select_option("substantive")
    editor.locator("textarea[name=change_summary]").fill("Offer a woman interviewer.")
    second = editor.locator("[data-contentpath=text] [contenteditable=true]").nth(1)
    second.click()
    editor.keyboard.press("End")
    second.press_sequentially(" Offer a woman.")
    editor.wait_for_timeout(800)
    editor.locator("footer .w-dropdown__toggle, [data-w-dropdown-target=toggle]").last.click()
    with editor.expect_navigation():
        editor.get_by_role("button", name="Publish").click()
    assert ProtocolPage.objects.get(pk=world["en"].pk).version == 2
    # The translator brings the Russian text to version 2.
    ru = ProtocolPage.objects.get(pk=world["ru"].pk)
    republish(ru, body=_body(ru, [RU[0], RU_V2, RU[2]]))

    # Her administrator's figure drops: nobody has confirmed version 2.
    assert _coverage(admin, base) == ["2", "2", "0", "0%"]
    assert_accessible(admin)
    # The currency report says who is behind: she is, on the protocol and on the course.
    assert _currency(admin, base) == [["2", "0", "1", "0%"], ["2", "0", "1", "0%"]]
    admin.locator("#fold-currency_people > summary").click()  # the list, folded by default
    assert "confirmed version 1; the latest is 2" in admin.locator(
        "#table-currency_people").inner_text()
    assert_accessible(admin)

    # She finds the refresher on her dashboard, in Russian, with only that clause.
    reader = new_page(width=375)  # on her phone
    sign_in(reader, base, "investigator@example.org", two_factor=False, language="ru")
    todo = reader.locator("section[aria-labelledby=tasks-title] a")
    assert todo.count() == 2  # the protocol to confirm, and the course to refresh
    assert "Опрос взрослой пострадавшей" in todo.first.inner_text()
    assert_accessible(reader)
    todo.first.click()
    reader.wait_for_url("**/ru/refreshers/protocols/**")
    changes = reader.locator("ol.changes > li")
    assert changes.count() == 1
    assert "она предпочитает, и предложите женщину." in changes.first.locator("ins").inner_text()
    assert "из интервьюеров предпочитает пострадавшая." in changes.first.locator(
        "del").inner_text()
    assert RU[0] not in reader.locator("main").inner_text()
    assert_accessible(reader)
    assert_fits_the_width(reader)
    reader.get_by_role("button", name="Я ознакомлен(а) с версией 2").click()
    reader.wait_for_url("**/ru/me/")
    assert_accessible(reader)

    # The course she completed teaches that clause: it needs a refresher, on her home and
    # on the course page; its question comes in Russian, after the same clause's changes.
    todo = reader.locator("section[aria-labelledby=tasks-title] a")
    assert todo.count() == 1 and "Interviewing survivors" in todo.inner_text()
    assert "Нужно повторение" in reader.locator("main").inner_text()
    todo.click()
    reader.wait_for_url("**/ru/refreshers/courses/**")
    assert reader.locator("ol.changes > li").count() == 1
    assert QUESTION_RU[0] in reader.locator("legend").inner_text()
    assert_accessible(reader)
    assert_fits_the_width(reader)
    reader.get_by_label(QUESTION_RU[1][1]).check()
    reader.get_by_role("button", name="Отправить ответы").click()
    reader.wait_for_url("**/ru/courses/**")
    assert "снова актуален" in reader.locator(".messages").inner_text()
    assert "Повторено" in reader.locator("main").inner_text()
    assert_accessible(reader)
    progress = CourseProgress.objects.get(user__email="investigator@example.org")
    assert progress.refresher_needed_at is None and progress.refreshed_at
    assert Certificate.objects.filter(user__email="investigator@example.org").count() == 2
    reader.goto(f"{base}/ru/me/")
    assert reader.locator("section[aria-labelledby=tasks-title]").count() == 0
    assert _currency(admin, base) == [["2", "1", "0", "50%"], ["2", "1", "0", "50%"]]

    # And the figure recovers.
    assert _coverage(admin, base) == ["2", "2", "1", "50%"]
