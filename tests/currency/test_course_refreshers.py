"""When a protocol clause that a course teaches changes in substance, the course's
completers must refresh it: the course shows "refresher needed", a short quiz drawn from
the questions citing the changed clause brings it current again and renews the
certificate. A change to a clause no course teaches affects acknowledgers only; an
editorial change affects nobody. Nothing is taken from the learner's history."""
import json

import pytest

from academy.events import CourseRefreshed, CourseRefresherNeeded, event_subscribe
from courses.constants import CertificateStatus
from courses.models import Certificate, CourseProgress
from courses.services import course_outline_refresh
from currency.models import CourseRefresher, ProtocolRefresher
from currency.services import course_refreshers_write
from notifications.constants import Kind
from notifications.models import Notification
from protocols.models import ClauseRecord, ProtocolVersion
from protocols.services import protocol_acknowledge
from tests.currency.test_refreshers import CLAUSES, _body
from tests.factories import (
    complete_course,
    course_lessons,
    make_course,
    make_home_page,
    make_learner,
    make_protocol,
    make_question,
    make_quiz,
    publish,
    republish,
)

pytestmark = pytest.mark.django_db

MARKER = "right-answer-marker"


def _excerpt(lesson, clause_id):
    lesson.body = json.dumps([{"type": "protocol_excerpt",
                               "value": {"clause_id": f"#clause-{clause_id}", "comment": ""}}])
    publish(lesson)


@pytest.fixture
def world(django_capture_on_commit_callbacks):
    """A protocol of three clauses; a course whose lesson excerpts clause 1 and whose quiz
    asks about clause 2 (and one question citing nothing); a course teaching no clause;
    a completer of each, and a reader who only acknowledged the protocol."""
    home = make_home_page()
    protocols = home.get_children().get(slug="protocols").specific
    courses = home.get_children().get(slug="courses").specific
    protocol = make_protocol(protocols, sections=[("The interview", CLAUSES)])
    ids = [str(r.clause_id) for r in ClauseRecord.objects.filter(page=protocol)
           .order_by("number")]
    course = make_course(courses, certificate_enabled=True)
    _excerpt(course_lessons(course)[0], ids[0])
    cites = make_question(prompt="May she choose who interviews her?", clause_ids=[ids[1]],
                          options=(("Only if the investigator agrees", False),
                                   ("Yes, she is asked which interviewer she prefers", True)),
                          marker=MARKER)
    other = make_question(prompt="Is a re-enactment ever needed?", marker=MARKER)
    make_quiz(course, [cites, other], required=False)
    plain = make_course(courses, title="Working with interpreters")
    people = {"completer": make_learner(email="completer@example.org"),
              "plain": make_learner(email="plain@example.org"),
              "reader": make_learner(email="reader@example.org")}
    with django_capture_on_commit_callbacks(execute=True):
        complete_course(people["completer"], course)
        complete_course(people["plain"], plain)
    for person in people.values():
        protocol_acknowledge(user=person, page=protocol)
    return {"protocol": protocol, "ids": ids, "course": course, "plain": plain,
            "people": people, "cites": cites, "other": other}


def _change(world, callbacks, clause, kind="auto"):
    texts = list(CLAUSES)
    texts[clause] = texts[clause].rstrip(".") + ", and offer a woman investigator."
    with callbacks(execute=True):
        return republish(world["protocol"], change_kind=kind, body=_body(world["protocol"], texts))


def _needing():
    return sorted(CourseProgress.objects.filter(refresher_needed_at__isnull=False)
                  .values_list("user__email", flat=True))


def test_an_editorial_change_affects_nobody(world, django_capture_on_commit_callbacks):
    _change(world, django_capture_on_commit_callbacks, 1, kind="editorial")
    assert not ProtocolRefresher.objects.exists() and not CourseRefresher.objects.exists()
    assert _needing() == []


def test_a_change_to_a_clause_no_course_teaches_affects_acknowledgers_only(
        world, django_capture_on_commit_callbacks):
    _change(world, django_capture_on_commit_callbacks, 2)
    assert ProtocolRefresher.objects.filter(version=2).count() == 3
    assert not CourseRefresher.objects.exists() and _needing() == []


def test_a_course_citing_the_changed_clause_needs_a_refresher(
        world, django_capture_on_commit_callbacks, client):
    completer = world["people"]["completer"]
    certificate = Certificate.objects.get(user=completer)
    completed_at = CourseProgress.objects.get(user=completer).completed_at
    _change(world, django_capture_on_commit_callbacks, 1)
    refresher = CourseRefresher.objects.get()
    assert (refresher.user, refresher.course_key, refresher.clause_ids, refresher.version) == \
        (completer, world["course"].translation_key, [world["ids"][1]], 2)
    assert _needing() == ["completer@example.org"]
    # Nothing is taken: the completion and the certificate stay, marked as for before.
    progress = CourseProgress.objects.get(user=completer, course_key=refresher.course_key)
    assert progress.completed_at == completed_at and progress.percent == 100
    certificate.refresh_from_db()
    assert certificate.status == CertificateStatus.VALID and certificate.outdated_at
    verify = client.get(f"/en/certificates/{certificate.code}/").content.decode()
    assert "a protocol it teaches has changed since" in verify
    # The learner is told, and sees it on their home and on the course.
    notice = Notification.objects.get(user=completer, kind=Kind.COURSE_REFRESHER)
    assert notice.data["course_key"] == str(world["course"].translation_key)
    client.force_login(completer)
    url = f"/en/refreshers/courses/{world['course'].translation_key}/"
    home = client.get("/en/me/").content.decode()
    assert "Refresher needed" in home and url in home
    course_page = client.get(world["course"].url).content.decode()
    assert "Refresher needed" in course_page and url in course_page


def test_completing_after_the_change_needs_no_refresher(world,
                                                        django_capture_on_commit_callbacks):
    late = make_learner(email="late@example.org")
    version = _change(world, django_capture_on_commit_callbacks, 1)
    with django_capture_on_commit_callbacks(execute=True):
        complete_course(late, world["course"])
    published = ProtocolVersion.objects.get(page=version, number=2)
    assert course_refreshers_write(
        translation_key=version.translation_key, version=2, clause_ids=[world["ids"][1]],
        published_at=published.published_at) == 0
    assert _needing() == ["completer@example.org"]


def test_writing_twice_changes_nothing(world, django_capture_on_commit_callbacks):
    version = _change(world, django_capture_on_commit_callbacks, 1)
    published = ProtocolVersion.objects.get(page=version, number=2)
    heard = []
    event_subscribe(CourseRefresherNeeded, heard.append)
    with django_capture_on_commit_callbacks(execute=True):
        again = course_refreshers_write(translation_key=version.translation_key, version=2,
                                        clause_ids=[world["ids"][1]],
                                        published_at=published.published_at, batch_size=1)
        # Publishing the same version again is no new version: nothing is written.
        republish(version, summary="Summary reworded.")
    assert again == 0 and heard == [] and CourseRefresher.objects.count() == 1


def _answer(page_html, question):
    """The POST data choosing an option of `question` by its text, from the page."""
    import re

    found = {}
    for option in question.options.all():
        match = re.search(rf'name="(q-[^"]+)" value="([^"]+)" id="o-{option.key}"', page_html)
        if match:
            found[option.is_correct] = (match.group(1), match.group(2))
    return found


def test_the_refresher_quiz_asks_about_the_change_and_restores_the_course(
        world, django_capture_on_commit_callbacks, client):
    completer = world["people"]["completer"]
    old = Certificate.objects.get(user=completer)
    _change(world, django_capture_on_commit_callbacks, 1)
    client.force_login(completer)
    url = f"/en/refreshers/courses/{world['course'].translation_key}/"
    page = client.get(url).content.decode()
    # The changed clause, word by word, and only the question citing it.
    assert "<ins>prefers, and offer a woman investigator.</ins>" in page
    assert world["cites"].prompt in page and world["other"].prompt not in page
    assert MARKER not in page and "is_correct" not in page
    options = _answer(page, world["cites"])
    wrong, right = options[False], options[True]
    response = client.post(url, {wrong[0]: wrong[1]})
    assert response.status_code == 302 and response["Location"] == url
    refresher = CourseRefresher.objects.get()
    assert refresher.attempts == 1 and refresher.last_score == 0 and not refresher.done_at
    assert "needs 80%" in client.get(url).content.decode()
    assert _needing() == ["completer@example.org"]
    heard = []
    event_subscribe(CourseRefreshed, heard.append)
    page = client.get(url).content.decode()
    right = _answer(page, world["cites"])[True]
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {right[0]: right[1]})
    assert response.status_code == 302
    assert _needing() == [] and CourseRefresher.objects.get().done_at
    assert [e.user_id for e in heard] == [completer.pk]
    progress = CourseProgress.objects.get(user=completer, course_key=refresher.course_key)
    assert progress.refreshed_at and progress.completed_at
    # The old certificate stays, superseded; a new one is issued for the current course.
    old.refresh_from_db()
    new = Certificate.objects.get(user=completer, status=CertificateStatus.VALID)
    assert old.status == CertificateStatus.SUPERSEDED and new.code != old.code and new.file
    assert "an earlier version" in client.get(f"/en/certificates/{old.code}/").content.decode()
    assert client.get(url).status_code == 302  # nothing left to refresh


def test_with_no_question_on_the_change_reading_it_is_enough(
        world, django_capture_on_commit_callbacks, client):
    _change(world, django_capture_on_commit_callbacks, 0)  # the lesson's excerpt only
    completer = world["people"]["completer"]
    client.force_login(completer)
    url = f"/en/refreshers/courses/{world['course'].translation_key}/"
    page = client.get(url).content.decode()
    assert "I have read the changes" in page and world["cites"].prompt not in page
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(url).status_code == 302
    assert _needing() == []


def test_a_posted_option_of_another_question_is_refused(world, django_capture_on_commit_callbacks,
                                                        client):
    _change(world, django_capture_on_commit_callbacks, 1)
    client.force_login(world["people"]["completer"])
    url = f"/en/refreshers/courses/{world['course'].translation_key}/"
    page = client.get(url).content.decode()
    name = _answer(page, world["cites"])[True][0]
    foreign = str(world["other"].options.first().key)
    response = client.post(url, {name: foreign})
    assert response.status_code == 400
    assert "does not belong to its question" in response.content.decode()
    assert CourseRefresher.objects.get().attempts == 0 and _needing() == [
        "completer@example.org"]


def test_someone_else_sees_nothing_of_a_refresher(world, django_capture_on_commit_callbacks,
                                                  client):
    _change(world, django_capture_on_commit_callbacks, 1)
    url = f"/en/refreshers/courses/{world['course'].translation_key}/"
    client.force_login(world["people"]["plain"])
    response = client.get(url)
    assert response.status_code == 302 and response["Location"].endswith("/me/")
    assert client.post(url).status_code == 302 and _needing() == ["completer@example.org"]
    client.logout()
    assert "/accounts/login/" in client.get(url)["Location"]


def test_the_refresher_home_and_course_pages_queries_do_not_grow_with_changes(
        client, django_capture_on_commit_callbacks, django_assert_max_num_queries):
    home = make_home_page()
    protocols = home.get_children().get(slug="protocols").specific
    courses = home.get_children().get(slug="courses").specific
    counts = []
    for size in (1, 5):
        texts = [f"Clause {n} of protocol {size}." for n in range(size)]
        protocol = make_protocol(protocols, title=f"Protocol {size}", slug=f"p{size}",
                                 sections=[("Section", texts)])
        ids = [str(r.clause_id) for r in ClauseRecord.objects.filter(page=protocol)
               .order_by("number")]
        course = make_course(courses, title=f"Course {size}")
        make_quiz(course, [make_question(clause_ids=[cid]) for cid in ids], required=False)
        course_outline_refresh(course=course)
        learner = make_learner(email=f"learner{size}@example.org")
        with django_capture_on_commit_callbacks(execute=True):
            complete_course(learner, course)
        for version in range(size):  # as many changes as clauses
            reworded = [f"{t} Reworded {version}." for t in texts]
            with django_capture_on_commit_callbacks(execute=True):
                republish(protocol, body=_body(protocol, reworded))
        assert CourseRefresher.objects.filter(user=learner).count() == size
        client.force_login(learner)
        url = f"/en/refreshers/courses/{course.translation_key}/"
        client.get(url)
        pages = []
        for path in (url, "/en/me/", course.url):
            client.get(path)
            with django_assert_max_num_queries(40) as captured:
                assert client.get(path).status_code == 200
            pages.append(len(captured))
        counts.append(pages)
    assert counts[0] == counts[1]
