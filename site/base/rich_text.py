"""Page links in rich text that survive a malformed page id.

Wagtail stores an internal link as `<a linktype="page" id="42">`. The id is
whatever the stored HTML says: a crafted admin post, an import or a hand edit
can leave `id="1'"` or `id="abc"`, and Wagtail's own handlers pass it straight
to `Page.objects.filter(id__in=...)`, whose ValueError turned every view of the
page (live, preview, draft, editor) into a 500. Here such a link is a broken
link: rendered as a plain `<a>` without href, opened in the editor as a link
with no target, and saved from the editor as its text alone.
"""

import re

from django.db import connection
from wagtail.admin.rich_text.converters.contentstate import link_entity
from wagtail.admin.rich_text.converters.html_to_contentstate import (
    ExternalLinkElementHandler,
    PageLinkElementHandler,
)
from wagtail.models import Page
from wagtail.rich_text.pages import PageLinkHandler

_DIGITS = re.compile(r"[0-9]{1,20}")


def page_id(value):
    """`value` as a page id the database can look up, or None."""
    text = str(value).strip() if value is not None else ""
    if not _DIGITS.fullmatch(text):
        return None
    number = int(text)
    # An id beyond the column's range is as unknown as a deleted page; on
    # PostgreSQL, asking for it would fail the query instead.
    low, high = connection.ops.integer_field_range(Page._meta.pk.get_internal_type())
    return number if low <= number <= high else None


class TolerantPageLinkHandler(PageLinkHandler):
    """Front-end rendering: a link to a missing or malformed page id is a plain `<a>`."""

    @classmethod
    def get_many(cls, attrs_list):
        ids = [page_id(attrs.get("id")) for attrs in attrs_list]
        wanted = {pk for pk in ids if pk is not None}
        pages = {}
        if wanted:
            pages = {page.pk: page for page in
                     Page.objects.filter(pk__in=wanted).defer_streamfields().specific()}
        return [pages.get(pk) for pk in ids]

    @classmethod
    def extract_references(cls, attrs):
        # The reference index is rebuilt on every save; a malformed id names no page.
        pk = page_id(attrs.get("id"))
        if pk is not None:
            yield Page, str(pk), "", ""


class TolerantPageLinkElementHandler(PageLinkElementHandler):
    """Editor loading: a malformed id opens as a link without a target, to be fixed."""

    def get_attribute_data(self, attrs):
        pk = page_id(attrs.get("id"))
        if pk is None:
            return {"url": None}
        return super().get_attribute_data({**attrs, "id": pk})


def tolerant_link_entity(props):
    """Editor saving: a link to a malformed page id, or to nothing, is saved as its text."""
    if props.get("id") is not None and page_id(props["id"]) is None:
        props = {**props, "id": None}
    if props.get("id") is None and not props.get("url"):
        return props["children"]
    return link_entity(props)


CONTENTSTATE_LINK_RULE = {
    "from_database_format": {
        "a[href]": ExternalLinkElementHandler("LINK"),
        'a[linktype="page"]': TolerantPageLinkElementHandler("LINK"),
    },
    "to_database_format": {"entity_decorators": {"LINK": tolerant_link_entity}},
}
