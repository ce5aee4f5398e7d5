import re

from django.conf import settings

# A search term is a run of letters or digits in any script. The full-text
# backends index words split at the same boundaries, so a reader loses next to
# nothing when the rest is dropped, and what reaches SQLite FTS5 or a PostgreSQL
# tsquery can never be read as query syntax (a lone `"`, `NEAR(`, `*`, `:`).
_SEARCH_TERM = re.compile(r"[^\W_]+")


def search_terms(text):
    """The words of `text` that can be searched for, in order."""
    return _SEARCH_TERM.findall(text or "")


def pages_for_index(*, model, index_page, q="", audience=None, topic=None, language=None):
    """Live pages of `model` for an index page: [(page, in_another_language)].

    Without a language filter, the index lists its own language's pages and,
    marked, those not yet translated into it (in the first language they exist
    in), so nothing is hidden from a Kazakh or Russian reader. Search stays in
    the reader's language: stemming and stop words are per language.
    """

    def filtered(queryset):
        if audience:
            queryset = queryset.filter(audiences=audience)
        if topic:
            queryset = queryset.filter(topics=topic)
        return queryset

    live = model.objects.live().public()
    if q:
        q = " ".join(search_terms(q))
        if not q:
            return []
    if language:
        pages = filtered(live.filter(locale__language_code=language))
        elsewhere = language != index_page.locale.language_code
        if q:
            found = live.filter(id__in=list(pages.values_list("pk", flat=True))).search(
                q, operator="and")
            return [(p, elsewhere) for p in found]
        return [(p, elsewhere) for p in pages.select_related("locale").order_by("title")]
    local = filtered(live.filter(locale=index_page.locale))
    if q:
        found = live.filter(id__in=list(local.values_list("pk", flat=True))).search(
            q, operator="and")
        return [(p, False) for p in found]
    order = [code for code, _name in settings.LANGUAGES]
    others = {}
    for page in (filtered(live.exclude(locale=index_page.locale)
                          .exclude(translation_key__in=local.values("translation_key")))
                 .select_related("locale")):
        current = others.get(page.translation_key)
        if current is None or order.index(page.locale.language_code) < order.index(
                current.locale.language_code):
            others[page.translation_key] = page
    rows = [(p, False) for p in local.select_related("locale")]
    rows += [(p, True) for p in others.values()]
    # The reader's language first, then the pages not yet translated into it.
    return sorted(rows, key=lambda row: (row[1], row[0].title.lower()))
