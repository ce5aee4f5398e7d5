"""The marking queue: moderators and reviewers mark free-text answers, each shown with its
question in the language it was answered in, the course, the kind of institution and the
date, never the learner's name; its query count does not grow with the queue."""
import datetime

import pytest
from django.contrib.auth.models import Group
from django.utils import timezone

from quizzes.models import Attempt, AttemptAnswer
from tests.factories import give_totp, make_learner, make_question, make_tree

pytestmark = pytest.mark.django_db


def _reviewer(group_name, email):
    user = make_learner(email=email)
    group, _ = Group.objects.get_or_create(name=group_name)
    user.groups.add(group)
    give_totp(user)
    return user


@pytest.fixture
def queue(course):
    from protocols.workflow import protocol_workflow_ensure
    from tests.factories import locale

    protocol_workflow_ensure()  # the reviewer groups, as the CMS has them
    tree = make_tree()
    question = make_question("text", [], prompt="Why is a re-enactment harmful?")
    translated = question.copy_for_translation(locale("kk"))
    translated.prompt = "Неліктен оқиғаны қайта көрсету зиянды?"
    translated.save()
    learner = make_learner(tree["almaty_medeu"], email="named.learner@example.org")
    learner.profile.full_name = "Aigerim Sapar"
    learner.profile.save()
    answers = []

    def add(n, language="kk"):
        for _ in range(n):
            attempt = Attempt.objects.create(
                user=learner, quiz_key=question.translation_key, course_key=course.translation_key,
                number=len(answers) + 1, language=language, status="pending_review",
                submitted_at=timezone.now() - datetime.timedelta(hours=100 - len(answers)),
                institution=tree["almaty_medeu"])
            answers.append(AttemptAnswer.objects.create(
                attempt=attempt, question_key=question.translation_key,
                response={"text": f"Жауап {len(answers)}: бұл қайта травма."}))
    add(3)
    return {"add": add, "answers": answers, "course": course, "learner": learner}


@pytest.mark.parametrize("group", ["Moderators", "Civil-society reviewers", "Legal reviewers"])
def test_moderators_and_reviewers_mark_and_editors_cannot(client, queue, group):
    client.force_login(_reviewer(group, "reviewer@example.org"))
    page = client.get("/admin/quizzes/marking/")
    assert page.status_code == 200
    html = page.content.decode()
    assert "Неліктен оқиғаны қайта көрсету зиянды?" in html  # the question as she read it
    assert "Why is a re-enactment harmful?" not in html
    assert queue["course"].title in html and "Police" in html
    assert "Aigerim" not in html and "named.learner" not in html
    first, second = queue["answers"][:2]
    response = client.post(f"/admin/quizzes/marking/{first.pk}/", {"correct": "1"})
    assert response["Location"] == f"/admin/quizzes/marking/#answer-{second.pk}"
    first.refresh_from_db()
    assert first.correct is True and first.marked_by.email == "reviewer@example.org"

    client.force_login(_reviewer("Editors", "editor@example.org"))
    assert client.get("/admin/quizzes/marking/").status_code in (302, 403)
    assert client.post(f"/admin/quizzes/marking/{second.pk}/", {"correct": "1"}).status_code in (
        302, 403)
    second.refresh_from_db()
    assert second.points is None


def test_the_queue_costs_the_same_at_three_answers_and_at_forty(client, queue,
                                                                django_assert_max_num_queries):
    client.force_login(_reviewer("Moderators", "moderator@example.org"))
    client.get("/admin/quizzes/marking/")
    with django_assert_max_num_queries(40) as few:
        client.get("/admin/quizzes/marking/")
    queue["add"](37, language="ru")
    with django_assert_max_num_queries(40) as many:
        html = client.get("/admin/quizzes/marking/").content.decode()
    assert len(few) == len(many)
    assert "40 answers are waiting" in html and html.count('class="marking-meta"') == 40
