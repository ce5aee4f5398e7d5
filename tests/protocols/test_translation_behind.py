"""A translation whose source has a newer version says so at the top, names the clauses
changed since and links each to the source-language clause; a Russian reader who confirmed
the Russian version of v1 is out of date after v2, and current again once they confirm the
updated Russian version (a version number means the same text in every language)."""
import pytest

from currency.models import ProtocolRefresher
from protocols.models import ClauseRecord, ProtocolPage
from protocols.services import protocol_acknowledge
from reports.currency import currency_tables
from reports.selectors import Filters, report_scope
from tests.currency.test_refreshers import CLAUSES, RU, _body
from tests.factories import (
    make_admin,
    make_home_page,
    make_learner,
    make_protocol,
    make_tree,
    republish,
    translate_tree,
)

pytestmark = pytest.mark.django_db

NOTICE = "Этот перевод отстаёт."


@pytest.fixture
def world():
    home = make_home_page()
    en = make_protocol(home.get_children().get(slug="protocols").specific,
                       sections=[("The interview", CLAUSES)])
    translate_tree(home, "ru", {"Protocols": "Протоколы", "Courses": "Курсы"})
    ru = ProtocolPage.objects.get(translation_key=en.translation_key, locale__language_code="ru")
    ru = republish(ru, title="Опрос взрослой пострадавшей", body=_body(ru, RU),
                   change_kind="editorial")
    tree = make_tree()
    reader = make_learner(tree["almaty"], email="ru.reader@example.org")
    protocol_acknowledge(user=reader, page=ru)
    return {"en": en, "ru": ru, "reader": reader,
            "admin": make_admin(tree["almaty"], email="admin@example.org"),
            "second": str(ClauseRecord.objects.get(page=en, number="1.2").clause_id)}


def _protocol_row(world):
    tables = currency_tables(report_scope(world["admin"]), Filters())
    (row,) = next(t for t in tables if t.key == "currency_protocols").rows
    return row[1:4]  # staff, current, out of date


def test_a_translation_behind_its_source_says_so_and_catches_up(
        world, client, django_capture_on_commit_callbacks):
    url = world["ru"].url
    assert NOTICE not in client.get(url).content.decode()
    assert _protocol_row(world) == [2, 1, 0]
    with django_capture_on_commit_callbacks(execute=True):
        republish(world["en"], body=_body(world["en"], [
            CLAUSES[0], "Ask which interviewer she prefers, and offer a woman.", CLAUSES[2]]))
    page = client.get(url).content.decode()
    assert NOTICE in page
    assert f'href="{world["en"].url}#clause-{world["second"]}"' in page
    assert "на английском" in page  # "in English", in the reader's words
    # She confirmed the Russian text of version 1: she is behind now.
    assert _protocol_row(world) == [2, 0, 1]
    assert ProtocolRefresher.objects.filter(user=world["reader"], done_at__isnull=True).exists()
    # The translator brings the Russian page to version 2; she confirms it.
    ru = ProtocolPage.objects.get(pk=world["ru"].pk)
    with django_capture_on_commit_callbacks(execute=True):
        ru = republish(ru, body=_body(ru, [RU[0], "Спросите, кого она предпочитает.", RU[2]]))
    assert ru.version == 2
    assert NOTICE not in client.get(url).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        protocol_acknowledge(user=world["reader"], page=ru)
    assert _protocol_row(world) == [2, 1, 0]
    assert not ProtocolRefresher.objects.filter(user=world["reader"],
                                                done_at__isnull=True).exists()


def test_the_protocol_page_query_count_does_not_grow_with_versions(
        world, client, django_capture_on_commit_callbacks, django_assert_max_num_queries):
    counts = []
    for round_ in range(2):
        for n in range(3 if round_ else 1):
            with django_capture_on_commit_callbacks(execute=True):
                en = ProtocolPage.objects.get(pk=world["en"].pk)
                republish(en, body=_body(en, [CLAUSES[0], f"{CLAUSES[1]} ({round_}.{n})",
                                              CLAUSES[2]]))
        client.get(world["ru"].url)
        with django_assert_max_num_queries(30) as captured:
            assert NOTICE in client.get(world["ru"].url).content.decode()
        counts.append(len(captured))
    assert counts[0] == counts[1]
