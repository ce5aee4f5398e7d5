"""Every allauth and two-factor page a person can open is in the house style: the site's
buttons, fields in the site's layout, an error summary, and sentence case ("Sign in", not
"Sign In") in English; walked from allauth's URL conf, as a visitor and signed in."""
import re

import pytest
from django.urls import URLPattern, URLResolver

from tests.factories import make_admin, make_learner

pytestmark = pytest.mark.django_db

# Words that keep their capital inside a heading or a button.
PROPER = {"TOTP", "ID", "URL", "MFA", "Protocol", "Academy", "I", "Kazakhstan", "CMS"}


def _paths(patterns, prefix=""):
    for p in patterns:
        route = prefix + str(p.pattern)
        if "<" in route or "(?P" in route:
            continue
        if isinstance(p, URLResolver):
            yield from _paths(p.url_patterns, route)
        elif isinstance(p, URLPattern):
            yield route


def _account_paths():
    from allauth import urls

    return sorted(set(_paths(urls.urlpatterns)))


def _texts(html, tag):
    return [re.sub(r"<[^>]+>", "", m).strip()
            for m in re.findall(rf"<{tag}\b[^>]*>(.*?)</{tag}>", html, flags=re.S)]


def _title_cased(text):
    words = re.findall(r"[A-Za-z][\w'-]*", text)
    return [w for w in words[1:] if w[0].isupper() and w not in PROPER]


def test_the_walk_covers_the_account_pages():
    paths = _account_paths()
    assert {"login/", "signup/", "password/reset/", "password/change/", "email/",
            "2fa/", "2fa/totp/activate/", "2fa/recovery-codes/"} <= set(paths)


@pytest.mark.parametrize("who", ["visitor", "learner", "admin"])
def test_every_account_page_is_in_the_house_style(client, who):
    user = {"visitor": None, "learner": make_learner, "admin": make_admin}[who]
    if user:
        client.force_login(user(email=f"{who}@example.org") if who == "learner"
                           else make_admin(None, email="admin@example.org"))
    seen = 0
    for path in _account_paths():
        response = client.get(f"/en/accounts/{path}")
        if response.status_code != 200 or "text/html" not in response["Content-Type"]:
            continue
        seen += 1
        html = response.content.decode()
        main = html[html.index('<main'):html.index('</main>')]
        for button in re.findall(r"<button\b[^>]*>", main):
            assert 'class="button' in button or 'class="link-button' in button, (path, button)
        for text in _texts(main, "h1") + _texts(main, "button") + _texts(main, "h2"):
            assert not _title_cased(text), (path, text)
        title = re.search(r"<title>(.*?)</title>", html, re.S).group(1)
        assert title.strip().endswith("· Protocol Academy"), (path, title)
        assert not _title_cased(title.split("·")[0]), (path, title)
    assert seen >= (4 if who == "visitor" else 6)


def test_a_failed_sign_in_shows_an_error_summary_and_keeps_the_email(client):
    make_learner(email="learner@example.org")
    response = client.post("/en/accounts/login/", {"login": "learner@example.org",
                                                   "password": "wrong"})
    html = response.content.decode()
    assert response.status_code == 200
    assert 'class="error-summary" role="alert"' in html
    assert 'value="learner@example.org"' in html


def test_sign_up_errors_link_to_their_fields(client):
    response = client.post("/en/accounts/signup/", {"email": "not-an-email",
                                                    "password1": "x", "password2": "y"})
    html = response.content.decode()
    assert 'class="error-summary"' in html and 'href="#id_email"' in html


def test_russian_and_kazakh_sign_in_pages_are_translated(client):
    for code, words in (("ru", "Войти"), ("kk", "Кіру")):
        html = client.get(f"/{code}/accounts/login/").content.decode()
        assert words in html, code
