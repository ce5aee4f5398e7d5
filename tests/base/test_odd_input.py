"""Odd input gets a clear answer, never a 500.

Every search box, public and in the CMS (found from the URL patterns, not
listed), is fed the full-text-search specials and the XSS corpus in
tests/data/xss; every upload point is fed a GIF that goes on as a web page and
files named after payloads; a rich-text page link whose id is not a number is
rendered on the live page, the preview, the draft view and the editor. The
client turns an exception into a 500 response, as a server would, instead of
raising it.
"""

import io
import json
import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import parse_qsl, urljoin, urlsplit

import pytest
from django.core.files.base import ContentFile
from django.db import connection
from django.test import Client
from django.urls import NoReverseMatch, Resolver404, URLResolver, get_resolver, resolve, reverse
from django.utils.translation import gettext
from PIL import Image as PILImage
from wagtail.documents.models import Document
from wagtail.images.models import Image

from protocols.models import ProtocolPage
from tests.factories import (
    UserFactory,
    give_totp,
    make_admin,
    make_course,
    make_home_page,
    make_institution,
    make_learner,
    make_protocol,
    make_question,
)

pytestmark = pytest.mark.django_db

XSS_DIR = Path(__file__).resolve().parent.parent / "data" / "xss"
PAYLOADS = sorted({
    line
    for path in XSS_DIR.glob("*.txt")
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines()
    if line.strip()
})
# SQLite FTS5 and PostgreSQL tsquery syntax, and a NUL byte.
SPECIALS = ['"', "'", "*", "AND", "OR (", "NEAR(", "^", "-", ":", '"private', 'a"b', "\\", "\x00"]
CORPUS = SPECIALS + PAYLOADS
# What can break a search backend is its query syntax: SQLite FTS5's and
# PostgreSQL tsquery's. The protocol and course indexes get every payload; every
# other box (some twenty, mostly Wagtail's) gets one payload for each
# combination of that syntax found in the corpus: 137 queries instead of 774,
# which keeps the file to a few minutes.
_SYNTAX = re.compile(r"""["'*():^+\\&|!-]|\b(?:AND|OR|NOT|NEAR)\b""")


def _one_per_syntax(payloads):
    chosen = {}
    for payload in payloads:
        chosen.setdefault(frozenset(_SYNTAX.findall(payload)), payload)
    return list(chosen.values())


SYNTAX_SAMPLE = SPECIALS + _one_per_syntax(PAYLOADS)

NO_WORDS_MESSAGE = ("Type a word or a number to search for: punctuation and symbols alone "
                    "cannot be searched.")
MARKUP_MESSAGE = "This image file also contains web-page code"


def _gif(tail=b""):
    buffer = io.BytesIO()
    PILImage.new("RGB", (4, 4), "#a4161a").save(buffer, "GIF")
    return buffer.getvalue() + tail


# A GIF signature, then a web page: Willow calls it a GIF, Pillow cannot read it.
GIF_THEN_HTML = b"GIF89a<html><body><script>alert(1)</script></body></html>"
# A whole, valid picture with a web page appended after its last frame.
GIF_WITH_HTML_TAIL = _gif(b"<script>alert(document.domain)</script>")


@pytest.fixture
def site_pages():
    """The public index pages, each with a page to find."""
    home = make_home_page()
    protocol_index = home.get_children().get(slug="protocols").specific
    course_index = home.get_children().get(slug="courses").specific
    protocol = make_protocol(protocol_index)
    make_course(course_index, modules=[("Why it harms", [])])
    return {"home": home, "protocol_index": protocol_index, "course_index": course_index,
            "protocol": protocol}


@pytest.fixture
def content():
    """A row in every listing the CMS can search: an empty listing is never searched."""
    from django.contrib.auth.models import Group
    from wagtail.contrib.redirects.models import Redirect

    from accounts.models import AuditLog
    from protocols.models import Audience, LegalReference, Topic
    from protocols.workflow import protocol_workflow_ensure

    protocol_index = make_home_page().get_children().get(slug="protocols").specific
    protocol = make_protocol(protocol_index)
    protocol_workflow_ensure(index_pages=[protocol_index])
    Image.objects.create(title="Interview room", file=ContentFile(_gif(), name="room.gif"))
    Document.objects.create(title="Referral guide", file=ContentFile(b"Guide.", name="guide.txt"))
    Audience.objects.create(slug="police", name_en="Police", name_ru="Полиция", name_kk="Полиция")
    Topic.objects.create(slug="interview", name_en="Interview", name_ru="Допрос", name_kk="Жауап алу")
    LegalReference.objects.create(instrument="criminal_code", article="120", title_en="Rape",
                                  title_ru="Изнасилование", title_kk="Зорлау")
    make_question()
    make_admin(make_institution("POL-ALM"))
    AuditLog.objects.create(event="login", actor_label="someone@example.org")
    Redirect.objects.create(old_path="/old-protocol", redirect_page=protocol)
    Group.objects.get_or_create(name="Editors")


def _client(user=None):
    client = Client(raise_request_exception=False)
    if user is not None:
        client.force_login(user)
    return client


def _superuser():
    user = UserFactory(is_superuser=True, is_staff=True)
    give_totp(user)
    return user


def _failures(client, path, params=None, payloads=CORPUS):
    """The payloads for which a search of `path` answers with a server error."""
    return [q for q in payloads if client.get(path, {**(params or {}), "q": q}).status_code >= 500]


# --- public search boxes -------------------------------------------------------------

PUBLIC_BOXES = {
    "protocol index": (lambda site_pages: site_pages["protocol_index"].url, CORPUS),
    "course index": (lambda site_pages: site_pages["course_index"].url, CORPUS),
    "institution finder": (lambda site_pages: reverse("institutions:search"), SYNTAX_SAMPLE),
}


@pytest.mark.parametrize("box", PUBLIC_BOXES)
def test_public_search_box_answers_odd_input_without_a_server_error(site_pages, box):
    make_institution("POL-ALM", name_en="Almaty city police")
    client = _client(make_learner())
    url, payloads = PUBLIC_BOXES[box]
    assert _failures(client, url(site_pages), payloads=payloads) == []


@pytest.mark.parametrize("query", ['"', "*", "<>", "^-:", "(*)"])
def test_a_search_without_words_says_so_and_lists_nothing(site_pages, client, query):
    for index in (site_pages["protocol_index"], site_pages["course_index"]):
        response = client.get(index.url, {"q": query})
        body = response.content.decode()
        assert response.status_code == 200
        assert gettext(NO_WORDS_MESSAGE) in body
        assert 'class="card"' not in body


@pytest.mark.parametrize("query", ['"interview', "interview*", "(interview)", "adult:survivor",
                                   '"adult survivor"', "-survivor", "INTERVIEWING^"])
def test_search_syntax_around_words_still_finds_the_protocol(site_pages, client, query):
    response = client.get(site_pages["protocol_index"].url, {"q": query})
    assert response.status_code == 200
    assert "Interviewing an adult survivor" in response.content.decode()


def test_a_search_too_long_for_the_box_says_so(site_pages, client):
    response = client.get(site_pages["protocol_index"].url, {"q": "survivor " * 20})
    assert response.status_code == 200
    assert 'class="card"' not in response.content.decode()
    assert "errorlist" in response.content.decode()


# --- CMS search boxes ----------------------------------------------------------------

def _admin_pages():
    """Every CMS page reachable without arguments: where a search box may be.

    Results-only endpoints are left out: each is what the box on its listing
    page calls, and is fed through that box. Wagtail's deliberate error page
    answers 500 by design."""
    names = []

    def walk(patterns, namespaces):
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                walk(pattern.url_patterns,
                     namespaces + [pattern.namespace] if pattern.namespace else namespaces)
            elif pattern.name and not pattern.name.endswith("results"):
                names.append(":".join(namespaces + [pattern.name]))

    walk(get_resolver().url_patterns, [])
    paths = []
    for name in names:
        try:
            path = reverse(name)
        except NoReverseMatch:
            continue
        if (path.startswith("/admin/") and path not in paths
                and name not in ("wagtailadmin_error_test", "wagtailadmin_logout")):
            paths.append(path)
    return paths


class _SearchForms(HTMLParser):
    """The address each search form with a `q` field sends to."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.form = None
        self.targets = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self.form = attrs
        elif tag in ("input", "select") and attrs.get("name") == "q" and self.form is not None:
            target = self.form.get("data-w-swap-src-value") or self.form.get("action") or ""
            if target not in self.targets:
                self.targets.append(target)

    def handle_endtag(self, tag):
        if tag == "form":
            self.form = None


def _search_targets(response, page_path):
    """Where the search boxes on a page send their query.

    A box aimed at a whole listing page is fed through that page's results-only
    endpoint when it has one: the same view and search, without the menus."""
    body = response.content.decode()
    if response.get("Content-Type", "").startswith("application/json"):
        answer = json.loads(body)
        body = answer.get("html", "") if isinstance(answer, dict) else ""
    parser = _SearchForms()
    parser.feed(body)
    targets = []
    for target in parser.targets:
        target = urljoin(page_path, target)
        parts = urlsplit(target)
        try:
            if (resolve(parts.path + "results/").url_name or "").endswith("results"):
                target = parts._replace(path=parts.path + "results/").geturl()
        except Resolver404:
            pass
        if target not in targets:
            targets.append(target)
    return targets


def test_every_cms_search_box_answers_every_query_syntax_without_a_server_error(content):
    """Every CMS page reachable without arguments is opened; each distinct search box found
    on them is fed the sample (the same box on several pages is fed once)."""
    client = _client(_superuser())
    targets = []
    for page in _admin_pages():
        response = client.get(page)
        assert response.status_code < 500, page
        targets += [t for t in _search_targets(response, page) if t not in targets]
    assert len(targets) >= 5, targets
    failures = {}
    for target in targets:
        parts = urlsplit(target)
        failed = _failures(client, parts.path, dict(parse_qsl(parts.query)), SYNTAX_SAMPLE)
        if failed:
            failures[parts.path] = failed
    if (failures and connection.vendor == "sqlite"
            and all('"' in q for failed in failures.values() for q in failed)):
        # Wagtail's SQLite FTS5 backend wraps each word in double quotes without
        # escaping one inside it (wagtail/wagtail#13227, open). Production and CI run
        # on PostgreSQL, where this test has no such exception.
        pytest.xfail(f"wagtail/wagtail#13227 on SQLite: {sorted(failures)}")
    assert failures == {}


def test_the_cms_search_boxes_are_found(content):
    client = _client(_superuser())
    found = set()
    for page in ("/admin/pages/", "/admin/images/", "/admin/documents/", "/admin/users/",
                 "/admin/snippets/protocols/legalreference/", "/admin/images/chooser/"):
        found.update(urlsplit(t).path for t in _search_targets(client.get(page), page))
    assert {"/admin/images/results/", "/admin/documents/results/", "/admin/users/results/",
            "/admin/snippets/protocols/legalreference/results/",
            "/admin/images/chooser/results/"} <= found
    assert any(path.startswith("/admin/pages/") for path in found)


# --- malformed page links in rich text -----------------------------------------------

BAD_PAGE_IDS = ["1'", "abc", "", " 2 3", "99999999999999999999", "-1"]


def _intro_with_links(site_pages, ids):
    links = "".join(f'<a linktype="page" id="{pk}">link {n}</a> ' for n, pk in enumerate(ids))
    good = f'<a linktype="page" id="{site_pages["protocol"].pk}">the protocol</a>'
    return f"<p>{links}{good}</p>"


def test_a_malformed_page_link_renders_as_plain_text_on_the_live_page(site_pages, client):
    index = site_pages["protocol_index"]
    index.intro = _intro_with_links(site_pages, BAD_PAGE_IDS)
    index.save_revision().publish()
    response = client.get(index.url)
    body = response.content.decode()
    assert response.status_code == 200
    assert "<a>link 0</a>" in body and "<a>link 5</a>" in body
    assert f'href="{site_pages["protocol"].url}"' in body


def test_a_malformed_page_link_renders_in_the_draft_view_preview_and_editor(site_pages):
    client = _client(_superuser())
    index = site_pages["protocol_index"]
    index.intro = _intro_with_links(site_pages, BAD_PAGE_IDS)
    index.save_revision()
    assert "<a>link 0</a>" in index.make_preview_request().rendered_content
    draft = client.get(f"/admin/pages/{index.pk}/view_draft/")
    assert draft.status_code == 200
    assert "link 0" in draft.content.decode()
    edit = client.get(f"/admin/pages/{index.pk}/edit/")
    assert edit.status_code == 200
    assert "link 0" in edit.content.decode()


def _contentstate_with_link(data):
    return json.dumps({
        "blocks": [{"key": "a1b2c", "text": "Click here", "type": "unstyled", "depth": 0,
                    "inlineStyleRanges": [], "entityRanges": [{"offset": 0, "length": 5, "key": 0}],
                    "data": {}}],
        "entityMap": {"0": {"type": "LINK", "mutability": "MUTABLE", "data": data}},
    })


# A crafted id, and what the editor sends back for a link it opened as broken.
@pytest.mark.parametrize("link", [{"id": "1'", "url": None}, {"id": "abc"}, {"url": None}],
                         ids=["quoted-id", "word-id", "no-target"])
def test_a_malformed_page_link_from_the_editor_is_saved_as_text(site_pages, link):
    client = _client(_superuser())
    index = site_pages["protocol_index"]
    response = client.post(f"/admin/pages/{index.pk}/edit/", {
        "title": index.title, "slug": index.slug, "intro": _contentstate_with_link(link),
        "action-publish": "action-publish",
    })
    assert response.status_code == 302, response.content.decode()[:2000]
    index.refresh_from_db()
    assert "Click" in index.intro and "<a" not in index.intro
    assert client.get(index.url).status_code == 200


def test_a_page_link_to_a_protocol_still_works(site_pages, client):
    index = site_pages["protocol_index"]
    protocol = ProtocolPage.objects.get(pk=site_pages["protocol"].pk)
    index.intro = f'<p><a linktype="page" id="{protocol.pk}">read</a></p>'
    index.save_revision().publish()
    assert f'href="{protocol.url}"' in client.get(index.url).content.decode()
