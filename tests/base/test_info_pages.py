"""The pages every public service has (about, contact and help, accessibility statement,
privacy notice): Wagtail pages editors keep in three languages, linked from every page's
footer in the reader's language; the demo's texts are there and their links work."""
import re

import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command

from academy.base.models import InfoKind, InfoPage
from tests.factories import make_home_page, make_info_page, make_learner, translate_tree

pytestmark = pytest.mark.django_db

KINDS = [("about", "About"), ("help", "Help"), ("accessibility", "Accessibility"),
         ("privacy", "Privacy")]


@pytest.fixture
def home():
    home = make_home_page()
    # Made out of order: the footer keeps InfoKind's.
    for kind, title in reversed(KINDS):
        make_info_page(home, kind=kind, title=title)
    return home


def _footer(html):
    footer = html[html.index('<footer'):]
    return re.findall(r'<a href="([^"]+)"[^>]*>([^<]+)</a>', footer)


def test_every_page_links_the_four_pages_in_order(client, home):
    for url in ("/en/", "/en/protocols/", "/en/accounts/login/", "/en/about/"):
        links = _footer(client.get(url).content.decode())
        assert links == [(f"/en/{kind}/", title) for kind, title in KINDS], url
    page = client.get("/en/accessibility/").content.decode()
    assert '<a href="/en/accessibility/" aria-current="page">' in page


def test_the_footer_follows_the_readers_language(client, home):
    translate_tree(home, "ru", {"About": "О платформе", "Help": "Помощь",
                                "Accessibility": "Доступность",
                                "Privacy": "Конфиденциальность"})
    links = _footer(client.get("/ru/").content.decode())
    assert links == [("/ru/about/", "О платформе"), ("/ru/help/", "Помощь"),
                     ("/ru/accessibility/", "Доступность"),
                     ("/ru/privacy/", "Конфиденциальность")]
    # A language with no pages yet has no footer links rather than links to another.
    assert _footer(client.get("/kk/").content.decode()) == []


def test_one_page_of_each_kind_per_language(home):
    second = InfoPage(title="Also about", slug="also-about", kind="about", body="<p>x</p>",
                      locale=home.locale)
    with pytest.raises(ValidationError) as error:
        second.full_clean()
    assert "kind" in error.value.message_dict


def test_the_footer_costs_no_query_once_cached(home, django_assert_num_queries):
    from academy.base.navigation import footer_for

    first = footer_for(language="en")
    with django_assert_num_queries(0):
        assert footer_for(language="en") == first
    # Publishing a page (here: a fifth information page's title) shows on the next render.
    page = InfoPage.objects.get(kind="help")
    page.title = "Contact and help"
    page.save_revision().publish()
    assert [item["title"] for item in footer_for(language="en")][1] == "Contact and help"


def test_an_info_page_costs_the_same_whatever_its_length(client, home,
                                                          django_assert_max_num_queries):
    short = InfoPage.objects.get(kind="help")
    long_page = InfoPage.objects.get(kind="privacy")
    long_page.body = "".join(f"<h2>Part {n}</h2><p>{'Text. ' * 80}</p><ul><li>a</li></ul>"
                             for n in range(40))
    long_page.save_revision().publish()
    counts = []
    for page in (short, long_page):
        client.get(page.url)
        with django_assert_max_num_queries(12) as captured:
            assert client.get(page.url).status_code == 200
        counts.append(len(captured))
    assert counts[0] == counts[1]


@pytest.mark.django_db(transaction=False)
def test_the_demo_has_the_four_pages_in_three_languages_and_their_links_work(client):
    call_command("load_demo", stdout=open("/dev/null", "w"))
    client.force_login(make_learner(email="reader@example.org"))
    for code in ("en", "ru", "kk"):
        pages = {p.kind: p for p in InfoPage.objects.live().filter(locale__language_code=code)}
        assert set(pages) == set(InfoKind.values), code
        for page in pages.values():
            html = client.get(page.url).content.decode()
            assert page.title in html and len(re.sub(r"<[^>]+>", "", page.body)) > 500
            for href in set(re.findall(r'href="(/[^"#]*)', page.body)):
                assert href.startswith(f"/{code}/"), (page.url, href)
                status = client.get(href).status_code
                assert status in (200, 302), (page.url, href, status)
    accessibility = InfoPage.objects.get(kind="accessibility", locale__language_code="en")
    assert "(WCAG) 2.2 at level AA" in accessibility.body
    assert accessibility.reviewed_on is not None
    privacy = InfoPage.objects.get(kind="privacy", locale__language_code="en")
    assert "/en/me/privacy/" in privacy.body
