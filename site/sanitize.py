"""The one place that cleans user-written HTML.

Everything that stores or shows HTML written by a user (free-text answers,
comments, imported text) goes through `html_clean`. The allowlist is strict:
text formatting, lists, headings and links, nothing that can run code or
restyle the page (no script, style, svg, math, iframe, form or event
attributes), and links only to http, https and mailto.
"""

import bleach

ALLOWED_TAGS = frozenset({
    "a", "abbr", "b", "blockquote", "br", "code", "em", "h2", "h3", "h4", "i",
    "li", "ol", "p", "pre", "strong", "sub", "sup", "ul",
})
ALLOWED_ATTRIBUTES = {"a": ["href", "title"], "abbr": ["title"]}
ALLOWED_PROTOCOLS = frozenset({"http", "https", "mailto"})

_cleaner = bleach.sanitizer.Cleaner(
    tags=ALLOWED_TAGS,
    attributes=ALLOWED_ATTRIBUTES,
    protocols=ALLOWED_PROTOCOLS,
    strip=True,
    strip_comments=True,
    filters=[],
)


def html_clean(html):
    """Return `html` with everything outside the allowlist removed."""
    if not html:
        return ""
    return _cleaner.clean(str(html))


def text_clean(text):
    """Return `text` with all markup removed (for plain-text fields)."""
    if not text:
        return ""
    return bleach.clean(str(text), tags=set(), attributes={}, strip=True, strip_comments=True)
