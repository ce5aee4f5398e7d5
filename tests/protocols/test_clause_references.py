"""Clause references that cannot break: copies get clauses of their own, a clause belongs to
one protocol, the version number only goes up, and editors choose clauses instead of
pasting ids."""

import io
import json
import uuid

import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command
from wagtail.actions.copy_page import CopyPageAction
from wagtail.models import Locale

from protocols.models import ClauseRecord, ProtocolPage, ProtocolVersion
from protocols.selectors import protocol_clauses
from protocols.services import protocol_clause_ids_repair, protocol_record_publish
from tests.factories import (
    UserFactory,
    clause_value,
    course_lessons,
    give_totp,
    make_course,
    make_learner,
    make_protocol,
    publish,
    republish,
    translate_tree,
)

pytestmark = pytest.mark.django_db


# --- helpers -----------------------------------------------------------------------

def _admin(client):
    admin = UserFactory(is_superuser=True, is_staff=True)
    give_totp(admin)  # the admin requires two-factor; a signed-in session with TOTP passes
    client.force_login(admin)
    return client


def _records(page):
    return sorted(ClauseRecord.objects.filter(translation_key=page.translation_key)
                  .values_list("clause_id", "page_id", "locale_id", "number", "text", "version"))


def _ids(page):
    return [c["id"] for c in protocol_clauses(page)]


def _revision_ids(page):
    page.refresh_from_db()
    return [c["id"] for c in protocol_clauses(page.get_latest_revision_as_object())]


def _lesson_quoting(index, protocol):
    """A published lesson quoting every clause of `protocol`, and a learner to read it."""
    courses = index.get_parent().get_children().get(slug="courses").specific
    course = make_course(courses, modules=[("Practice", ["Quoting the protocol"])])
    lesson = course_lessons(course)[0]
    lesson.body = json.dumps([{"type": "protocol_excerpt", "id": str(uuid.uuid4()),
                               "value": {"clause_id": clause_id, "note": ""}}
                              for clause_id in _ids(protocol)])
    return publish(lesson), make_learner()


def _excerpts(client, lesson):
    html = client.get(lesson.url).content.decode()
    return [chunk.split("</figure>")[0] for chunk in html.split('<figure class="excerpt">')[1:]]


def _edit_data(page, clauses, **fields):
    """What the admin's edit form posts for a protocol with one section of `clauses`:
    [(clause id, text), ...]."""
    data = {"title": page.title, "slug": page.slug, "summary": page.summary,
            "effective_date": page.effective_date.isoformat(),
            "change_summary": page.change_summary, "change_kind": page.change_kind,
            "body-count": "1", "body-0-type": "section", "body-0-deleted": "", "body-0-order": "0",
            "body-0-id": str(uuid.uuid4()), "body-0-value-heading": "The interview",
            "body-0-value-clauses-count": str(len(clauses))}
    for n, (clause_id, text) in enumerate(clauses):
        prefix = f"body-0-value-clauses-{n}"
        data.update({
            f"{prefix}-deleted": "", f"{prefix}-order": str(n), f"{prefix}-id": clause_id,
            f"{prefix}-value-text": json.dumps({
                "blocks": [{"key": f"k{n}", "text": text, "type": "unstyled", "depth": 0,
                            "inlineStyleRanges": [], "entityRanges": [], "data": {}}],
                "entityMap": {}}),
            f"{prefix}-value-elements-count": "0",
        })
    data.update(fields)
    return data


def _versions(page):
    return {v.number: (v.clauses, v.published_at) for v in
            ProtocolVersion.objects.filter(translation_key=page.translation_key,
                                           locale=page.locale_id)}


# --- copies ------------------------------------------------------------------------

@pytest.mark.parametrize("publish_copies", [True, False])
def test_copy_a_protocol_page_through_the_admin_and_publish_both_leaves_the_original_intact(
        client, index, publish_copies):
    original = make_protocol(index)
    lesson, learner = _lesson_quoting(index, original)
    records_before = _records(original)
    client.force_login(learner)
    excerpts_before = _excerpts(client, lesson)
    assert len(excerpts_before) == 3 and "Never ask for a re-enactment." in excerpts_before[2]

    client = _admin(client)
    response = client.post(f"/admin/pages/{original.pk}/copy/", {
        "new_title": "Interviewing an adult survivor (regional)", "new_slug": "regional",
        "new_parent_page": str(index.pk), **({"publish_copies": "on"} if publish_copies else {})})
    assert response.status_code == 302, response.content.decode()[:2000]
    copy = ProtocolPage.objects.get(slug="regional")
    assert copy.live == publish_copies and copy.translation_key != original.translation_key
    assert not set(_ids(copy)) & set(_ids(original))
    assert not set(_revision_ids(copy)) & set(_ids(original))  # editing the copy keeps them
    assert ClauseRecord.objects.filter(page=copy).count() == (3 if publish_copies else 0)

    republish(copy, summary="A regional variant.")
    republish(ProtocolPage.objects.get(pk=original.pk))
    assert _records(original) == records_before
    client.force_login(learner)
    assert _excerpts(client, lesson) == excerpts_before
    assert all(f"{original.url}#clause-" in excerpt for excerpt in excerpts_before)


@pytest.mark.parametrize("how", ["page.copy, kept live", "page.copy, as a draft",
                                 "CopyPageAction, kept live", "CopyPageAction, as a draft"])
def test_copy_a_protocol_page_and_publish_both_the_original_and_its_lesson_excerpts_are_unchanged(
        client, index, how):
    original = make_protocol(index)
    lesson, learner = _lesson_quoting(index, original)
    records_before = _records(original)
    client.force_login(learner)
    excerpts_before = _excerpts(client, lesson)

    keep_live = how.endswith("kept live")
    attrs = {"title": "Copy", "slug": "copy"}
    if how.startswith("page.copy"):
        copy = original.copy(to=index, update_attrs=attrs, keep_live=keep_live)
    else:  # what the admin's copy view runs (its hook is tested through the view above)
        copy = CopyPageAction(original, to=index, update_attrs=attrs, keep_live=keep_live,
                              user=UserFactory(is_superuser=True)).execute()
    copy = ProtocolPage.objects.get(pk=copy.pk)
    if how.startswith("page.copy"):  # the copy has clauses of its own at once
        assert not set(_ids(copy)) & set(_ids(original))
    if not copy.live:
        copy.save_revision().publish()
    republish(ProtocolPage.objects.get(pk=original.pk))

    copy = ProtocolPage.objects.get(pk=copy.pk)
    assert not set(_ids(copy)) & set(_ids(original))
    assert not set(_revision_ids(copy)) & set(_ids(original))
    assert len(_records(copy)) == 3 and copy.version == 1
    assert _records(original) == records_before
    client.force_login(learner)
    assert _excerpts(client, lesson) == excerpts_before


def test_a_translation_made_with_simple_translation_keeps_the_clause_ids(client, index):
    home = index.get_parent()
    translate_tree(home, "ru", {"Protocol Academy": "Академия", "Protocols": "Протоколы",
                                "Courses": "Курсы"})
    original = make_protocol(index)
    client = _admin(client)
    ru = Locale.objects.get(language_code="ru")
    response = client.post(f"/admin/translation/submit/page/{original.pk}/",
                           {"locales": [ru.pk]})
    assert response.status_code == 302, response.content.decode()[:2000]
    translation = ProtocolPage.objects.get(translation_key=original.translation_key, locale=ru)
    translation.title = "Опрос взрослой пострадавшей"
    translation.save_revision().publish()
    assert _ids(translation) == _ids(original)
    ru_records = ClauseRecord.objects.filter(page=translation)
    assert sorted(str(r.clause_id) for r in ru_records) == sorted(_ids(original))
    assert ClauseRecord.objects.filter(page=original).count() == 3
    assert ProtocolVersion.objects.get(page=translation).number == 1


# --- one protocol per clause ---------------------------------------------------------

def test_publishing_clause_ids_of_another_protocol_is_refused_in_the_editor(client, index):
    interview = make_protocol(index)
    exam = make_protocol(index, title="Forensic examination",
                         sections=[("Examination", ["Examine promptly."])])
    records_before = _records(interview) + _records(exam)
    stolen = _ids(interview)[2]
    client = _admin(client)
    data = _edit_data(exam, [(_ids(exam)[0], "Examine promptly."),
                             (stolen, "Never ask for a re-enactment.")],
                      **{"action-publish": "action-publish"})
    response = client.post(f"/admin/pages/{exam.pk}/edit/", data)
    assert response.status_code == 200
    html = response.content.decode()
    assert "is a clause of another protocol" in html and "Interviewing an adult survivor" in html
    assert _records(interview) + _records(exam) == records_before
    # Without the editor, the model refuses the revision ...
    raw = list(exam.body.raw_data)
    raw[0]["value"]["clauses"].append(clause_value("Copied.", clause_id=stolen))
    with pytest.raises(ValidationError):
        republish(exam, body=json.dumps(raw))
    # ... and the publish service refuses such a page, whatever wrote it.
    ProtocolPage.objects.filter(pk=exam.pk).update(body=json.dumps(raw))
    with pytest.raises(ValidationError, match="another protocol"):
        protocol_record_publish(page=exam)
    assert _records(interview) + _records(exam) == records_before


def test_a_clause_id_twice_in_one_protocol_is_refused(client, index):
    page = make_protocol(index)
    client = _admin(client)
    twice = _ids(page)[0]
    response = client.post(f"/admin/pages/{page.pk}/edit/", _edit_data(
        page, [(twice, "One."), (twice, "Two.")], **{"action-publish": "action-publish"}))
    assert response.status_code == 200
    assert "repeat" in response.content.decode()
    assert ProtocolVersion.objects.filter(page=page).count() == 1


# --- version numbers -----------------------------------------------------------------

def test_publishing_a_lower_or_equal_version_number_is_refused(client, index):
    """The number is the system's: a typed one is not taken, whether lower or equal, and an
    older version's snapshot is never written again."""
    page = make_protocol(index, sections=[("The interview", ["Offer a private room.",
                                                             "Never ask for a re-enactment."])])
    ids = _ids(page)
    client = _admin(client)
    edit = client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    assert 'name="version"' not in edit and "Set when the protocol is published" in edit

    def post(version, second_clause):
        data = _edit_data(ProtocolPage.objects.get(pk=page.pk),
                          [(ids[0], "Offer a private room."), (ids[1], second_clause)],
                          version=str(version), **{"action-publish": "action-publish"})
        response = client.post(f"/admin/pages/{page.pk}/edit/", data)
        assert response.status_code == 302, response.content.decode()[:3000]
        return ProtocolPage.objects.get(pk=page.pk).version

    assert post(1, "Never ask the survivor to re-enact the crime.") == 2
    v1, v2 = _versions(page)[1], _versions(page)[2]
    assert post(1, "Never, ever, ask for a re-enactment.") == 3      # lower: not taken
    assert post(3, "Never ask for a re-enactment, or to show.") == 4   # equal: not taken
    assert _versions(page)[1] == v1 and _versions(page)[2] == v2
    # Through the model and the service the same: the number only goes up.
    raw = list(ProtocolPage.objects.get(pk=page.pk).body.raw_data)
    raw[0]["value"]["clauses"][1]["value"]["text"] = "<p>No re-enactment.</p>"
    page = republish(ProtocolPage.objects.get(pk=page.pk), body=json.dumps(raw), version=1)
    assert page.version == 5
    assert protocol_record_publish(page=page) == 5
    assert sorted(_versions(page)) == [1, 2, 3, 4, 5]
    assert _versions(page)[1] == v1 and _versions(page)[2] == v2


def test_the_version_goes_up_when_clauses_change_and_not_for_corrections(index):
    page = make_protocol(index)
    assert page.version == 1
    page = republish(page, summary="A clearer summary.", change_summary="Typo.")
    assert page.version == 1 and ProtocolVersion.objects.get(page=page).change_summary == "Typo."
    raw = list(page.body.raw_data)
    raw[0]["value"]["clauses"].reverse()  # renumbered
    page = republish(page, body=json.dumps(raw))
    assert page.version == 2
    raw[1]["value"]["clauses"].append(clause_value("Offer a break every hour."))
    page = republish(page, body=json.dumps(raw))
    assert page.version == 3
    assert ClauseRecord.objects.filter(page=page, version=3).count() == 4
    # A draft or a revert never brings an older number back.
    old = page.revisions.order_by("created_at").first()
    old.as_object().save_revision().publish()
    page.refresh_from_db()
    assert page.version == 4 and len(protocol_clauses(page)) == 3


def test_a_language_catching_up_takes_the_version_number_of_the_other_language(index):
    page = make_protocol(index)
    translate_tree(index.get_parent(), "ru", {"Protocol Academy": "Академия",
                                              "Protocols": "Протоколы", "Courses": "Курсы",
                                              page.title: "Опрос"})
    ru = ProtocolPage.objects.get(locale__language_code="ru")
    assert ru.version == 1
    raw = list(page.body.raw_data)
    raw[1]["value"]["clauses"][0]["value"]["text"] = "<p>Never ask to re-enact the crime.</p>"
    assert republish(page, body=json.dumps(raw)).version == 2
    ru_raw = list(ru.body.raw_data)
    ru_raw[1]["value"]["clauses"][0]["value"]["text"] = "<p>Никогда не просите воспроизвести.</p>"
    assert republish(ru, body=json.dumps(ru_raw)).version == 2
    ru_raw[1]["value"]["clauses"][0]["value"]["text"] = "<p>Никогда не просите показать.</p>"
    assert republish(ru, body=json.dumps(ru_raw)).version == 3


# --- repairing copies made before ------------------------------------------------------

def _copy_made_the_old_way(original, index):
    """A protocol sharing `original`'s clause ids, published as the publish service used to:
    deleting the records of every page with those ids."""
    copy = make_protocol(index, title="Regional variant", sections=[
        ("Before the interview", ["Offer a private room, in the region.",
                                  "Ask which interviewer the survivor prefers, in the region."]),
        ("During the interview", ["Never ask for a re-enactment, in the region."])])
    raw = list(copy.body.raw_data)
    for clause, clause_id in zip([c for s in raw for c in s["value"]["clauses"]], _ids(original),
                                 strict=True):
        clause["id"] = clause_id
    ProtocolPage.objects.filter(pk=copy.pk).update(body=json.dumps(raw))
    for revision in copy.revisions.all():
        revision.content["body"] = json.dumps(raw)
        revision.save(update_fields=["content"])
    copy = ProtocolPage.objects.get(pk=copy.pk)
    clauses = protocol_clauses(copy)
    ProtocolVersion.objects.filter(page=copy).update(clauses=[
        {k: c[k] for k in ("id", "number", "section", "html", "plain")} for c in clauses])
    ClauseRecord.objects.filter(page=copy).delete()
    ClauseRecord.objects.filter(clause_id__in=_ids(original)).delete()
    ClauseRecord.objects.bulk_create([
        ClauseRecord(clause_id=c["id"], page=copy, locale_id=copy.locale_id,
                     translation_key=copy.translation_key, number=c["number"],
                     section=c["section"], text=c["html"], version=1) for c in clauses])
    return copy


def test_repair_gives_copies_made_before_their_own_clauses_and_restores_the_original(
        client, index):
    original = make_protocol(index)
    lesson, learner = _lesson_quoting(index, original)
    client.force_login(learner)
    excerpts_before = _excerpts(client, lesson)
    records_before = _records(original)
    copy = _copy_made_the_old_way(original, index)
    client.force_login(learner)
    assert "in the region" in _excerpts(client, lesson)[0]  # the harm done
    with pytest.raises(ValidationError):  # and the original could no longer be edited
        republish(ProtocolPage.objects.get(pk=original.pk), summary="New summary.")

    output = io.StringIO()
    call_command("repair_clause_ids", stdout=output)
    assert "1 protocols repaired" in output.getvalue()
    copy = ProtocolPage.objects.get(pk=copy.pk)
    assert not set(_ids(copy)) & set(_ids(original))
    assert not set(_revision_ids(copy)) & set(_ids(original))
    snapshot_ids = [c["id"] for c in ProtocolVersion.objects.get(page=copy).clauses]
    assert snapshot_ids == _ids(copy) and copy.version == 1
    assert _records(original) == records_before
    assert sorted(str(r.clause_id) for r in ClauseRecord.objects.filter(page=copy)) == sorted(
        _ids(copy))
    client.force_login(learner)
    assert _excerpts(client, lesson) == excerpts_before
    republish(ProtocolPage.objects.get(pk=original.pk), summary="New summary.")
    assert ProtocolPage.objects.get(pk=original.pk).version == 1
    assert protocol_clause_ids_repair() == {}  # safe to run again
