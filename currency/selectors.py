"""What a learner must re-read, and the refresher page: the clauses changed since the
version they confirmed, word by word, in their language where it exists."""
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from academy.base.i18n import in_reading_order, prefer_language
from courses.dashboard import DashboardTask
from protocols.constants import ClauseChange
from protocols.models import ProtocolPage, ProtocolVersion
from protocols.selectors import protocol_version_diff

from .models import ProtocolRefresher


def _open(user, translation_key=None):
    """The newest open refresher of each protocol (a newer one includes an older one)."""
    rows = ProtocolRefresher.objects.filter(user=user, done_at__isnull=True)
    if translation_key is not None:
        rows = rows.filter(translation_key=translation_key)
    newest = {}
    for row in rows.order_by("translation_key", "version"):
        newest[row.translation_key] = row
    return newest


def refresher_tasks(user):
    """The dashboard's "To do": one line per protocol to re-read."""
    refreshers = _open(user)
    if not refreshers:
        return []
    pages = prefer_language(ProtocolPage.objects.live().filter(
        translation_key__in=list(refreshers)).select_related("locale"),
        key=lambda p: p.translation_key)
    return [DashboardTask(
        title=_("Read what changed in “%(protocol)s” and confirm version %(version)s") % {
            "protocol": pages[key].title, "version": row.version},
        url=reverse("currency:refresher", kwargs={"translation_key": key}))
        for key, row in refreshers.items() if key in pages]


def _in_language(rows, language):
    """The row in `language`, else in the first of the platform's languages that has it;
    with whether it is a fallback."""
    rows = in_reading_order(rows, language)
    return (rows[0], rows[0].locale.language_code != language) if rows else (None, False)


def refresher_context(*, user, translation_key):
    """The open refresher of `user` for this protocol, with the page to confirm and the
    changed clauses; None when there is nothing to re-read."""
    refresher = _open(user, translation_key).get(translation_key)
    if refresher is None:
        return None
    language = get_language()
    versions = list(ProtocolVersion.objects.filter(
        translation_key=translation_key, number__in=[refresher.from_version, refresher.version])
        .select_related("locale", "page"))
    new, fallback = _in_language([v for v in versions if v.number == refresher.version],
                                 language)
    if new is None:
        return None
    # The version they knew, in the same language as the new one, so that the words compare.
    old = next((v for v in versions if v.number == refresher.from_version
                and v.locale_id == new.locale_id), None)
    changes = protocol_version_diff(old, new) if old else []
    changed = set(new.changed_clause_ids)
    changes = [c for c in changes if c["kind"] != ClauseChange.MOVED
               and (c.get("new") or c.get("old"))["id"] in changed]
    page = ProtocolPage.objects.live().filter(pk=new.page_id).first()
    return {"refresher": refresher, "version": new, "old_version": old, "changes": changes,
            "page": page, "fallback": fallback, "content_language": new.locale.language_code}
