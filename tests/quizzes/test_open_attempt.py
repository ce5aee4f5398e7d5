"""While an attempt is open, no view shows its owner anything of the marking scheme.

The class of views is every page type and every URL of the URL conf (outside the CMS), and
for each, every query parameter the view reads (recorded while it runs), tried with the
numbers and ids of the learner's own attempts. The learner has one submitted attempt (all
wrong) and a second one open: feedback on the first would answer the second."""

import pytest
from django.http import QueryDict
from django.urls import URLPattern, URLResolver, get_resolver
from django.urls.exceptions import NoReverseMatch
from django.urls.resolvers import RegexPattern
from django.utils.translation import gettext
from wagtail.models import Page, get_page_models

from currency.models import CourseRefresher, RefresherReason
from quizzes.models import Attempt
from tests.factories import make_info_page, make_learner, make_protocol, make_quiz, make_tree

from .conftest import MARKER
from .test_attempts import _answers_for

pytestmark = pytest.mark.django_db

EXPLAINED = "EXPLANATION-MARKER-91c2"


OWN_CODE = ("academy.", "accounts.", "institutions.", "protocols.", "courses.", "quizzes.",
            "reports.", "notifications.", "onboarding.", "currency.")


def _url_patterns(resolver=None, prefix=""):
    """(route, pattern) of every view of the project's own code outside the CMS (allauth's
    and Wagtail's views know nothing of quizzes); the catch-all page route is excluded, as
    every page type is a case of its own."""
    for entry in (resolver or get_resolver()).url_patterns:
        route = prefix + str(entry.pattern)
        if route.startswith("admin/") or getattr(entry, "name", "") == "wagtail_serve":
            continue
        if isinstance(entry, URLResolver):
            yield from _url_patterns(entry, route)
        elif isinstance(entry, URLPattern) and entry.lookup_str.startswith(OWN_CODE):
            yield route, entry


URL_CASES = sorted({route for route, _entry in _url_patterns()})
assert len(URL_CASES) > 20, URL_CASES  # the walk found the project's views
PAGE_CASES = sorted(model._meta.label for model in get_page_models()
                    if model is not Page)


def _fill(entry, world):
    """The URL of `entry` with its arguments taken from the learner's own records."""
    values = {"int": world["second"].pk, "str": str(world["first"].number),
              "uuid": world["quiz"].translation_key, "path": "x", "slug": "x"}
    by_name = {"course_key": world["course"].translation_key}
    pattern = entry.pattern
    if isinstance(pattern, RegexPattern):
        groups = pattern.regex.groupindex
        kwargs = {name: str(world["first"].number) for name in groups}
        args = [] if groups else [str(world["second"].pk)] * pattern.regex.groups
    else:
        kwargs = {name: by_name.get(name) or values.get(
            type(conv).__name__.replace("Converter", "").lower(), "1")
            for name, conv in pattern.converters.items()}
        args = []
    return kwargs, args


@pytest.fixture
def world(questions, course, client):
    for question in questions:
        question.explanation = f"{EXPLAINED} {question.prompt}"
        question.save()
    quiz = make_quiz(course, questions[:4], pass_mark=75, max_attempts=5)
    home = Page.objects.get(slug="home")
    make_protocol(home.get_children().get(slug="protocols").specific)
    make_info_page(home.specific)
    learner = make_learner(make_tree()["almaty"])
    client.force_login(learner)
    client.post(quiz.url, {"action": "start"})
    first = Attempt.objects.get(user=learner, number=1)
    client.post(quiz.url, _answers_for(first, questions, right=False))
    client.post(quiz.url, {"action": "start"})
    second = Attempt.objects.get(user=learner, number=2)
    first.refresh_from_db()
    assert first.status == "submitted" and second.status == "open"
    # A course refresher open too: its page asks the course's questions.
    CourseRefresher.objects.create(user=learner, course_key=course.translation_key,
                                   reason=RefresherReason.EXPIRY, key="expiry:1")
    return {"quiz": quiz, "learner": learner, "first": first, "second": second,
            "questions": questions[:4], "home": home, "course": course}


class _Recorder:
    """Notes every key a view reads from a query dict while it runs."""

    def __init__(self, monkeypatch):
        self.keys = set()
        for method in ("get", "getlist", "__getitem__", "__contains__"):
            original = getattr(QueryDict, method)

            def recording(query, key, *args, _original=original, **kwargs):
                self.keys.add(key)
                return _original(query, key, *args, **kwargs)

            monkeypatch.setattr(QueryDict, method, recording)


def _leaks(html, world):
    """What of the marking scheme `html` shows, if anything."""
    found = [marker for marker in (MARKER, EXPLAINED) if marker in html]
    found += [label for label in (gettext("Right answer:"), gettext("The right order:"),
                                  gettext("Not correct")) if label in html]
    ordering = next(q for q in world["questions"] if q.kind == "ordering")
    positions = [html.find(o.text) for o in ordering.options.all()]
    if -1 not in positions and positions == sorted(positions):
        found.append("the right order")
    return found


def _probe(client, url, world, monkeypatch):
    """GET `url`, then again with every query parameter it read set to each of the learner's
    attempt numbers and ids, until no new parameter turns up. Returns (url, leaks) pairs."""
    recorder = _Recorder(monkeypatch)
    values = {"1", "2", str(world["first"].number), str(world["second"].number),
              str(world["first"].pk), str(world["second"].pk), "true", "all", "open"}
    seen_keys, results, queue = set(), [], [url]
    while queue:
        target = queue.pop()
        response = client.get(target, follow=False)
        assert response.status_code < 500, target
        body = b"".join(response.streaming_content) if response.streaming else response.content
        results.append((target, _leaks(body.decode("utf-8", "replace"), world)))
        for key in sorted(recorder.keys - seen_keys):
            if not isinstance(key, str) or key in ("csrfmiddlewaretoken",):
                continue
            seen_keys.add(key)
            separator = "&" if "?" in url else "?"
            queue.extend(f"{url}{separator}{key}={value}" for value in sorted(values))
    return results


@pytest.mark.parametrize("label", PAGE_CASES)
def test_no_page_type_shows_the_marking_scheme_of_an_open_attempt(client, world, label,
                                                                  monkeypatch):
    pages = [page for page in Page.objects.live().specific()
             if page._meta.label == label]
    assert pages, f"the world has no {label}: add one so this page type is checked"
    for page in pages:
        for url, leaks in _probe(client, page.url, world, monkeypatch):
            assert not leaks, f"{url} shows {leaks} while attempt 2 is open"


@pytest.mark.parametrize("route", URL_CASES)
def test_no_url_shows_the_marking_scheme_of_an_open_attempt(client, world, route,
                                                            monkeypatch):
    from django.urls import reverse

    entries = [entry for r, entry in _url_patterns() if r == route]
    for entry in entries:
        kwargs, args = _fill(entry, world)
        try:
            url = reverse(entry.callback, kwargs=kwargs or None, args=args or None)
        except NoReverseMatch:
            url = "/" + route.replace("^", "").replace("$", "")
        for target, leaks in _probe(client, url, world, monkeypatch):
            assert not leaks, f"{target} shows {leaks} while attempt 2 is open"


def test_results_come_back_once_the_open_attempt_is_submitted(client, world):
    """The guard above hides feedback, it does not lose it."""
    quiz, questions = world["quiz"], world["questions"]
    assert client.get(f"{quiz.url}?result=2").status_code == 404
    hidden = client.get(f"{quiz.url}?result=1").content.decode()
    assert MARKER not in hidden and gettext(
        "Right answers and explanations are hidden while you have an attempt in progress.") in hidden
    client.post(quiz.url, _answers_for(world["second"], questions, right=True))
    shown = client.get(f"{quiz.url}?result=1").content.decode()
    assert MARKER in shown and EXPLAINED in shown


def test_the_course_refresher_probed_above_asks_the_quiz_questions(client, world):
    """The course refresher's URL in URL_CASES is a real page of questions for this
    learner, not a redirect: the probe above reads its questions."""
    page = client.get(f"/en/refreshers/courses/{world['course'].translation_key}/")
    assert page.status_code == 200
    html = page.content.decode()
    asked = [q for q in world["questions"] if q.prompt in html]
    assert asked and all(q.kind != "free_text" for q in asked)
