"""Scoring a 50-question attempt, and concurrent submissions (target p95 < 50 ms).

Submissions run as threads calling the service against the database (PostgreSQL with
`make bench-pg`), not through gunicorn."""

import statistics
import threading
import time

from django.db import connections

from courses.models import CoursePage
from quizzes.models import QuizPage
from quizzes.services import attempt_start, attempt_submit
from tests.factories import make_learner, make_question

QUESTIONS = 50
CLIENTS = 50


def _answers(attempt):
    from quizzes.models import Question

    answers = {}
    for question in Question.objects.filter(
            translation_key__in=[i["question"] for i in attempt.items]).prefetch_related("options"):
        right = [str(o.key) for o in question.options.all() if o.is_correct]
        answers[str(question.translation_key)] = {"selected": right}
    return answers


def run():
    course = CoursePage.objects.filter(locale__language_code="en").first()
    questions = [make_question("single", [("Never", True), ("Sometimes", False),
                                          ("If she agrees", False)], prompt=f"Bench {n}?")
                 for n in range(QUESTIONS)]
    quiz = QuizPage(title="Bench quiz", slug="bench-quiz", max_attempts=0, pass_mark=70)
    course.add_child(instance=quiz)
    quiz.questions.set(questions)
    quiz.save_revision().publish()
    quiz = QuizPage.objects.get(pk=quiz.pk)
    learner = make_learner(email="bench.quiz@example.org")
    samples = []
    for _ in range(30):
        attempt = attempt_start(user=learner, quiz=quiz)
        answers = _answers(attempt)
        start = time.perf_counter()
        attempt_submit(attempt=attempt, answers=answers)
        samples.append((time.perf_counter() - start) * 1000)
    samples.sort()
    print(f"quizzes: scoring a {QUESTIONS}-question attempt, 30 runs")
    print(f"  median {statistics.median(samples):.2f} ms  p95 {samples[int(30 * 0.95) - 1]:.2f} ms")

    learners = [make_learner(email=f"bench.quiz{n}@example.org") for n in range(CLIENTS)]
    attempts = [attempt_start(user=user, quiz=quiz) for user in learners]
    prepared = [(a, _answers(a)) for a in attempts]
    barrier = threading.Barrier(CLIENTS)
    timings = []

    def submit(attempt, answers):
        try:
            barrier.wait(timeout=30)
            start = time.perf_counter()
            attempt_submit(attempt=attempt, answers=answers)
            timings.append((time.perf_counter() - start) * 1000)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=submit, args=pair) for pair in prepared]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - started
    timings.sort()
    print(f"  {CLIENTS} concurrent submissions: {len(timings) / elapsed:.0f}/s, "
          f"median {statistics.median(timings):.1f} ms, p95 "
          f"{timings[int(len(timings) * 0.95) - 1]:.1f} ms (threads, no HTTP)")
    print("  target: p95 < 50 ms")
    _recount()


def _recount():
    """The question figures a submission recounts (reports listen to AttemptSubmitted): the
    busiest institution and month of the demo's answers, for an attempt's 50 questions."""
    from django.db.models import Count

    from quizzes.models import AttemptAnswer
    from reports.services import local_month, question_stats_recount

    busiest = (AttemptAnswer.objects.filter(institution__isnull=False).values("institution_id")
               .annotate(n=Count("pk")).order_by("-n").first())
    if busiest is None:
        return
    answers = AttemptAnswer.objects.filter(institution_id=busiest["institution_id"]).select_related(
        "attempt").order_by("-attempt__submitted_at")
    month = local_month(answers.first().attempt.submitted_at)
    keys = list({str(k) for k in answers.values_list("question_key", flat=True)})[:QUESTIONS]
    samples = []
    for _ in range(30):
        start = time.perf_counter()
        question_stats_recount(question_keys=keys, institution_id=busiest["institution_id"],
                               month=month)
        samples.append((time.perf_counter() - start) * 1000)
    samples.sort()
    total = AttemptAnswer.objects.count()
    print(f"quizzes: recounting {len(keys)} questions' figures for one institution and month "
          f"({busiest['n']} answers there, {total} in all), 30 runs")
    print(f"  median {statistics.median(samples):.2f} ms  p95 {samples[int(30 * 0.95) - 1]:.2f} ms")
