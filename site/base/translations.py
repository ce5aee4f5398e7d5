"""Which version of its source a translation reflects, for pages and snippets other than
protocols (whose version numbers already say it): recorded when the translation is
published or saved, compared with the source now. The source is the original, the first
of the translations to be made."""
import hashlib

from django.contrib.contenttypes.models import ContentType
from wagtail.models import Page

CURRENT, BEHIND, MISSING = "current", "behind", "missing"


def status_label(status):
    from django.utils.translation import pgettext

    return {CURRENT: pgettext("translation", "Current"),
            BEHIND: pgettext("translation", "Behind"),
            MISSING: pgettext("translation", "Missing")}[status]


def source_of(obj):
    """The original among `obj`'s translations (the first made)."""
    model = Page if isinstance(obj, Page) else type(obj)
    return model.objects.filter(translation_key=obj.translation_key).order_by("pk").first()


def fingerprint(obj):
    """What a translation of `obj` reflects: its live revision (a page), else a digest of
    the text a translator translates (`translation_text()` of a snippet)."""
    if isinstance(obj, Page):
        return str(obj.live_revision_id or "")
    return hashlib.sha256(obj.translation_text().encode()).hexdigest()


def _content_type(obj):
    return ContentType.objects.get_for_model(Page if isinstance(obj, Page) else type(obj))


def translation_reflect(obj):
    """Note that the translation `obj` now reflects its source as it is (call when a
    translator publishes or saves it); the source itself notes nothing."""
    from .models import TranslationSource

    source = source_of(obj)
    if source is None or source.pk == obj.pk:
        return None
    record, _created = TranslationSource.objects.update_or_create(
        content_type=_content_type(obj), translation_key=obj.translation_key,
        locale_id=obj.locale_id,
        defaults={"source_locale_id": source.locale_id, "source_fingerprint": fingerprint(source)})
    return record


def page_rows(models, *, language="", status="", translation_key=None):
    """Every page of `models` × language as current, behind (with a link comparing the
    source's revisions since the one the translation reflects) or missing. Fixed queries."""
    from django.conf import settings
    from django.urls import reverse

    from .i18n import LANGUAGE_NAMES
    from .models import TranslationSource

    types = ContentType.objects.get_for_models(*models)
    pages = Page.objects.filter(content_type__in=types.values())
    if translation_key is not None:
        pages = pages.filter(translation_key=translation_key)
    pages = list(pages.select_related("locale", "content_type").order_by("path", "pk"))
    records = {(r.translation_key, r.locale_id): r for r in TranslationSource.objects.filter(
        content_type=ContentType.objects.get_for_model(Page),
        translation_key__in={p.translation_key for p in pages})}
    groups = {}
    for page in sorted(pages, key=lambda p: p.pk):
        groups.setdefault(page.translation_key, []).append(page)
    rows = []
    for page in pages:
        group = groups[page.translation_key]
        source = group[0]
        if page.pk != source.pk:
            continue  # one line group per original, in tree order
        for code, _name in settings.LANGUAGES:
            if language and code != language:
                continue
            copy = next((p for p in group if p.locale.language_code == code), None)
            compare = None
            if copy is None or not copy.live:
                found = MISSING
            elif copy.pk == source.pk:
                found = CURRENT
            else:
                record = records.get((copy.translation_key, copy.locale_id))
                if record is not None:
                    reflected = record.source_fingerprint
                    found = CURRENT if reflected == str(source.live_revision_id or "") else BEHIND
                    if found == BEHIND and reflected and source.live_revision_id:
                        compare = reverse("wagtailadmin_pages:revisions_compare",
                                          args=(source.pk, reflected, source.live_revision_id))
                else:  # published before sources were recorded: compare the dates
                    behind = (source.last_published_at and copy.last_published_at
                              and source.last_published_at > copy.last_published_at)
                    found = BEHIND if behind else CURRENT
            if status and found != status:
                continue
            rows.append({
                "title": source.title, "kind": source.content_type.name, "language": code,
                "language_name": str(LANGUAGE_NAMES.get(code, code)), "status": found,
                "status_label": status_label(found), "page": copy, "source": source,
                "compare_url": compare,
                "edit_url": reverse("wagtailadmin_pages:edit", args=(copy.pk,)) if copy else None,
                "translate_url": None if copy else reverse(
                    "simple_translation:submit_page_translation", args=(source.pk,))})
    return rows


_sections = []


def translation_sections_provider(function):
    """Register `function(*, language, status) -> (title, rows)` for the editors'
    Translations screen (apps above the one that shows it add their content there)."""
    if function not in _sections:
        _sections.append(function)
    return function


def translation_sections(*, language="", status=""):
    return [function(language=language, status=status) for function in _sections]
