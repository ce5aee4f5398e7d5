"""No English leaks into a Russian or Kazakh page: every page of the URL conf that a
visitor, a learner or an institution administrator can open (outside the CMS), and every
page type of the site, is rendered in ru and kk, and none of its visible or spoken text
(text nodes, labels read aloud, placeholders, button values) may be an English message id
of the project, Django, django-allauth or Wagtail that has a translation in that language.
Content not yet translated is allowed where it is marked as English (`lang="en"`)."""
import gettext as gettext_module
import re
from html.parser import HTMLParser
from pathlib import Path

import django
import pytest
import wagtail
from allauth import __file__ as allauth_file
from django.urls import URLPattern, URLResolver, get_resolver
from django.utils import translation
from django.utils.translation import gettext, pgettext
from wagtail.models import Page

from tests.factories import (
    complete_course,
    make_admin,
    make_course,
    make_home_page,
    make_learner,
    make_protocol,
    make_question,
    make_quiz,
    make_tree,
    translate_tree,
)

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]
CATALOGUES = [
    ROOT / "locale" / "ru" / "LC_MESSAGES" / "django.po",
    Path(django.__file__).parent / "conf" / "locale" / "ru" / "LC_MESSAGES" / "django.po",
    Path(django.__file__).parent / "contrib" / "auth" / "locale" / "ru" / "LC_MESSAGES" / "django.po",
    Path(allauth_file).parent / "locale" / "ru" / "LC_MESSAGES" / "django.po",
    Path(wagtail.__file__).parent / "locale" / "ru" / "LC_MESSAGES" / "django.po",
]
# Names and abbreviations that read the same in a Russian or Kazakh interface.
SAME_IN_EVERY_LANGUAGE = {"Email", "OK", "PDF", "CSV", "XLSX", "QR", "TOTP", "WebAuthn"}
SKIP = ("admin/", "django-admin/", "__debug__/", "documents/", "images/", "sitemap")


def _message_ids():
    """(context, English message id) of every compiled catalogue (a plural: its singular)."""
    found = set()
    for path in CATALOGUES:
        with open(path.with_suffix(".mo"), "rb") as handle:
            catalogue = gettext_module.GNUTranslations(handle)._catalog
        for key in catalogue:
            msgid = key[0] if isinstance(key, tuple) else key
            ctx, _sep, msgid = msgid.rpartition("\x04")
            if "%" in msgid or "{" in msgid or len(msgid) < 3 or not re.search(r"[a-z]", msgid):
                continue  # formats are filled in; a code is no sentence
            found.add((ctx or None, msgid))
    return found


MESSAGE_IDS = _message_ids()


def _leaks_for(language):
    """The English message ids that would show as English in `language`: all of them, but
    for the few that read the same in every language. An id with no translation in that
    language is the leak this test is for, so it is not left out."""
    leaks = set()
    with translation.override(language):
        for ctx, msgid in MESSAGE_IDS:
            said = pgettext(ctx, msgid) if ctx else gettext(msgid)
            if said != msgid or msgid not in SAME_IN_EVERY_LANGUAGE:
                leaks.add(" ".join(msgid.split()))
    return leaks - SAME_IN_EVERY_LANGUAGE


class _Visible(HTMLParser):
    """Text a reader sees or hears, outside scripts and outside elements marked English."""

    SILENT = {"script", "style", "template", "noscript"}
    VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
            "source", "track", "wbr"}
    SPOKEN = ("aria-label", "placeholder", "title", "alt")

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.texts = [], []

    def _quiet(self):
        return any(tag in self.SILENT or lang for tag, lang in self.stack)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        english = (attrs.get("lang") or "").startswith("en") and tag != "html"
        if not self._quiet() and not english:
            self.texts += [attrs[name] for name in self.SPOKEN if attrs.get(name)]
            if tag == "input" and attrs.get("type") in ("submit", "button") and attrs.get("value"):
                self.texts.append(attrs["value"])
        if tag not in self.VOID:
            self.stack.append((tag, english))

    def handle_endtag(self, tag):
        for index in range(len(self.stack) - 1, -1, -1):
            if self.stack[index][0] == tag:
                del self.stack[index:]
                break

    def handle_data(self, data):
        if not self._quiet() and data.strip():
            self.texts.append(data)


def _english(html, leaks):
    parser = _Visible()
    parser.feed(html)
    found = set()
    for text in parser.texts:
        text = " ".join(text.split())
        if text in leaks or text.rstrip(".:") in leaks:
            found.add(text)
    return sorted(found)


def _plain_routes(resolver=None, prefix=""):
    """The URL conf's routes that take no argument (outside the CMS and files)."""
    for entry in (resolver or get_resolver()).url_patterns:
        route = prefix + str(entry.pattern).lstrip("^").rstrip("$")
        if any(route.startswith(skip) or f"/{skip}" in route for skip in SKIP):
            continue
        if isinstance(entry, URLResolver):
            yield from _plain_routes(entry, route)
        elif isinstance(entry, URLPattern) and "<" not in route and "(" not in route:
            yield route


@pytest.fixture
def world(django_capture_on_commit_callbacks):
    home = make_home_page()
    protocol = make_protocol(home.get_children().get(slug="protocols").specific)
    course = make_course(home.get_children().get(slug="courses").specific)
    make_quiz(course, [make_question()], required=False)
    for code in ("ru", "kk"):
        translate_tree(home, code, {})
    tree = make_tree()
    learner = make_learner(tree["almaty"], email="learner@example.org")
    with django_capture_on_commit_callbacks(execute=True):
        complete_course(learner, course)
    return {"learner": learner, "admin": make_admin(tree["almaty"], email="admin@example.org"),
            "protocol": protocol}


def _pages(client, language):
    """Every route of the URL conf under `language`, and every live page in it."""
    urls = set()
    for route in _plain_routes():
        prefix = translation.get_language() + "/"  # i18n_patterns: the active language's
        if route.startswith(prefix):
            urls.add(f"/{language}/{route[len(prefix):]}")
    urls |= {page.url for page in Page.objects.live().filter(locale__language_code=language)
             .specific() if page.url}
    return sorted(urls)


@pytest.mark.parametrize("language", ["ru", "kk"])
@pytest.mark.parametrize("who", ["visitor", "learner", "admin"])
def test_no_english_on_a_russian_or_kazakh_page(client, world, language, who):
    if who != "visitor":
        client.force_login(world[who])
    leaks = _leaks_for(language)
    assert "This field is required." in leaks and "Sign In" in leaks  # the catalogues loaded
    seen, found = 0, {}
    for url in _pages(client, language):
        response = client.get(url)
        if response.status_code != 200 or "text/html" not in response.get("Content-Type", ""):
            continue
        seen += 1
        english = _english(response.content.decode(), leaks)
        if english:
            found[url] = english
    assert seen > 10
    assert found == {}
