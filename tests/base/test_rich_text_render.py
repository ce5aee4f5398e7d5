"""Every rich text of every page type is sanitised when the page renders.

The shared XSS corpus is stored straight into the database (as an editor's browser could
post it, bypassing the editor's own cleaning) in every rich-text field and every rich-text
block, however deep, of every page type; the page is rendered and parsed. Compared with
the same page holding harmless text, nothing that runs code appears: no script, no event
handler, no `javascript:`/`vbscript:`/`data:` URL, no frame, object, form or style. The
check reads the markup, not the Content-Security-Policy header, which a proxy may drop."""

import json
import re
import uuid
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

import pytest
from django.core.cache import cache
from wagtail import blocks
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, get_page_models

from tests.factories import (
    make_course,
    make_home_page,
    make_info_page,
    make_learner,
    make_protocol,
    make_quiz,
)

pytestmark = pytest.mark.django_db

XSS_DIR = Path(__file__).resolve().parent.parent / "data" / "xss"
VECTORS = sorted({line for path in XSS_DIR.glob("*.txt")
                  for line in path.read_text(encoding="utf-8", errors="replace").splitlines()
                  if line.strip()})
CHUNK = 40
PAGE_TYPES = sorted(m._meta.label for m in get_page_models() if m is not Page)

ACTIVE_TAGS = {"script", "iframe", "frame", "object", "embed", "applet", "svg", "math", "style",
               "base", "link", "meta", "form", "input", "button", "textarea", "select",
               "isindex", "img", "video", "audio", "source", "image", "details", "marquee"}
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "data", "xlink:href", "srcdoc",
                  "background", "poster", "lowsrc", "dynsrc", "codebase", "cite", "ping"}


class _Dangers(HTMLParser):
    """Counts what in a page could run code or change where it sends the reader."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.found = Counter()

    def handle_starttag(self, tag, attrs):
        if tag in ACTIVE_TAGS:
            self.found[f"<{tag}>"] += 1
        for name, value in attrs:
            if name.startswith("on"):
                self.found[f"handler {name}"] += 1
            if name == "style":
                self.found["style attribute"] += 1
            if name in URL_ATTRIBUTES and value:
                compact = re.sub(r"[\x00-\x20]", "", value).lower()
                if compact.startswith(("javascript:", "vbscript:", "data:")):
                    self.found[f"{name}={compact[:12]}"] += 1

    handle_startendtag = handle_starttag


def _dangers(markup):
    parser = _Dangers()
    parser.feed(markup)
    parser.close()
    return parser.found


def _has_rich_text(block):
    if isinstance(block, blocks.RichTextBlock):
        return True
    children = getattr(block, "child_blocks", None)
    if children:
        return any(_has_rich_text(child) for child in children.values())
    child = getattr(block, "child_block", None)
    return child is not None and _has_rich_text(child)


def _fill(block, html):
    """The stored (JSON) value of `block` with `html` in every rich text inside it."""
    if isinstance(block, blocks.RichTextBlock):
        return html
    if isinstance(block, blocks.StreamBlock):
        return [{"type": name, "id": str(uuid.uuid4()), "value": _fill(child, html)}
                for name, child in block.child_blocks.items() if _has_rich_text(child)]
    if isinstance(block, blocks.ListBlock):
        return [{"type": "item", "id": str(uuid.uuid4()), "value": _fill(block.child_block, html)}]
    if isinstance(block, blocks.StructBlock):
        return {name: _fill(child, html) for name, child in block.child_blocks.items()}
    return block.get_prep_value(block.get_default())


def _rich_fields(model):
    """(RichTextFields, StreamFields holding rich text) of a page model."""
    fields = [f for f in model._meta.get_fields() if f.concrete]
    rich = [f.name for f in fields if isinstance(f, RichTextField)]
    streams = [f for f in fields if isinstance(f, StreamField) and _has_rich_text(f.stream_block)]
    return rich, streams


def _store(page, payloads, canary):
    """Put `payloads` into every rich text of `page`, straight into the database; each rich
    text starts with `canary`, so the test can tell that the render used them."""
    rich, streams = _rich_fields(type(page))
    joined = f"<p>{canary}</p>" + "\n".join(payloads)
    values = {name: joined for name in rich}
    for field in streams:
        instances = []
        for payload in payloads:
            instances += _fill(field.stream_block, f"<p>{canary}</p>{payload}")
        values[field.name] = json.dumps(instances)
    type(page).objects.filter(pk=page.pk).update(**values)
    cache.clear()


@pytest.fixture
def pages(client):
    home = make_home_page()
    sections = {p.slug: p.specific for p in home.get_children()}
    course = make_course(sections["courses"], modules=[("Why it harms", ["What it does"])])
    make_quiz(course, [])
    make_protocol(sections["protocols"])
    make_info_page(home)
    client.force_login(make_learner())
    return {page._meta.label: page for page in Page.objects.live().specific()}


def test_the_corpus_and_the_walk_are_what_this_test_relies_on():
    assert len(VECTORS) >= 700
    walked = {label: _rich_fields(model) for model in get_page_models()
              for label in [model._meta.label]}
    assert walked["base.HomePage"][0] == ["intro"] and walked["base.HomePage"][1]
    assert walked["protocols.ProtocolPage"][1] and walked["courses.LessonPage"][1]


@pytest.mark.parametrize("label", PAGE_TYPES)
def test_no_script_handler_or_javascript_url_survives_in_any_rich_text(client, pages, label):
    assert label in pages, f"add a {label} to the fixture so its rich text is checked"
    page = pages[label]
    rich, streams = _rich_fields(type(page))
    if not rich and not streams:
        return  # this page type stores no rich text; its plain fields are escaped by Django
    _store(page, ["<p>harmless</p>"] * CHUNK, "CANARY-BASE")
    response = client.get(page.url)
    assert response.status_code == 200
    baseline = _dangers(response.content.decode())
    for start in range(0, len(VECTORS), CHUNK):
        canary = f"CANARY-{start}"
        _store(page, VECTORS[start:start + CHUNK], canary)
        response = client.get(page.url)
        html = response.content.decode()
        assert response.status_code == 200 and canary in html, (label, start)
        extra = _dangers(html) - baseline
        assert not extra, (label, dict(extra), VECTORS[start:start + CHUNK])
