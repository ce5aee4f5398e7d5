"""The clause chooser: editors pick a published protocol's clause by its number and the id is
stored; a pasted link or anchor is read as the id it holds."""

import json
import uuid

import pytest
from django.core.exceptions import ValidationError

from protocols.choosers import ClauseChooserBlock, clause_id_normalise
from protocols.models import ProtocolPage
from protocols.selectors import clause_choices
from tests.factories import make_protocol, make_question, publish
from tests.protocols.test_clause_references import _admin, _excerpts, _ids, _lesson_quoting

pytestmark = pytest.mark.django_db


# --- the chooser -----------------------------------------------------------------------

def test_the_chooser_offers_clauses_of_published_protocols_by_number_and_stores_the_id(
        client, index):
    from courses.blocks import ProtocolExcerptBlock

    page = make_protocol(index)
    draft = ProtocolPage(title="Not yet published", slug="draft", summary="s.", live=False,
                         body=json.dumps([]))
    index.add_child(instance=draft)
    ids = _ids(page)
    assert clause_choices() == [(page.title, [
        (ids[0], "1.1 Offer a private room."),
        (ids[1], "1.2 Ask which interviewer the survivor prefers."),
        (ids[2], "2.1 Never ask for a re-enactment."),
    ])]
    block = ProtocolExcerptBlock()
    assert block.clean({"clause_id": ids[2], "note": ""})["clause_id"] == ids[2]
    assert block.clean({"clause_id": f"#clause-{ids[2]}", "note": ""})["clause_id"] == ids[2]
    with pytest.raises(ValidationError):
        block.clean({"clause_id": str(uuid.uuid4()), "note": ""})
    with pytest.raises(ValidationError):
        block.clean({"clause_id": "", "note": ""})

    # The lesson editor lists the clauses, and a protocol published since is listed too.
    lesson, _learner = _lesson_quoting(index, page)
    client = _admin(client)
    edit = client.get(f"/admin/pages/{lesson.pk}/edit/").content.decode()
    assert "2.1 Never ask for a re-enactment." in edit and "Not yet published" not in edit
    make_protocol(index, title="Referral to support services",
                  sections=[("Referral", ["Offer the crisis-centre number."])])
    edit = client.get(f"/admin/pages/{lesson.pk}/edit/").content.decode()
    assert "1.1 Offer the crisis-centre number." in edit


def test_an_excerpt_stored_with_the_anchor_prefix_still_shows_its_clause(client, index):
    page = make_protocol(index)
    lesson, learner = _lesson_quoting(index, page)
    lesson.body = json.dumps([{"type": "protocol_excerpt", "id": str(uuid.uuid4()),
                               "value": {"clause_id": f"clause-{_ids(page)[2]}", "note": ""}}])
    lesson = publish(lesson)
    assert lesson.body[0].value["clause_id"] == _ids(page)[2]
    assert ClauseChooserBlock().to_python(f"clause-{_ids(page)[2]}") == _ids(page)[2]
    client.force_login(learner)
    [excerpt] = _excerpts(client, lesson)
    assert "Never ask for a re-enactment." in excerpt


def test_clause_links_and_anchors_are_read_as_clause_ids():
    clause_id = str(uuid.uuid4())
    for pasted in (clause_id, clause_id.upper(), f"clause-{clause_id}", f"#clause-{clause_id}",
                   f" https://academy.example/en/protocols/interview/#clause-{clause_id} ",
                   f"/api/protocols/clauses/{clause_id}/"):
        assert clause_id_normalise(pasted) == clause_id
    assert clause_id_normalise("#clause-") is None and clause_id_normalise("") is None


def test_question_clauses_are_chosen_from_a_list_and_a_pasted_anchor_is_stored_as_the_id(
        client, index):
    page = make_protocol(index)
    ids = _ids(page)
    question = make_question()
    client = _admin(client)
    url = f"/admin/snippets/quizzes/question/edit/{question.pk}/"
    edit = client.get(url).content.decode()
    assert f'<optgroup label="{page.title}">' in edit
    assert f'<option value="{ids[2]}">2.1 Never ask for a re-enactment.</option>' in edit

    options = list(question.options.all())
    data = {"kind": "single", "scoring": "all_or_nothing", "case_text": "",
            "prompt": question.prompt, "explanation": question.explanation, "difficulty": "1",
            "options-TOTAL_FORMS": str(len(options)), "options-INITIAL_FORMS": str(len(options)),
            "options-MIN_NUM_FORMS": "0", "options-MAX_NUM_FORMS": "1000",
            "clause_ids": [f"#clause-{ids[2]}", f"https://x.example/en/protocols/p/#clause-{ids[0]}"]}
    for n, option in enumerate(options):
        data.update({f"options-{n}-id": str(option.pk), f"options-{n}-text": option.text,
                     f"options-{n}-is_correct": "on" if option.is_correct else "",
                     f"options-{n}-explanation": option.explanation,
                     f"options-{n}-ORDER": str(n + 1), f"options-{n}-DELETE": ""})
    response = client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:3000]
    question.refresh_from_db()
    assert question.clause_ids == [ids[2], ids[0]]

    # A clause whose protocol is unpublished for now stays chosen; text with no id is refused.
    ProtocolPage.objects.get(pk=page.pk).unpublish()
    edit = client.get(url).content.decode()
    assert f'<option value="{ids[2]}" selected>{ids[2]}</option>' in edit
    response = client.post(url, {**data, "clause_ids": [ids[2], "see clause 2.1"]})
    assert response.status_code == 200 and "is not a protocol clause" in response.content.decode()
