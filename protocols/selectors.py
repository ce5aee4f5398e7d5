import difflib
import itertools
import re
from collections import defaultdict
from html import unescape

from django.utils.text import Truncator
from django.utils.translation import get_language, ngettext
from wagtail.rich_text import expand_db_html

from academy.base.i18n import prefer_language
from academy.sanitize import html_clean, text_clean

from .constants import ClauseChange
from .models import (
    ClauseRecord,
    ProtocolAcknowledgement,
    ProtocolPage,
    ProtocolVersion,
)


def _plain(html):
    # Block ends become spaces, so that paragraphs do not run together. bleach's parser,
    # unlike Django's strip_tags, reads any markup an editor may have stored (`<![>`).
    spaced = re.sub(r"</(p|li|h[1-6]|blockquote)>|<br\s*/?>", " ", html or "")
    return re.sub(r"\s+", " ", unescape(text_clean(spaced))).strip()


def _lines(html):
    """The text of each paragraph and list item of `html`, in order (a clause's diff is
    shown line by line, so that a list keeps its items)."""
    parts = re.split(r"</(?:p|li|h[1-6]|blockquote)>|<br\s*/?>", html or "")
    cleaned = (re.sub(r"\s+", " ", unescape(text_clean(part))).strip() for part in parts)
    return [text for text in cleaned if text]


def _elements_text(elements):
    lines = []
    for element in elements or []:
        value = element.value
        if element.block_type in ("steps", "checklist"):
            lines += [str(item) for item in value["items"]]
        elif element.block_type == "do_dont":
            lines += [f"+ {item}" for item in value["do"]] + [f"− {item}" for item in value["dont"]]
        elif element.block_type in ("warning", "law_quote"):
            lines.append(str(value["text"]))
        elif element.block_type == "image":
            lines.append(str(value["alt_text"]))
        elif element.block_type == "document":
            lines.append(str(value["title"]))
    return lines


def protocol_clauses(page):
    """Each clause of `page` in order, with its stable id and its number by position."""
    clauses = []
    for section_index, section in enumerate(page.body, start=1):
        if section.block_type != "section":
            continue
        for clause_index, child in enumerate(section.value["clauses"].bound_blocks, start=1):
            text_html = child.value["text"].source
            clauses.append({
                "id": str(child.id),
                "number": f"{section_index}.{clause_index}",
                "section_number": section_index,
                "section": section.value["heading"],
                "html": html_clean(expand_db_html(text_html)),
                "elements": child.value["elements"],
                "plain": " ".join([_plain(text_html), *_elements_text(child.value["elements"])]),
                "lines": [*_lines(text_html), *_elements_text(child.value["elements"])],
            })
    return clauses


def protocol_sections(clauses):
    sections = []
    for clause in clauses:
        if not sections or sections[-1]["number"] != clause["section_number"]:
            sections.append({"number": clause["section_number"], "heading": clause["section"],
                             "clauses": []})
        sections[-1]["clauses"].append(clause)
    return sections


def protocol_languages(page, request=None):
    """The languages this protocol exists in: [(code, name, url)], one query."""
    from django.conf import settings

    from academy.base.navigation import page_translation_urls

    names = dict(settings.LANGUAGES)
    order = list(names)
    rows = sorted(page_translation_urls(page, request),
                  key=lambda row: order.index(row[0]) if row[0] in order else len(order))
    return [{"code": code, "name": names.get(code), "url": url, "current": pk == page.pk}
            for code, url, pk in rows]


def acknowledgement_for(*, user, page):
    if not user.is_authenticated:
        return None
    return (ProtocolAcknowledgement.objects
            .filter(user=user, translation_key=page.translation_key, version=page.version)
            .first())


def protocol_page_context(*, page, request):
    """Context for a protocol page. The body is rendered inside a cache fragment keyed by
    the published revision, so `sections` and `references` are only computed (and their
    queries run) when that fragment is not cached yet."""
    from functools import cache

    fallback_from = getattr(request, "protocol_fallback_from", None)

    @cache
    def sections():
        return protocol_sections(protocol_clauses(page))

    @cache
    def references():
        return list(page.legal_basis.all())

    @cache
    def audiences():
        return list(page.audiences.all())

    @cache
    def topics():
        return list(page.topics.all())

    languages = protocol_languages(page, request)
    return {
        "sections": sections,
        "references": references,
        "audiences": audiences,
        "topics": topics,
        "languages": languages,
        "acknowledgement": acknowledgement_for(user=request.user, page=page),
        "fallback_from": fallback_from,
        "behind": translation_behind(page),
        "content_language": next((lang["code"] for lang in languages if lang["current"]),
                                 None) or page.locale.language_code,
    }


def translation_behind(page):
    """When a newer version of this protocol was published in another language (the source
    moved on and this translation has not caught up yet): that version, where it was first
    published, and the clauses changed since this translation's version, each linking to
    the clause in that language. None when this translation is current. Cached until a
    page is published (one query then)."""
    from django.core.cache import cache

    from academy.base.navigation import tree_version

    key = f"academy:behind:{page.translation_key}:{page.version}:{tree_version()}"
    found = cache.get(key, "missing")
    if found == "missing":
        found = _translation_behind(page)
        cache.set(key, found, timeout=60 * 60 * 24)
    return found


def _translation_behind(page):
    newer = [v for v in ProtocolVersion.objects.filter(
        translation_key=page.translation_key, number__gt=page.version).select_related(
        "locale", "page").order_by("number", "published_at") if v.page.live]
    if not newer:
        return None
    newest = [v for v in newer if v.number == newer[-1].number]
    source = newest[0]  # the language it was first published in
    changed = set().union(*(v.changed_clause_ids for v in newer))
    url = source.page.url or ""
    clauses = [{"number": c["number"], "url": f"{url}#clause-{c['id']}"}
               for c in source.clauses if c["id"] in changed]
    kept = {c["id"] for c in source.clauses}
    return {"version": source, "url": url, "clauses": clauses,
            "removed": sum(1 for cid in changed if cid not in kept)}


def protocols_for_index(*, index_page, **filters):
    from academy.base.selectors import pages_for_index

    return pages_for_index(model=ProtocolPage, index_page=index_page, **filters)


def protocol_fallback(*, index_page, slug):
    """The same protocol in another language, when the reader's has no translation yet."""
    from academy.base.routing import untranslated_find

    return untranslated_find(model=ProtocolPage, index_page=index_page, slug=slug)


def clause_current(*, clause_id, language=None):
    """The current text of a clause, in `language` if it exists, else in any language."""
    records = ClauseRecord.objects.filter(clause_id=clause_id).select_related("page", "locale")
    language = language or (get_language() or "en")[:2]
    chosen = None
    for record in records:
        if record.locale.language_code == language:
            return record
        chosen = chosen or record
    return chosen


def clause_choices(*, language=None):
    """The clauses of published protocols, for the clause chooser: [(protocol title,
    [(clause id, "3.2 Never ask for a re-enactment…"), ...]), ...], one option per clause
    (in the editor's language where it exists), protocols by title, clauses in order. One
    query, run each time a form is shown, so the list follows publishing."""
    records = (ClauseRecord.objects.select_related("page", "locale")
               .only("clause_id", "number", "text", "translation_key", "locale__language_code",
                     "page__title"))
    chosen = prefer_language(records, key=lambda r: r.clause_id, language=language)
    protocols = {}
    for record in chosen.values():
        protocols.setdefault(record.translation_key, []).append(record)

    def position(record):
        return tuple(int(part) if part.isdigit() else 0 for part in record.number.split("."))

    groups = []
    for records in protocols.values():
        records.sort(key=position)
        # Clauses of one protocol may come from more than one language; the title is
        # that of the language most of them are in.
        languages = [r.locale.language_code for r in records]
        title_record = next(r for r in records
                            if r.locale.language_code == max(languages, key=languages.count))
        options = [(str(r.clause_id),
                    f"{r.number} {Truncator(_plain(r.text)).chars(90)}") for r in records]
        groups.append((title_record.page.title, options))
    return sorted(groups, key=lambda group: group[0].casefold())


def clause_published(*, clause_id):
    """Whether a published protocol has this clause (what the clause chooser offers)."""
    return ClauseRecord.objects.filter(clause_id=clause_id).exists()


def protocol_published_before(page):
    """Whether this protocol (in any language) has a published version already."""
    return ProtocolVersion.objects.filter(translation_key=page.translation_key).exists()


def protocol_clauses_taken(*, page, clauses=None):
    """{clause id: ClauseRecord} of this page's clauses whose id belongs to another protocol
    (a different translation key; translations of this protocol share its ids)."""
    clauses = protocol_clauses(page) if clauses is None else clauses
    ids = [c["id"] for c in clauses]
    if not ids:
        return {}
    records = (ClauseRecord.objects.filter(clause_id__in=ids)
               .exclude(translation_key=page.translation_key).select_related("page", "locale"))
    return prefer_language(records, key=lambda r: str(r.clause_id))


def protocol_clause_errors(*, page, clauses=None):
    """Why this page's clauses cannot be saved or published, as messages for the editor.

    A clause id must be unique within the page and belong to this protocol only. A protocol
    never published may carry another's ids (a copy: Wagtail copies blocks with their ids);
    its first publication gives them new ones, so that is not an error here."""
    clauses = protocol_clauses(page) if clauses is None else clauses
    errors = []
    seen, repeated = set(), []
    for clause in clauses:
        if clause["id"] in seen:
            repeated.append(clause["number"])
        seen.add(clause["id"])
    if repeated:
        errors.append(ngettext(
            "Clause %(numbers)s repeats the id of another clause of this protocol. Remove it and "
            "add it again as a new clause.",
            "Clauses %(numbers)s repeat the ids of other clauses of this protocol. Remove them and "
            "add them again as new clauses.", len(repeated)) % {"numbers": ", ".join(repeated)})
    if protocol_published_before(page):
        taken = protocol_clauses_taken(page=page, clauses=clauses)
        by_title = {}
        for clause in clauses:
            if clause["id"] in taken:
                by_title.setdefault(taken[clause["id"]].page.title, []).append(clause["number"])
        for title, numbers in by_title.items():
            errors.append(ngettext(
                "Clause %(numbers)s is a clause of another protocol, “%(title)s”: a clause "
                "belongs to one protocol only, so that lessons and questions quoting it stay "
                "right. Remove it here and write it as a new clause.",
                "Clauses %(numbers)s are clauses of another protocol, “%(title)s”: a clause "
                "belongs to one protocol only, so that lessons and questions quoting it stay "
                "right. Remove them here and write them as new clauses.", len(numbers))
                % {"numbers": ", ".join(numbers), "title": title})
    return errors


def protocol_versions(page):
    return list(ProtocolVersion.objects.filter(translation_key=page.translation_key,
                                               locale=page.locale_id).order_by("number"))


def _word_diff(old, new):
    """Words removed and added between two texts, for a readable clause diff."""
    old_words, new_words = old.split(), new.split()
    parts = []
    matcher = difflib.SequenceMatcher(a=old_words, b=new_words, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            parts.append(("same", " ".join(old_words[i1:i2])))
        if op in ("delete", "replace"):
            parts.append(("removed", " ".join(old_words[i1:i2])))
        if op in ("insert", "replace"):
            parts.append(("added", " ".join(new_words[j1:j2])))
    return parts


def _lines_diff(old_lines, new_lines):
    """Line by line (paragraphs, list items, steps): each line a list of (kind, words)."""
    rows = []
    matcher = difflib.SequenceMatcher(a=old_lines, b=new_lines, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            rows += [[("same", line)] for line in old_lines[i1:i2]]
        elif op == "delete":
            rows += [[("removed", line)] for line in old_lines[i1:i2]]
        elif op == "insert":
            rows += [[("added", line)] for line in new_lines[j1:j2]]
        else:
            for before, after in itertools.zip_longest(old_lines[i1:i2], new_lines[j1:j2]):
                rows.append(_word_diff(before or "", after or ""))
    return rows


def protocol_version_diff(old, new):
    """Clause-by-clause changes from version `old` to version `new` (snapshots)."""
    before = {c["id"]: c for c in old.clauses}
    after = {c["id"]: c for c in new.clauses}
    changes = []
    for clause in new.clauses:
        previous = before.get(clause["id"])
        if previous is None:
            changes.append({"kind": ClauseChange.ADDED, "new": clause})
        elif previous["plain"] != clause["plain"]:
            changes.append({"kind": ClauseChange.CHANGED, "old": previous, "new": clause,
                            # Versions published before lines were kept compare as one line.
                            "lines": _lines_diff(previous.get("lines") or [previous["plain"]],
                                                 clause.get("lines") or [clause["plain"]])})
        elif previous["number"] != clause["number"]:
            changes.append({"kind": ClauseChange.MOVED, "old": previous, "new": clause})
    for clause in old.clauses:
        if clause["id"] not in after:
            changes.append({"kind": ClauseChange.REMOVED, "old": clause})
    return changes


def protocol_history_context(*, page, params):
    versions = protocol_versions(page)
    by_number = {v.number: v for v in versions}
    context = {"versions": versions, "diff": None, "from_version": None, "to_version": None}
    if len(versions) < 2:
        return context
    try:
        to_number = int(params.get("to") or versions[-1].number)
        from_number = int(params.get("from") or versions[-2].number)
    except ValueError:
        to_number, from_number = versions[-1].number, versions[-2].number
    old, new = by_number.get(from_number), by_number.get(to_number)
    if old is None or new is None:
        old, new = versions[-2], versions[-1]
    context.update({"diff": protocol_version_diff(old, new), "from_version": old,
                    "to_version": new})
    return context


def translation_statuses(*, language="", status="", translation_key=None):
    """Every protocol in every language of the platform, as its translation stands: current
    (its live version is the newest in any language), behind (with the clauses changed in
    the source since, word by word) or missing. Filtered by language and status; for the
    editors' Translations screen. Three queries, whatever the number of protocols."""
    from django.conf import settings

    from academy.base.i18n import LANGUAGE_NAMES, prefer_language

    from .constants import TranslationStatus

    pages = ProtocolPage.objects.select_related("locale").order_by("pk")
    stored = ProtocolVersion.objects.select_related("locale", "page").order_by("published_at")
    if translation_key is not None:
        pages = pages.filter(translation_key=translation_key)
        stored = stored.filter(translation_key=translation_key)
    pages = list(pages)
    versions = defaultdict(dict)  # key -> number -> [ProtocolVersion in each language]
    for version in stored:
        versions[version.translation_key].setdefault(version.number, []).append(version)
    titles = prefer_language(pages, key=lambda p: p.translation_key)
    by_key = defaultdict(dict)
    for page in pages:
        by_key[page.translation_key][page.locale.language_code] = page
    rows = []
    for key, title_page in sorted(titles.items(), key=lambda kv: kv[1].title.lower()):
        numbers = versions.get(key, {})
        newest = max(numbers) if numbers else None
        source = numbers[newest][0] if newest else None  # where it was first published
        for code, name in settings.LANGUAGES:
            if language and code != language:
                continue
            page = by_key[key].get(code)
            if page is None or not page.live:
                found, changes = TranslationStatus.MISSING, []
            elif newest is None or page.version >= newest:
                found, changes = TranslationStatus.CURRENT, []
            else:
                found = TranslationStatus.BEHIND
                old = next((v for v in numbers.get(page.version, [])
                            if v.locale_id == source.locale_id), None)
                changed = set().union(*(v[0].changed_clause_ids for n, v in numbers.items()
                                        if n > page.version))
                changes = [c for c in (protocol_version_diff(old, source) if old else [])
                           if c["kind"] != ClauseChange.MOVED
                           and (c.get("new") or c.get("old"))["id"] in changed]
            if status and found != status:
                continue
            rows.append({"key": key, "title": title_page.title, "language": code,
                         "language_name": str(LANGUAGE_NAMES.get(code, name)), "status": found,
                         "status_label": TranslationStatus(found).label, "page": page,
                         "source": source, "newest": newest, "changes": changes,
                         "from_page": source.page if source else title_page})
    return rows


def translations_behind_source(page):
    """The live translations of protocol `page` behind its live version, when `page` holds
    the protocol's newest version (a source about to move on); [] for a translation
    catching up, or a page that is not a protocol."""
    page = ProtocolPage.objects.filter(pk=page.pk, live=True).first()
    if page is None:
        return []
    others = list(ProtocolPage.objects.live().filter(translation_key=page.translation_key)
                  .exclude(pk=page.pk).select_related("locale"))
    if any(other.version > page.version for other in others):
        return []
    return [other for other in others if other.version < page.version]
