"""The kind of a change: the editor says substantive or editorial; by default the clauses
decide; the choice is audited and set back for the next publication."""
import json

import pytest

from accounts.models import AuditLog
from protocols.models import ProtocolVersion
from tests.factories import make_protocol, republish

pytestmark = pytest.mark.django_db


def _reword(page, index, text):
    raw = list(page.body.raw_data)
    raw[0]["value"]["clauses"][index]["value"]["text"] = f"<p>{text}</p>"
    return json.dumps(raw)


def _clause_ids(page):
    return [c["id"] for c in ProtocolVersion.objects.get(page=page, number=page.version).clauses]


def _version(page):
    return ProtocolVersion.objects.get(translation_key=page.translation_key,
                                       locale=page.locale_id, number=page.version)


def test_by_default_the_clauses_decide(index):
    page = make_protocol(index)
    ids = _clause_ids(page)
    page = republish(page, body=_reword(page, 1, "Ask which interviewer she prefers, and "
                                                 "offer a woman."))
    version = _version(page)
    assert page.version == 2 and version.substantive and version.changed_clause_ids == [ids[1]]
    page = republish(page, summary="A clearer summary.")  # no clause changed: a correction
    assert page.version == 2 and _version(page).changed_clause_ids == [ids[1]]


def test_an_editorial_change_keeps_the_version_and_is_audited(index):
    page = make_protocol(index)
    page = republish(page, body=_reword(page, 0, "Offer a private room (a typo fixed)."),
                     change_kind="editorial")
    assert page.version == 1 and not _version(page).substantive
    assert page.change_kind == "auto"  # set back for the next publication
    assert page.get_latest_revision().content["change_kind"] == "auto"
    entry = AuditLog.objects.filter(event="protocol_published").latest("at")
    assert entry.detail["kind_chosen"] == "editorial" and entry.detail["substantive"] is False


def test_an_editor_can_call_a_change_substantive_that_the_clauses_do_not_show(index):
    page = make_protocol(index)
    page = republish(page, change_summary="Article 106 now applies ex officio.",
                     change_kind="substantive")
    assert page.version == 2 and _version(page).substantive
    assert _version(page).changed_clause_ids == []
