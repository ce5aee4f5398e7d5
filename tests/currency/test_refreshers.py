"""When a protocol changes in substance, those who confirmed an earlier version (in any
language) get a refresher: the changed clauses, word by word in their language, then they
confirm the new version. An editorial change asks nobody."""
import json

import pytest

from currency.models import ProtocolRefresher
from currency.services import refreshers_write
from protocols.models import ProtocolAcknowledgement, ProtocolPage
from protocols.services import protocol_acknowledge
from tests.factories import make_home_page, make_learner, make_protocol, republish, translate_tree

pytestmark = pytest.mark.django_db

CLAUSES = ["Offer a private room.", "Ask which interviewer the survivor prefers.",
           "Never ask for a re-enactment."]
RU = ["Предложите отдельную комнату.", "Спросите, кого из интервьюеров предпочитает пострадавшая.",
      "Никогда не просите воспроизвести событие."]


def _body(page, texts):
    raw = list(page.body.raw_data)
    for n, text in enumerate(texts):
        raw[0]["value"]["clauses"][n]["value"]["text"] = f"<p>{text}</p>"
    return json.dumps(raw)


@pytest.fixture
def protocol(django_capture_on_commit_callbacks):
    home = make_home_page()
    index = home.get_children().get(slug="protocols").specific
    page = make_protocol(index, sections=[("The interview", CLAUSES)])
    translate_tree(home, "ru", {"Protocols": "Протоколы"})
    ru = ProtocolPage.objects.get(translation_key=page.translation_key, locale__language_code="ru")
    # The same version in Russian: its words were English only until translated.
    ru = republish(ru, title="Опрос взрослой пострадавшей", body=_body(ru, RU),
                   change_kind="editorial")
    people = {"en": make_learner(email="reads.english@example.org"),
              "ru": make_learner(email="reads.russian@example.org"),
              "never": make_learner(email="never.read@example.org")}
    protocol_acknowledge(user=people["en"], page=page)
    protocol_acknowledge(user=people["ru"], page=ru)
    return {"en": page, "ru": ru, "people": people}


def _publish_v2(protocol, django_capture_on_commit_callbacks, kind="auto"):
    with django_capture_on_commit_callbacks(execute=True):
        en = republish(protocol["en"], change_kind=kind, body=_body(protocol["en"], [
            CLAUSES[0], "Ask which interviewer she prefers, and offer a woman.", CLAUSES[2]]))
    with django_capture_on_commit_callbacks(execute=True):
        ru = republish(protocol["ru"], change_kind=kind, body=_body(protocol["ru"], [
            RU[0], "Спросите, кого она предпочитает, и предложите женщину.", RU[2]]))
    return en, ru


def _open():
    return sorted(ProtocolRefresher.objects.filter(done_at__isnull=True).values_list(
        "user__email", "version", "from_version"))


def test_an_editorial_change_asks_nobody(protocol, django_capture_on_commit_callbacks):
    en, _ru = _publish_v2(protocol, django_capture_on_commit_callbacks, kind="editorial")
    assert en.version == 1 and _open() == []


def test_a_substantive_change_asks_every_earlier_reader_once(protocol,
                                                           django_capture_on_commit_callbacks):
    en, ru = _publish_v2(protocol, django_capture_on_commit_callbacks)
    assert (en.version, ru.version) == (2, 2)
    expected = [("reads.english@example.org", 2, 1), ("reads.russian@example.org", 2, 1)]
    assert _open() == expected
    # Publishing again, or the task run again, writes nothing new.
    with django_capture_on_commit_callbacks(execute=True):
        republish(ProtocolPage.objects.get(pk=en.pk), summary="Summary reworded.")
    assert refreshers_write(translation_key=en.translation_key, version=2, batch_size=1) == 0
    assert _open() == expected and ProtocolRefresher.objects.count() == 2


def test_the_refresher_shows_the_changed_clause_in_russian_and_closes_on_confirming(
        protocol, client, django_capture_on_commit_callbacks):
    _publish_v2(protocol, django_capture_on_commit_callbacks)
    reader = protocol["people"]["ru"]
    client.force_login(reader)
    key = protocol["en"].translation_key
    dashboard = client.get("/ru/me/").content.decode()
    url = f"/ru/refreshers/protocols/{key}/"
    assert url in dashboard and "Опрос взрослой пострадавшей" in dashboard
    page = client.get(url).content.decode()
    assert "<ins>она предпочитает, и предложите женщину.</ins>" in page
    assert "<del>из интервьюеров предпочитает пострадавшая.</del>" in page
    assert RU[0] not in page and RU[2] not in page  # only the changed clause
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url)
    assert response.status_code == 302
    assert ProtocolAcknowledgement.objects.filter(user=reader, version=2).exists()
    assert not ProtocolRefresher.objects.filter(user=reader, done_at__isnull=True).exists()
    assert url not in client.get("/ru/me/").content.decode()
    # Nothing to re-read: the page says so and goes back.
    assert client.get(url).status_code == 302


def test_someone_without_a_refresher_sees_nothing_of_it(protocol, client,
                                                        django_capture_on_commit_callbacks):
    _publish_v2(protocol, django_capture_on_commit_callbacks)
    client.force_login(protocol["people"]["never"])
    response = client.get(f"/en/refreshers/protocols/{protocol['en'].translation_key}/")
    assert response.status_code == 302 and response["Location"].endswith("/me/")
    client.logout()
    response = client.get(f"/en/refreshers/protocols/{protocol['en'].translation_key}/")
    assert "/accounts/login/" in response["Location"]


def test_the_refresher_page_queries_do_not_grow_with_the_changes(
        client, django_capture_on_commit_callbacks, django_assert_max_num_queries):
    home = make_home_page()
    index = home.get_children().get(slug="protocols").specific
    counts = []
    for size in (2, 20):
        texts = [f"Clause {n} of the protocol." for n in range(size)]
        page = make_protocol(index, title=f"Protocol of {size}", slug=f"p{size}",
                             sections=[("Section", texts)])
        reader = make_learner(email=f"reader{size}@example.org")
        protocol_acknowledge(user=reader, page=page)
        with django_capture_on_commit_callbacks(execute=True):
            republish(page, body=_body(page, [f"{t} Reworded." for t in texts]))
        client.force_login(reader)
        url = f"/en/refreshers/protocols/{page.translation_key}/"
        client.get(url)
        with django_assert_max_num_queries(30) as captured:
            assert client.get(url).status_code == 200
        counts.append(len(captured))
    assert counts[0] == counts[1]
