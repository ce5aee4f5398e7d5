import gzip
import re

import pytest
from django.contrib.staticfiles import finders
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import add_children, make_home_page, translate_tree

pytestmark = pytest.mark.django_db

RU = {"Protocol Academy": "Академия протоколов", "Protocols": "Протоколы", "Courses": "Курсы"}
KK = {"Protocol Academy": "Хаттамалар академиясы", "Protocols": "Хаттамалар", "Courses": "Курстар"}


@pytest.fixture
def home():
    return make_home_page()


def test_root_redirects_to_a_language_prefix(client, home):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="ru")
    assert response.status_code == 302
    assert response["Location"] == "/ru/"


@pytest.mark.parametrize(
    ("code", "titles", "ui_text"),
    [
        ("en", {}, "Skip to main content"),
        ("ru", RU, "Перейти к основному содержанию"),
        ("kk", KK, "Негізгі мазмұнға өту"),
    ],
)
def test_home_page_is_served_in_each_language(client, home, code, titles, ui_text):
    if code != "en":
        translate_tree(home, code, titles)
    response = client.get(f"/{code}/")
    html = response.content.decode()
    assert response.status_code == 200
    assert f'<html lang="{code}">' in html
    assert ui_text in html
    title = titles.get("Protocol Academy", "Protocol Academy")
    assert f"<h1 id=\"hero-title\">{title}</h1>" in html
    # Sections are linked in the reader's language.
    assert f'href="/{code}/protocols/"' in html
    assert titles.get("Protocols", "Protocols") in html


def test_language_switcher_links_to_the_same_page_in_each_language(client, home):
    translate_tree(home, "ru", RU)
    html = client.get("/en/protocols/").content.decode()
    switcher = re.search(r'<nav class="lang-switch".*?</nav>', html, re.S).group(0)
    assert 'href="/ru/protocols/"' in switcher
    assert 'href="/en/protocols/" hreflang="en" lang="en" aria-current="true"' in switcher
    # No Kazakh translation yet: the Kazakh link falls back to the Kazakh home page.
    assert 'href="/kk/"' in switcher


def test_language_switcher_keeps_the_path_on_non_cms_pages(client, home):
    html = client.get("/ru/accounts/login/").content.decode()
    assert 'href="/kk/accounts/login/"' in html
    assert 'href="/en/accounts/login/"' in html


def test_home_page_links_to_sign_in_and_sections(client, home):
    html = client.get("/en/").content.decode()
    assert 'href="/en/accounts/login/"' in html
    assert 'href="/en/protocols/"' in html and 'href="/en/courses/"' in html


def test_signed_in_user_sees_sign_out_as_a_form(client, home, django_user_model):
    user = django_user_model.objects.create_user(email="officer@example.org", password="x" * 12)
    client.force_login(user)
    html = client.get("/en/").content.decode()
    assert 'action="/en/accounts/logout/"' in html
    assert "Sign in to your training" not in html


def test_responses_carry_a_content_security_policy_without_inline_scripts(client, home):
    response = client.get("/en/")
    policy = response["Content-Security-Policy"]
    script_src = re.search(r"script-src ([^;]*)", policy).group(1)
    assert "'self'" in script_src
    assert "unsafe-inline" not in script_src
    assert "<script" not in response.content.decode()


def _query_count(client, url):
    client.get(url)  # warm caches that every later request shares (site root paths)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.parametrize("url", ["/en/", "/ru/", "/en/protocols/"])
def test_page_query_count_does_not_grow_with_the_page_tree(client, home, url):
    translate_tree(home, "ru", RU)
    protocols = home.get_children().get(slug="protocols")
    courses = home.get_children().get(slug="courses")
    add_children(protocols, 2, prefix="protocol")
    add_children(courses, 2, prefix="course")
    small = _query_count(client, url)
    add_children(protocols, 40, prefix="more-protocol")
    add_children(courses, 40, prefix="more-course")
    large = _query_count(client, url)
    assert small == large
    assert large <= 16


def test_home_page_weight_is_under_budget(client, home):
    """A content page must be at most 150 KB transferred (gzip) before images."""
    translate_tree(home, "kk", KK)
    html = client.get("/kk/").content
    total = len(gzip.compress(html))
    assets = re.findall(rb'<(?:link[^>]+href|script[^>]+src)="/static/([^"]+)"', html)
    assert assets, "the page should link its stylesheet"
    for asset in assets:
        path = finders.find(asset.decode())
        with open(path, "rb") as handle:
            total += len(gzip.compress(handle.read()))
    assert total <= 150 * 1024


def test_health_check_answers(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.content == b"ok"
