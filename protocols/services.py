import json
import uuid
from copy import deepcopy

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from academy.events import ProtocolAcknowledged, ProtocolVersionPublished, event_send
from institutions.selectors import membership_current

from .constants import ChangeKind
from .models import ClauseRecord, ProtocolAcknowledgement, ProtocolPage, ProtocolVersion
from .selectors import (
    protocol_clause_errors,
    protocol_clauses,
    protocol_clauses_taken,
    protocol_published_before,
)

SNAPSHOT_KEYS = ("id", "number", "section", "html", "plain", "lines")


def _substance(clauses):
    # What readers are asked to confirm: which clauses there are, their numbers and words.
    # Formatting, section headings and the summary are corrections of the same version.
    return [(c["id"], c["number"], c["plain"]) for c in clauses]


def _changed_ids(old, new):
    """Ids of the clauses added, reworded or removed from snapshot `old` to `new` (a clause
    only renumbered is not a change of what it says)."""
    before = {c["id"]: c["plain"] for c in old}
    after = {c["id"]: c["plain"] for c in new}
    return sorted(cid for cid in before.keys() | after.keys()
                  if before.get(cid) != after.get(cid))


def _version_number(*, page, snapshot):
    """(number, substantive, changed clause ids) of this publication.

    The same number when the clauses are the same in substance, or when the editor calls
    the change editorial (a correction of the version); else the next one. An editor may
    also call a change substantive that the clauses do not show. A language catching up
    with a version another language published takes that version's number and facts, so
    that "version 3" is the same protocol in every language. The first publication in a
    language is the protocol's newest version (a translation of it), or 1."""
    versions = ProtocolVersion.objects.filter(translation_key=page.translation_key)
    newest = versions.order_by("-number").first()
    last = versions.filter(locale_id=page.locale_id).order_by("-number").first()
    if last is None:
        if newest is None:
            return 1, False, []
        return newest.number, newest.substantive, newest.changed_clause_ids
    changed = _changed_ids(last.clauses, snapshot)
    same = _substance(last.clauses) == _substance(snapshot)
    kind = page.change_kind
    if (same and kind != ChangeKind.SUBSTANTIVE) or (not same and kind == ChangeKind.EDITORIAL):
        return last.number, last.substantive, last.changed_clause_ids
    if newest.number > last.number:
        return newest.number, newest.substantive, newest.changed_clause_ids
    return last.number + 1, True, changed


@transaction.atomic
def protocol_record_publish(*, page, revision=None):
    """At publish: number the version, keep its clauses, and refresh this protocol's rows of
    the clause lookup table.

    The version number is the system's (see `_version_number`); an older version's snapshot
    is never written again. Clause ids belonging to another protocol are refused, except on a
    protocol's first publication, where they can only come from copying a protocol and are
    given new ids.
    """
    # The lock makes two publications of one page take their numbers one after the other.
    page = ProtocolPage.objects.select_for_update().get(pk=page.pk)
    clauses = protocol_clauses(page)
    taken = protocol_clauses_taken(page=page, clauses=clauses)
    if taken and not protocol_published_before(page):
        _clause_ids_renew(translation_key=page.translation_key, clause_ids=set(taken))
        page = ProtocolPage.objects.get(pk=page.pk)
        clauses = protocol_clauses(page)
    errors = protocol_clause_errors(page=page, clauses=clauses)
    if errors:
        raise ValidationError(errors, code="clause_ids")
    snapshot = [{k: c[k] for k in SNAPSHOT_KEYS} for c in clauses]
    number, substantive, changed = _version_number(page=page, snapshot=snapshot)
    new_version = not ProtocolVersion.objects.filter(translation_key=page.translation_key,
                                                     number=number).exists()
    ProtocolVersion.objects.update_or_create(
        translation_key=page.translation_key, locale_id=page.locale_id, number=number,
        defaults={"page": page, "effective_date": page.effective_date,
                  "change_summary": page.change_summary, "published_at": timezone.now(),
                  "revision": revision, "clauses": snapshot, "substantive": substantive,
                  "changed_clause_ids": changed},
    )
    _change_kind_record(page=page, revision=revision, number=number, substantive=substantive,
                        changed=changed, new_version=new_version)
    if page.version != number:
        ProtocolPage.objects.filter(pk=page.pk).update(version=number)
    # Only this protocol's rows in this language: another protocol's clauses are its own.
    ClauseRecord.objects.filter(page=page).delete()
    ClauseRecord.objects.filter(translation_key=page.translation_key,
                                locale_id=page.locale_id).delete()
    ClauseRecord.objects.bulk_create([
        ClauseRecord(clause_id=c["id"], page=page, locale_id=page.locale_id,
                     translation_key=page.translation_key, number=c["number"],
                     section=c["section"], text=c["html"], version=number)
        for c in clauses
    ])
    event_send(ProtocolVersionPublished(
        page_id=page.pk, translation_key=page.translation_key, version=number,
        language=page.locale.language_code, new_version=new_version, substantive=substantive,
        changed_clause_ids=tuple(changed)))
    return number


def _change_kind_record(*, page, revision, number, substantive, changed, new_version):
    """Put the editor's choice in the audit log, and set it back to "decide from the
    clauses" for the next publication (on the page and in its live revision)."""
    from accounts.constants import AuditEvent
    from accounts.services import audit_record

    audit_record(event=AuditEvent.PROTOCOL_PUBLISHED, actor=getattr(revision, "user", None),
                 protocol=page.title, translation_key=page.translation_key,
                 language=page.locale.language_code, version=number, new_version=new_version,
                 kind_chosen=page.change_kind, substantive=substantive,
                 changed_clauses=len(changed))
    if page.change_kind != ChangeKind.AUTO:
        ProtocolPage.objects.filter(pk=page.pk).update(change_kind=ChangeKind.AUTO)
        if revision is not None and revision.content.get("change_kind") != ChangeKind.AUTO:
            revision.content["change_kind"] = ChangeKind.AUTO
            type(revision).objects.filter(pk=revision.pk).update(content=revision.content)


def _body_clause_ids(body):
    """The clause ids in a protocol body's stored form (a list, or its JSON)."""
    if isinstance(body, str):
        body = json.loads(body or "[]")
    return [item["id"] for section in body or [] if section.get("type") == "section"
            for item in section["value"].get("clauses", [])
            if isinstance(item, dict) and item.get("id")]


def _body_renew(body, mapping, clause_ids):
    """`body` (a list, or its JSON) with the clauses in `clause_ids` given new ids, the same new
    id for the same old one (`mapping` is shared across a page's row and revisions)."""
    as_json = isinstance(body, str)
    raw = json.loads(body or "[]") if as_json else deepcopy(list(body or []))
    for section in raw:
        if section.get("type") != "section":
            continue
        for item in section["value"].get("clauses", []):
            if isinstance(item, dict) and item.get("id") in clause_ids:
                item["id"] = mapping.setdefault(item["id"], str(uuid.uuid4()))
    return json.dumps(raw) if as_json else raw


def _clause_ids_renew(*, translation_key, clause_ids, mapping=None):
    """Give these clauses new ids in every page of the protocol (its translations share clause
    ids) and in every revision of them, so that a draft, a revert or a scheduled publication
    never brings the old ids back. Returns {old id: new id}."""
    mapping = {} if mapping is None else mapping
    for page in ProtocolPage.objects.filter(translation_key=translation_key,
                                            alias_of__isnull=True):
        page.body = _body_renew(list(page.body.raw_data), mapping, clause_ids)
        ProtocolPage.objects.filter(pk=page.pk).update(body=page.body)
        for revision in page.revisions.all():
            if "body" in revision.content:
                revision.content["body"] = _body_renew(revision.content["body"], mapping,
                                                       clause_ids)
                revision.save(update_fields=["content"])
    return mapping


def _page_clause_ids(page):
    ids = set(_body_clause_ids(list(page.body.raw_data)))
    latest = page.latest_revision
    if latest is not None and "body" in latest.content:
        ids |= set(_body_clause_ids(latest.content["body"]))
    return ids


@transaction.atomic
def protocol_copies_renew(*, source, copy):
    """After Wagtail copied `source` (a protocol, or a page above protocols) to `copy`: give
    every copied protocol clauses of its own, and start it at version 1.

    Wagtail copies StreamField blocks with their ids, but a copy is a new protocol: sharing
    ids, publishing it would take over the original's clauses and every lesson quoting them.
    A translation is not a copy (it keeps the ids, and so lessons find the clause in every
    language): do not call this for one.
    """
    source_ids = set()
    for page in (ProtocolPage.objects.descendant_of(source, inclusive=True)
                 .select_related("latest_revision")):
        source_ids |= _page_clause_ids(page)
    copies = (ProtocolPage.objects.descendant_of(copy, inclusive=True)
              .filter(alias_of__isnull=True).select_related("latest_revision"))
    renewed = []
    for page in copies:
        shared = _page_clause_ids(page) & source_ids
        if not shared:
            continue  # already renewed: a copy kept live was renewed when it was published
        _clause_ids_renew(translation_key=page.translation_key, clause_ids=shared)
        ProtocolPage.objects.filter(pk=page.pk).update(version=1)
        if page.live:
            protocol_record_publish(page=page, revision=page.live_revision)
        renewed.append(page.pk)
    return renewed


@transaction.atomic
def protocol_clause_ids_repair():
    """Untangle protocols that share clause ids, as copies made before copies got clauses of
    their own do: the protocol published first keeps the ids (lessons and questions quoting
    them meant it, and keep quoting it); every other one gets new ids, in its pages, its
    revisions and its version history, so that its version number does not move. Then the
    clause records of both are written again (publishing a copy used to delete the
    original's). Returns {translation key: number of clauses given new ids}; safe to run again.
    """
    pages = sorted(ProtocolPage.objects.filter(alias_of__isnull=True)
                   .select_related("latest_revision"),
                   key=lambda p: (p.first_published_at is None, p.first_published_at or 0, p.pk))
    protocols = {}  # in the order they were first published
    for page in pages:
        protocols.setdefault(page.translation_key, []).append(page)
    owners, shared = {}, {}
    for key, group in protocols.items():
        for clause_id in set().union(*(_page_clause_ids(page) for page in group)):
            if owners.setdefault(clause_id, key) != key:
                shared.setdefault(key, set()).add(clause_id)
    for key, clause_ids in shared.items():
        mapping = _clause_ids_renew(translation_key=key, clause_ids=clause_ids)
        for version in ProtocolVersion.objects.filter(translation_key=key):
            version.clauses = [{**c, "id": mapping.get(c["id"], c["id"])} for c in version.clauses]
            version.save(update_fields=["clauses"])
    # The protocols given new ids first: writing their records frees the old ids.
    owners_of_shared = {owners[c] for ids in shared.values() for c in ids} - set(shared)
    for key in [*shared, *owners_of_shared]:
        for page in ProtocolPage.objects.filter(translation_key=key, alias_of__isnull=True,
                                                live=True):
            protocol_record_publish(page=page, revision=page.live_revision)
    return {key: len(clause_ids) for key, clause_ids in shared.items()}


def protocol_unpublish(*, page):
    ClauseRecord.objects.filter(page=page).delete()


def protocol_acknowledge(*, user, page):
    """Record "I have read version N" once; a repeat (double click, another language) is a no-op."""
    membership = membership_current(user=user)
    try:
        with transaction.atomic():
            acknowledgement, created = ProtocolAcknowledgement.objects.get_or_create(
                user=user, translation_key=page.translation_key, version=page.version,
                defaults={"page": page, "language": page.locale.language_code,
                          "institution": membership.institution if membership else None},
            )
            if created:
                event_send(ProtocolAcknowledged(
                    user_id=user.pk, translation_key=page.translation_key, version=page.version,
                    institution_id=membership.institution_id if membership else None,
                    at=acknowledgement.acknowledged_at))
    except IntegrityError:  # a concurrent request recorded it first
        acknowledgement = ProtocolAcknowledgement.objects.get(
            user=user, translation_key=page.translation_key, version=page.version)
    return acknowledgement
