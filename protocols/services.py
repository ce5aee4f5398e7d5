from django.db import IntegrityError, transaction
from django.utils import timezone

from institutions.selectors import membership_current

from .models import ClauseRecord, ProtocolAcknowledgement, ProtocolPage, ProtocolVersion
from .selectors import protocol_clauses


@transaction.atomic
def protocol_record_publish(*, page, revision=None):
    """At publish: keep this version's clauses, and refresh the clause lookup table.

    Publishing with a higher version number starts a new version; publishing
    again at the same number updates that version (a correction).
    """
    page = ProtocolPage.objects.get(pk=page.pk)
    clauses = protocol_clauses(page)
    snapshot = [{k: c[k] for k in ("id", "number", "section", "html", "plain")} for c in clauses]
    ProtocolVersion.objects.update_or_create(
        translation_key=page.translation_key, locale_id=page.locale_id, number=page.version,
        defaults={"page": page, "effective_date": page.effective_date,
                  "change_summary": page.change_summary, "published_at": timezone.now(),
                  "revision": revision, "clauses": snapshot},
    )
    ClauseRecord.objects.filter(page=page).delete()
    ClauseRecord.objects.filter(clause_id__in=[c["id"] for c in clauses],
                                locale_id=page.locale_id).delete()
    ClauseRecord.objects.bulk_create([
        ClauseRecord(clause_id=c["id"], page=page, locale_id=page.locale_id,
                     translation_key=page.translation_key, number=c["number"],
                     section=c["section"], text=c["html"], version=page.version)
        for c in clauses
    ])


def protocol_unpublish(*, page):
    ClauseRecord.objects.filter(page=page).delete()


def protocol_acknowledge(*, user, page):
    """Record "I have read version N" once; a repeat (double click, another language) is a no-op."""
    membership = membership_current(user=user)
    try:
        with transaction.atomic():
            acknowledgement, _created = ProtocolAcknowledgement.objects.get_or_create(
                user=user, translation_key=page.translation_key, version=page.version,
                defaults={"page": page, "language": page.locale.language_code,
                          "institution": membership.institution if membership else None},
            )
    except IntegrityError:  # a concurrent request recorded it first
        acknowledgement = ProtocolAcknowledgement.objects.get(
            user=user, translation_key=page.translation_key, version=page.version)
    return acknowledgement
