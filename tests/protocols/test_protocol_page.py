import json
import re

import pytest

from protocols.models import ClauseRecord, ProtocolAcknowledgement, ProtocolPage, ProtocolVersion
from protocols.selectors import protocol_clauses
from tests.factories import (
    clause_value,
    make_learner,
    make_protocol,
    make_tree,
    protocol_body,
    republish,
    translate_tree,
)

pytestmark = pytest.mark.django_db


def test_protocol_page_shows_numbered_clauses_with_anchors(client, index):
    page = make_protocol(index)
    html = client.get(page.url).content.decode()
    clauses = protocol_clauses(page)
    assert [c["number"] for c in clauses] == ["1.1", "1.2", "2.1"]
    for clause in clauses:
        assert f'id="clause-{clause["id"]}"' in html
        assert f'href="#clause-{clause["id"]}"' in html
    assert "Never ask for a re-enactment." in html


def test_clause_ids_survive_reordering_and_editing(index):
    page = make_protocol(index)
    before = {c["plain"]: c["id"] for c in protocol_clauses(page)}
    raw = json.loads(page.body.raw_data.__class__.__name__ and json.dumps(list(page.body.raw_data)))
    clauses = raw[0]["value"]["clauses"]
    clauses.reverse()  # reorder the first section
    clauses[0]["value"]["text"] = "<p>Ask which interviewer the survivor prefers, and why.</p>"
    page = republish(page, body=json.dumps(raw))
    after = protocol_clauses(page)
    assert after[0]["id"] == before["Ask which interviewer the survivor prefers."]
    assert after[0]["number"] == "1.1" and "and why" in after[0]["plain"]
    assert after[1]["id"] == before["Offer a private room."] and after[1]["number"] == "1.2"


def test_each_publish_records_the_version_and_the_clause_lookup(index):
    page = make_protocol(index)
    assert list(ProtocolVersion.objects.values_list("number", flat=True)) == [1]
    assert ClauseRecord.objects.filter(page=page).count() == 3
    raw = list(page.body.raw_data)
    raw[1]["value"]["clauses"][0]["value"]["text"] = "<p>Never ask the victim to re-enact the crime.</p>"
    republish(page, body=json.dumps(raw), version=2, change_summary="Clearer wording.")
    assert list(ProtocolVersion.objects.order_by("number").values_list("number", flat=True)) == [1, 2]
    record = ClauseRecord.objects.get(page=page, number="2.1")
    assert "re-enact the crime" in record.text and record.version == 2


def test_history_page_shows_exactly_the_changed_clause(client, index):
    page = make_protocol(index)
    raw = list(page.body.raw_data)
    raw[1]["value"]["clauses"][0]["value"]["text"] = "<p>Never ask the victim for a re-enactment.</p>"
    republish(page, body=json.dumps(raw), version=2, change_summary="Clearer wording.")
    html = client.get(page.url + "history/").content.decode()
    assert html.count('class="change change--') == 1
    assert "change--changed" in html and "clause 2.1" in html
    assert "<ins>the victim for a</ins>" in html or "<ins>" in html
    assert "Clearer wording." in html


def test_history_compares_any_two_versions_and_reports_added_and_removed(client, index):
    page = make_protocol(index)
    raw = list(page.body.raw_data)
    removed = raw[0]["value"]["clauses"].pop(0)
    raw[1]["value"]["clauses"].append(clause_value("Offer a break every hour."))
    republish(page, body=json.dumps(raw), version=2)
    raw[1]["value"]["clauses"][0]["value"]["text"] = "<p>Never ask for a re-enactment, ever.</p>"
    republish(page, body=json.dumps(raw))  # version 3
    html = client.get(page.url + "history/?from=1&to=3").content.decode()
    assert "change--added" in html and "Offer a break every hour." in html
    assert "change--removed" in html
    assert "change--moved" in html  # the remaining clause of section 1 is now 1.1
    assert removed["id"] not in [c["id"] for c in protocol_clauses(page)]
    assert client.get(page.url + "history/?from=x&to=9").status_code == 200


def test_learner_acknowledges_once_with_version_and_institution(client, index):
    tree = make_tree()
    page = make_protocol(index)
    learner = make_learner(tree["almaty"])
    client.force_login(learner)
    assert "I have read version 1" in client.get(page.url).content.decode()
    for _ in range(3):  # double clicks are harmless
        assert client.post(page.url + "acknowledge/").status_code == 302
    ack = ProtocolAcknowledgement.objects.get()
    assert (ack.user, ack.version, ack.institution) == (learner, 1, tree["almaty"])
    assert ack.translation_key == page.translation_key
    assert "You confirmed that you read version 1" in client.get(page.url).content.decode()
    raw = list(page.body.raw_data)  # a reworded clause makes version 2
    raw[1]["value"]["clauses"][0]["value"]["text"] = "<p>Never ask the victim to re-enact it.</p>"
    republish(page, body=json.dumps(raw))
    assert "I have read version 2" in client.get(page.url).content.decode()


def test_a_translation_is_the_same_protocol_for_acknowledgement(client, index):
    page = make_protocol(index)
    home = index.get_parent()
    translate_tree(home, "ru", {"Protocol Academy": "Академия", "Protocols": "Протоколы",
                                page.title: "Опрос пострадавшей"})
    ru_page = ProtocolPage.objects.get(locale__language_code="ru")
    assert [c["id"] for c in protocol_clauses(ru_page)] == [c["id"] for c in protocol_clauses(page)]
    client.force_login(make_learner())
    client.post(ru_page.url + "acknowledge/")
    html = client.get(page.url).content.decode()
    assert "You confirmed that you read version 1" in html


def test_missing_translation_falls_back_with_a_notice(client, index):
    page = make_protocol(index)
    home = index.get_parent()
    translate_tree(home, "kk", {"Protocol Academy": "Академия", "Protocols": "Хаттамалар",
                                page.title: "Сауал"})
    only_english = make_protocol(index, title="Referral to support services")
    response = client.get(f"/kk/protocols/{only_english.slug}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="kk">' in html and '<article class="protocol" lang="en">' in html
    assert "notice" in html
    listing = client.get("/kk/protocols/").content.decode()
    assert "Referral to support services" in listing and "Сауал" in listing
    assert client.get("/kk/protocols/no-such-protocol/").status_code == 404


def test_clause_api_returns_the_current_text_by_id(client, index):
    page = make_protocol(index)
    clause = protocol_clauses(page)[2]
    response = client.get(f"/api/protocols/clauses/{clause['id']}/?lang=en")
    assert response.status_code == 200
    data = response.json()
    assert data["number"] == "2.1" and "re-enactment" in data["text"]
    assert data["protocol"]["url"].endswith(f"#clause-{clause['id']}")
    missing = client.get("/api/protocols/clauses/00000000-0000-0000-0000-000000000000/")
    assert missing.status_code == 404 and "error" in missing.json()
    assert client.get(f"/api/protocols/clauses/{clause['id']}/?lang=xx").status_code == 400


def test_index_filters_by_audience_and_topic_and_searches(client, index):
    from protocols.models import Audience, Topic

    police = Audience.objects.create(slug="police", name_en="Police", name_ru="Полиция",
                                     name_kk="Полиция")
    forensic = Topic.objects.create(slug="forensic", name_en="Forensic", name_ru="Экспертиза",
                                    name_kk="Сараптама")
    interview = make_protocol(index)
    interview.audiences.add(police)
    republish(interview)
    exam = make_protocol(index, title="Forensic examination without hymen examination",
                         sections=[("Examination", ["Examine promptly and document injuries."])])
    exam.topics.add(forensic)
    republish(exam)
    html = client.get("/en/protocols/?audience=police").content.decode()
    assert interview.title in html and exam.title not in html
    html = client.get("/en/protocols/?topic=forensic").content.decode()
    assert exam.title in html and interview.title not in html
    html = client.get("/en/protocols/?q=hymen").content.decode()
    assert exam.title in html and interview.title not in html
    assert client.get("/en/protocols/?audience=nobody").status_code == 200


def _queries(client, url, django_assert_max_num_queries, bound):
    client.get(url)
    with django_assert_max_num_queries(bound) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def test_protocol_page_query_count_with_5_and_60_clauses(client, index,
                                                         django_assert_max_num_queries):
    from protocols.models import LegalReference

    ref = LegalReference.objects.create(instrument="criminal_procedure_code", article="32",
                                        title_en="Private prosecution", title_ru="Частное обвинение",
                                        title_kk="Жеке айыптау")
    other = LegalReference.objects.create(instrument="equality_now_2024", paragraph="R9",
                                          title_en="No corroboration requirements",
                                          title_ru="Без требований подтверждения",
                                          title_kk="Растау талаптарынсыз")

    def clauses(count):
        law = {"type": "law_quote", "value": {"reference": ref.pk, "text": "Paraphrase."}}
        steps = {"type": "steps", "value": {"items": ["One", "Two"]}}
        basis = {"type": "legal_basis", "value": {"references": [ref.pk, other.pk]}}
        return [clause_value(f"Clause {n}.", [law, steps, basis]) for n in range(count)]

    small = make_protocol(index, title="Small", sections=[("A", clauses(5))])
    large = make_protocol(index, title="Large", sections=[("A", clauses(30)), ("B", clauses(30))])
    small.legal_basis.add(ref)
    html = client.get(small.url).content.decode()
    assert "Equality Now brief (2024), recommendation 9" in html  # the clause's legal basis
    # Anonymous readers: eight queries, whatever the length of the protocol.
    assert _queries(client, small.url, django_assert_max_num_queries, 8) == _queries(
        client, large.url, django_assert_max_num_queries, 8)
    # Signed in: the session, the user and their acknowledgement on top.
    client.force_login(make_learner())
    small_count = _queries(client, small.url, django_assert_max_num_queries, 11)
    large_count = _queries(client, large.url, django_assert_max_num_queries, 11)
    assert small_count == large_count


def test_rich_text_cannot_carry_scripts_even_when_stored(client, index):
    evil = [clause_value('x'), clause_value('y')]
    evil[0]["value"]["text"] = ('<p onclick="alert(1)">Read <a href="javascript:alert(2)">this</a>'
                                '<script>alert(3)</script><img src=x onerror=alert(4)></p>')
    page = make_protocol(index, title="Crafted", sections=[("A", evil)])
    html = client.get(page.url).content.decode()
    article = re.search(r'<article.*</article>', html, re.S).group(0)
    assert "javascript:" not in article and "onclick" not in article
    assert "<script" not in article and "onerror" not in article
    assert "Read" in article


def test_body_json_builder_makes_valid_stream(index):
    page = make_protocol(index, sections=[("Only", ["One clause."])])
    assert json.loads(protocol_body([("H", ["c"])]))[0]["type"] == "section"
    assert protocol_clauses(page)[0]["number"] == "1.1"


def test_history_keeps_a_clauses_list_items_apart(client, index):
    """A changed clause is compared item by item: an unchanged item stays its own line, the
    changed one shows its words, nothing runs into one paragraph."""
    items = ["Offer a private room.", "Offer a female interviewer.", "Offer breaks."]
    text = "<p>Before the interview:</p><ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>"
    page = make_protocol(index, sections=[("Before", [{**clause_value("x"),
                                                       "value": {"text": text, "elements": []}}])])
    raw = list(page.body.raw_data)
    raw[0]["value"]["clauses"][0]["value"]["text"] = text.replace(
        "Offer a female interviewer.", "Offer an interviewer of the gender she prefers.")
    republish(page, body=json.dumps(raw), version=2)
    html = client.get(page.url + "history/").content.decode()
    lines = re.findall(r'<p class="prose worddiff"[^>]*>(.*?)</p>', html, re.S)
    assert [re.sub(r"<[^>]+>|\s+", " ", line).split() for line in lines][0] == [
        "Before", "the", "interview:"]
    assert len(lines) == 4
    assert lines[1].strip() == "Offer a private room." and lines[3].strip() == "Offer breaks."
    assert lines[2].startswith("Offer <del>a female interviewer.</del> <ins>an interviewer")
