import threading
from datetime import timedelta
from decimal import Decimal

import pytest
from django.db import connection, connections
from django.utils import timezone

from quizzes.models import Attempt, AttemptAnswer, Question
from quizzes.services import QuizError, attempt_start, attempt_submit
from tests.conftest import require
from tests.factories import make_learner, make_question, make_quiz, make_tree

from .conftest import MARKER

pytestmark = pytest.mark.django_db


def _option_keys(question):
    return {o.text: str(o.key) for o in question.options.all()}


def _answers_for(attempt, questions, right=True):
    """POST data answering every question of `attempt` (all right, or all wrong)."""
    data = {"action": "submit", "attempt": attempt.pk}
    by_key = {str(q.translation_key): q for q in questions}
    for item in attempt.items:
        question = by_key[item["question"]]
        options = list(question.options.all())
        key = item["question"]
        if question.kind in ("single", "true_false"):
            pick = [o for o in options if o.is_correct == right][0]
            data[f"q-{key}"] = str(pick.key)
        elif question.kind == "multiple":
            data[f"q-{key}"] = [str(o.key) for o in options if o.is_correct == right]
        elif question.kind == "ordering":
            ordered = options if right else list(reversed(options))
            for position, option in enumerate(ordered, start=1):
                data[f"q-{key}-pos-{option.key}"] = str(position)
        else:
            data[f"q-{key}-text"] = "Because it re-traumatises her and proves nothing."
    return data


def test_no_page_before_submission_reveals_the_right_answers(client, quiz, questions):
    learner = make_learner()
    client.force_login(learner)
    pages = [client.get(quiz.url)]
    client.post(quiz.url, {"action": "start"})
    pages.append(client.get(quiz.url))
    for response in pages:
        html = response.content.decode()
        assert response.status_code == 200
        assert MARKER not in html
        assert "is_correct" not in html and "correct" not in html.lower().replace(
            "incorrect", "")
    attempt_page = pages[-1].content.decode()
    for question in questions[:4]:
        assert question.prompt in attempt_page
        assert question.explanation not in attempt_page


def test_options_are_fixed_when_the_attempt_starts(client, quiz):
    learner = make_learner()
    attempt = attempt_start(user=learner, quiz=quiz)
    again = attempt_start(user=learner, quiz=quiz)
    assert again.pk == attempt.pk and again.items == attempt.items
    assert len(attempt.items) == 4
    ordering = Question.objects.get(kind="ordering")
    item = next(i for i in attempt.items if i["question"] == str(ordering.translation_key))
    assert item["options"] != [str(o.key) for o in ordering.options.all()]  # never in order


def test_all_right_passes_and_all_wrong_fails(client, quiz, questions):
    learner = make_learner(make_tree()["almaty"])
    client.force_login(learner)
    client.post(quiz.url, {"action": "start"})
    attempt = Attempt.objects.get(user=learner)
    response = client.post(quiz.url, _answers_for(attempt, questions))
    assert response.status_code == 302 and response["Location"].endswith("?result=1")
    attempt.refresh_from_db()
    assert attempt.score == 100 and attempt.passed
    answer = AttemptAnswer.objects.filter(attempt=attempt).first()
    assert answer.institution.code == "POL-ALM" and answer.profession == "police_investigator"
    client.post(quiz.url, {"action": "start"})
    second = Attempt.objects.get(user=learner, number=2)
    client.post(quiz.url, _answers_for(second, questions, right=False))
    second.refresh_from_db()
    assert second.score == 0 and second.passed is False
    result = client.get(quiz.url + "?result=2").content.decode()
    assert "Not correct" in result and MARKER in result  # explanations after submission


def test_partial_credit_for_multiple_choice(quiz, questions):
    learner = make_learner()
    attempt = attempt_start(user=learner, quiz=quiz)
    multiple = questions[1]
    keys = _option_keys(multiple)
    answers = {str(multiple.translation_key): {"selected": [keys["A private room"]]}}
    attempt = attempt_submit(attempt=attempt, answers=answers)
    row = AttemptAnswer.objects.get(attempt=attempt, question_key=multiple.translation_key)
    assert float(row.points) == 0.5 and row.correct is False


@pytest.mark.parametrize("scoring, order, points", [
    ("partial", ["Offer a private room", "Register the report", "Refer to support"], "0.667"),
    ("partial", ["Refer to support", "Offer a private room", "Register the report"], "0"),
    ("partial", ["Register the report", "Offer a private room", "Refer to support"], "1"),
    ("partial", ["Register the report", "Offer a private room"], "0"),  # a step left out
    ("all_or_nothing", ["Offer a private room", "Register the report", "Refer to support"], "0"),
])
def test_partial_credit_for_ordering_counts_the_pairs_in_order(quiz, questions, scoring, order,
                                                                points):
    ordering = questions[3]
    ordering.scoring = scoring
    ordering.save()
    attempt = attempt_start(user=make_learner(), quiz=quiz)
    keys = _option_keys(ordering)
    answers = {str(ordering.translation_key): {"order": [keys[text] for text in order]}}
    attempt = attempt_submit(attempt=attempt, answers=answers)
    row = AttemptAnswer.objects.get(attempt=attempt, question_key=ordering.translation_key)
    assert row.points == Decimal(points) and row.correct is (points == "1")


def test_a_submitted_attempt_cannot_be_submitted_again(client, quiz, questions):
    learner = make_learner()
    client.force_login(learner)
    client.post(quiz.url, {"action": "start"})
    attempt = Attempt.objects.get(user=learner)
    data = _answers_for(attempt, questions)
    client.post(quiz.url, data)
    replay = client.post(quiz.url, data)
    assert replay.status_code == 409
    assert "already been submitted" in replay.content.decode()
    assert AttemptAnswer.objects.filter(attempt=attempt).count() == 4


def test_answers_naming_another_questions_options_are_refused(client, quiz, questions):
    learner = make_learner()
    client.force_login(learner)
    client.post(quiz.url, {"action": "start"})
    attempt = Attempt.objects.get(user=learner)
    single = questions[0]
    foreign = str(questions[2].options.first().key)
    response = client.post(quiz.url, {"action": "submit", "attempt": attempt.pk,
                                      f"q-{single.translation_key}": foreign})
    assert response.status_code == 400
    assert "does not belong" in response.content.decode()
    attempt.refresh_from_db()
    assert attempt.status == "open" and not AttemptAnswer.objects.exists()


def test_extra_fields_such_as_score_or_user_are_ignored(client, quiz, questions):
    learner, other = make_learner(), make_learner()
    client.force_login(learner)
    client.post(quiz.url, {"action": "start"})
    attempt = Attempt.objects.get(user=learner)
    data = _answers_for(attempt, questions, right=False)
    data.update({"score": "100", "passed": "true", "user": other.pk, "user_id": other.pk})
    client.post(quiz.url, data)
    attempt.refresh_from_db()
    assert attempt.score == 0 and attempt.passed is False and attempt.user == learner


def test_answers_after_the_time_limit_are_not_counted(client, course, questions):
    from tests.factories import make_quiz

    timed = make_quiz(course, questions[:2], title="Timed", time_limit_minutes=1)
    learner = make_learner()
    client.force_login(learner)
    client.post(timed.url, {"action": "start"})
    attempt = Attempt.objects.get(user=learner)
    Attempt.objects.filter(pk=attempt.pk).update(deadline=timezone.now() - timedelta(minutes=5))
    client.post(timed.url, _answers_for(attempt, questions[:2]))
    attempt.refresh_from_db()
    assert attempt.status == "submitted" and attempt.score == 0


def test_attempts_are_limited(quiz):
    learner = make_learner()
    for _ in range(3):
        attempt_submit(attempt=attempt_start(user=learner, quiz=quiz), answers={})
    with pytest.raises(QuizError):
        attempt_start(user=learner, quiz=quiz)


def test_another_learner_cannot_submit_or_see_my_attempt(client, quiz, questions):
    owner = make_learner()
    attempt = attempt_start(user=owner, quiz=quiz)
    client.force_login(make_learner())
    response = client.post(quiz.url, _answers_for(attempt, questions))
    assert response.status_code == 404
    attempt_submit(attempt=attempt, answers={})
    assert client.get(quiz.url + "?result=1").status_code == 404


def test_required_quiz_holds_course_completion_until_passed(client, course, quiz, questions,
                                                           django_capture_on_commit_callbacks):
    from courses.models import CourseProgress
    from tests.factories import course_lessons

    learner = make_learner()
    client.force_login(learner)
    client.post(course_lessons(course)[0].url)
    assert CourseProgress.objects.get(user=learner).completed_at is None
    client.post(quiz.url, {"action": "start"})
    attempt = Attempt.objects.get(user=learner)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(quiz.url, _answers_for(attempt, questions))
    assert CourseProgress.objects.get(user=learner).completed_at is not None


def test_free_text_waits_for_a_reviewer_then_the_result_follows(client, quiz_with_text,
                                                               questions):
    from quizzes.services import answer_mark
    from tests.factories import UserFactory

    learner = make_learner()
    client.force_login(learner)
    client.post(quiz_with_text.url, {"action": "start"})
    attempt = Attempt.objects.get(user=learner)
    data = _answers_for(attempt, questions)
    text_key = str(questions[4].translation_key)
    data[f"q-{text_key}-text"] = '<script>alert(1)</script><b onclick="x()">Because</b>'
    client.post(quiz_with_text.url, data)
    attempt.refresh_from_db()
    assert attempt.status == "pending_review" and attempt.passed is None
    reviewer = UserFactory(is_superuser=True, is_staff=True)
    from tests.factories import give_totp

    give_totp(reviewer)
    client.force_login(reviewer)
    page = client.get("/admin/quizzes/marking/").content.decode()
    assert "<script>alert(1)" not in page and "onclick" not in page and "Because" in page
    answer = AttemptAnswer.objects.get(attempt=attempt, question_key=text_key)
    answer_mark(answer=answer, reviewer=reviewer, correct=True)
    attempt.refresh_from_db()
    assert attempt.status == "submitted" and attempt.passed and attempt.score == 100


def test_results_link_to_the_clauses_to_reread(client, course):
    from protocols.models import ProtocolIndexPage
    from protocols.selectors import protocol_clauses
    from tests.factories import make_protocol, make_question, make_quiz

    index = ProtocolIndexPage.objects.get()
    protocol = make_protocol(index)
    clause = protocol_clauses(protocol)[2]
    question = make_question("true_false", [("True", True), ("False", False)],
                             clause_ids=[clause["id"]])
    quiz = make_quiz(course, [question], title="Reread")
    learner = make_learner()
    client.force_login(learner)
    client.post(quiz.url, {"action": "start"})
    attempt = Attempt.objects.get(user=learner)
    client.post(quiz.url, _answers_for(attempt, [question], right=False))
    html = client.get(quiz.url + "?result=1").content.decode()
    assert f'{protocol.url}#clause-{clause["id"]}' in html and "Reread clause 2.1" in html


def test_a_question_that_describes_violence_warns_first_and_cites_its_legal_basis(client, course):
    """The content note, with the way to support, comes before the question; the snippets the
    question cites come with its explanation, after submission only."""
    from academy.base.models import HomePage
    from protocols.models import LegalReference
    from tests.factories import make_info_page

    support = make_info_page(HomePage.objects.get(), kind="support", title="Support for you")
    reference = LegalReference.objects.create(
        instrument="criminal_code", article="120", part="1", title_en="Rape", title_ru="Изн.",
        title_kk="Зорлау")
    warned = make_question("true_false", [("True", False), ("False", True)],
                           prompt="Her husband hit her; may he be present at the interview?")
    warned.content_note = True
    warned.legal_references.add(reference)
    warned.save()
    plain = make_question("true_false", [("True", True), ("False", False)],
                          prompt="A private room is needed.")
    quiz = make_quiz(course, [warned, plain], title="Warned")
    learner = make_learner()
    client.force_login(learner)
    client.post(quiz.url, {"action": "start"})
    page = client.get(quiz.url).content.decode()
    assert page.count("Content note:") == 1 and f'href="{support.url}"' in page
    start = page.index("Her husband hit her")
    end = page.find("<fieldset", start)
    assert "Content note:" in page[start:end if end != -1 else None]  # in that question only
    assert "Criminal Code art. 120(1)" not in page  # the legal basis waits for the results
    attempt = Attempt.objects.get(user=learner)
    client.post(quiz.url, _answers_for(attempt, [warned, plain], right=True))
    result = client.get(quiz.url + "?result=1").content.decode()
    assert "Legal basis" in result
    assert "Criminal Code art. 120(1)</strong>: Rape" in result
    assert result.count("Legal basis") == 1  # only the question that cites it


@pytest.mark.parametrize("count", [5, 30])
def test_quiz_page_and_submission_queries_do_not_grow(client, course, count,
                                                      django_assert_max_num_queries):
    from protocols.models import LegalReference
    from tests.factories import make_question, make_quiz

    cited = LegalReference.objects.create(instrument="criminal_code", article="121", part="1",
                                          title_en="Acts", title_ru="Действия", title_kk="Әрекет")
    many = [make_question("single", [("A", True), ("B", False), ("C", False)],
                          prompt=f"Question {n}?") for n in range(count)]
    for question in many:  # each with its legal basis and a content note
        question.legal_references.add(cited)
        question.content_note = True
        question.save()
    quiz = make_quiz(course, many, title=f"Quiz {count}")
    learner = make_learner()
    client.force_login(learner)
    client.post(quiz.url, {"action": "start"})
    client.get(quiz.url)
    with django_assert_max_num_queries(20):
        html = client.get(quiz.url).content.decode()
    assert html.count('type="radio"') == count * 3
    attempt = Attempt.objects.get(user=learner)
    data = _answers_for(attempt, many)
    # Submission includes completing the course and issuing the certificate.
    with django_assert_max_num_queries(36):
        client.post(quiz.url, data)
    with django_assert_max_num_queries(25):
        result = client.get(quiz.url + "?result=1").content.decode()
    assert result.count("Criminal Code art. 121(1)") == count


@pytest.mark.django_db(transaction=True)
def test_fifty_concurrent_submissions_grade_once(course, questions):
    require(connection.vendor == "postgresql", "PostgreSQL (DATABASE_URL) for concurrency")
    from tests.factories import make_quiz

    quiz = make_quiz(course, questions[:4], title="Concurrent")
    learner = make_learner()
    attempt = attempt_start(user=learner, quiz=quiz)
    barrier = threading.Barrier(50)
    outcomes = []

    def submit():
        try:
            barrier.wait(timeout=20)
            attempt_submit(attempt=attempt, answers={})
            outcomes.append("graded")
        except QuizError:
            outcomes.append("refused")
        finally:
            connections.close_all()

    threads = [threading.Thread(target=submit) for _ in range(50)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert outcomes.count("graded") == 1 and outcomes.count("refused") == 49
    assert AttemptAnswer.objects.filter(attempt=attempt).count() == 4




def test_two_written_answers_one_left_blank_stays_pending_until_marked(course):
    from quizzes.services import answer_mark
    from tests.factories import UserFactory

    first = make_question("free_text", [], prompt="Why is a private room needed?")
    second = make_question("free_text", [], prompt="Why is re-enactment harmful?")
    quiz = make_quiz(course, [first, second], title="Written answers", pass_mark=50)
    attempt = attempt_start(user=make_learner(), quiz=quiz)
    attempt = attempt_submit(attempt=attempt, answers={
        str(first.translation_key): {"text": "So that she can speak without being overheard."},
        str(second.translation_key): {"text": ""}})
    assert attempt.status == "pending_review" and attempt.passed is None
    blank = AttemptAnswer.objects.get(attempt=attempt, question_key=second.translation_key)
    written = AttemptAnswer.objects.get(attempt=attempt, question_key=first.translation_key)
    assert blank.points == 0 and blank.correct is False  # nothing to mark
    assert written.points is None and written.correct is None
    answer_mark(answer=written, reviewer=UserFactory(), correct=True)
    attempt.refresh_from_db()
    assert attempt.status == "submitted" and attempt.score == 50 and attempt.passed


def test_the_score_is_the_mean_of_the_points():
    from decimal import Decimal

    from quizzes.services import attempt_score

    assert attempt_score([Decimal(1), Decimal("0.5"), Decimal(0)]) == Decimal("50.0")
    assert attempt_score([Decimal(1), None]) is None
    assert attempt_score([]) == Decimal("0.0")
