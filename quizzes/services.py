import random
from datetime import timedelta
from decimal import Decimal

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from academy.events import AnswerMarked, AttemptSubmitted, event_send
from courses.services import course_completion_check, course_outline_for
from institutions.selectors import membership_current

from .constants import AttemptStatus, QuestionKind, Scoring
from .models import Attempt, AttemptAnswer, Question


class QuizError(Exception):
    """An attempt that cannot start or be submitted; the message is for the learner."""

    def __init__(self, message, status=400):
        super().__init__(message)
        self.status = status


def _draw_questions(quiz):
    if quiz.draw_count:
        pool = list(Question.objects.filter(locale=quiz.locale, topics__in=quiz.draw_topics.all())
                    .distinct().values_list("translation_key", flat=True))
        return random.sample(pool, min(quiz.draw_count, len(pool)))
    return list(quiz.questions.order_by("pk").values_list("translation_key", flat=True))


def attempt_start(*, user, quiz, course_key=None):
    """Start (or return the open) attempt: questions drawn and option order fixed now."""
    quiz_key = quiz.translation_key
    open_attempt = Attempt.objects.filter(user=user, quiz_key=quiz_key,
                                          status=AttemptStatus.OPEN).first()
    if open_attempt is not None:
        return open_attempt
    used = Attempt.objects.filter(user=user, quiz_key=quiz_key).count()
    if quiz.max_attempts and used >= quiz.max_attempts:
        raise QuizError(_("You have used all %(count)s attempts at this quiz.")
                        % {"count": quiz.max_attempts}, status=409)
    question_keys = _draw_questions(quiz)
    options = {}
    drawn = {}
    for question in Question.objects.filter(translation_key__in=question_keys).order_by("pk"):
        # Any translation will do (options keep their keys); prefer the quiz's language.
        if question.translation_key not in drawn or question.locale_id == quiz.locale_id:
            drawn[question.translation_key] = question
    drawn = list(drawn.values())
    grouped = options_by_question(drawn)
    for question in drawn:
        options[question.translation_key] = options_order(
            question, grouped[question.pk], shuffle=quiz.shuffle_options)
    items = [{"question": str(key), "options": options.get(key, [])} for key in question_keys]
    membership = membership_current(user=user)
    profile = getattr(user, "profile", None)
    now = timezone.now()
    try:
        with transaction.atomic():
            return Attempt.objects.create(
                user=user, quiz_key=quiz_key, course_key=course_key, number=used + 1,
                items=items, language=quiz.locale.language_code, started_at=now,
                deadline=now + timedelta(minutes=quiz.time_limit_minutes)
                if quiz.time_limit_minutes else None,
                institution=membership.institution if membership else None,
                profession=profile.profession if profile else "",
            )
    except IntegrityError:  # a concurrent request started it
        return Attempt.objects.get(user=user, quiz_key=quiz_key, status=AttemptStatus.OPEN)


def options_order(question, options, *, shuffle=True, rng=random):
    """The option keys of `question` in the order a learner sees them; an ordering question
    is always shuffled, and never starts in the right order."""
    keys = [str(o.key) for o in options]
    in_order = list(keys)
    if shuffle or question.kind == QuestionKind.ORDERING:
        rng.shuffle(keys)
    if question.kind == QuestionKind.ORDERING and len(keys) > 1 and keys == in_order:
        keys = keys[1:] + keys[:1]
    return keys


def options_by_question(questions):
    """{question id: [options in order]} for many questions in one query.

    (modelcluster's child managers do not read prefetch caches.)"""
    from .models import QuestionOption

    grouped = {q.pk: [] for q in questions}
    for option in QuestionOption.objects.filter(question__in=list(grouped)).order_by(
            "question_id", "sort_order"):
        grouped[option.question_id].append(option)
    return grouped


def _questions_by_key(keys):
    """({key: Question}, {question id: [options]}) for scoring: any translation will do
    (options keep their keys across translations)."""
    questions = {str(q.translation_key): q for q in Question.objects.filter(
        translation_key__in=keys).order_by("locale_id")}
    return questions, options_by_question(questions.values())


def _pairs_in_order(right, given):
    """The share of pairs of steps that `given` puts in the same order as `right`: swapping two
    neighbours costs one pair, reversing everything costs all."""
    position = {key: n for n, key in enumerate(given)}
    pairs = [(a, b) for n, a in enumerate(right) for b in right[n + 1:]]
    if not pairs:
        return Decimal(0)
    kept = sum(1 for a, b in pairs if position[a] < position[b])
    return (Decimal(kept) / Decimal(len(pairs))).quantize(Decimal("0.001"))


def _score(question, options, response):
    """Points in [0, 1] for one answer; None for free text (a reviewer marks it)."""
    correct = [str(o.key) for o in options if o.is_correct]
    if question.kind == QuestionKind.FREE_TEXT:
        return None
    if question.kind in (QuestionKind.SINGLE, QuestionKind.TRUE_FALSE):
        chosen = response.get("selected", [])
        return Decimal(1) if chosen == correct[:1] and len(chosen) == 1 else Decimal(0)
    if question.kind == QuestionKind.MULTIPLE:
        chosen = set(response.get("selected", []))
        right = set(correct)
        if question.scoring == Scoring.PARTIAL:
            hits = len(chosen & right) - len(chosen - right)
            return max(Decimal(0), Decimal(hits) / Decimal(len(right))).quantize(Decimal("0.001"))
        return Decimal(1) if chosen == right else Decimal(0)
    if question.kind == QuestionKind.ORDERING:
        in_order = [str(o.key) for o in options]  # stored in the right order
        given = response.get("order")
        if given == in_order:
            return Decimal(1)
        if question.scoring != Scoring.PARTIAL or sorted(given or []) != sorted(in_order):
            return Decimal(0)
        return _pairs_in_order(in_order, given)
    return Decimal(0)


def attempt_answers_parse(*, attempt, data):
    """Read the posted answers, refusing options that belong to another question."""
    answers = {}
    for item in attempt.items:
        key, allowed = item["question"], set(item["options"])
        if f"q-{key}-text" in data:
            answers[key] = {"text": str(data.get(f"q-{key}-text", ""))[:5000]}
            continue
        positions = {o: data.get(f"q-{key}-pos-{o}") for o in item["options"]}
        if any(positions.values()):
            try:
                order = sorted(item["options"], key=lambda o: int(positions[o] or 999))
            except ValueError:
                raise QuizError(_("An order must be given as numbers.")) from None
            answers[key] = {"order": order}
            continue
        selected = data.getlist(f"q-{key}") if hasattr(data, "getlist") else data.get(f"q-{key}", [])
        foreign = [s for s in selected if s not in allowed]
        if foreign:
            raise QuizError(_("An answer names an option that does not belong to its question."))
        answers[key] = {"selected": list(selected)}
    return answers


def attempt_submit(*, attempt, answers):
    """Score an attempt once. Concurrent or repeated submissions find it already submitted.

    `answers` maps question keys to responses (see attempt_answers_parse). Fields such as
    score or user in a POST never reach here.
    """
    with transaction.atomic():
        attempt = Attempt.objects.select_for_update().get(pk=attempt.pk)
        if attempt.status != AttemptStatus.OPEN:
            raise QuizError(_("This attempt has already been submitted."), status=409)
        now = timezone.now()
        late = attempt.deadline is not None and now > attempt.deadline + timedelta(seconds=5)
        keys = [item["question"] for item in attempt.items]
        questions, options = _questions_by_key(keys)
        rows = []
        for item in attempt.items:
            question = questions[item["question"]]
            response = {} if late else answers.get(item["question"], {})
            points_value = _score(question, options[question.pk], response)
            if points_value is None and not response.get("text"):
                points_value = Decimal(0)  # a blank written answer has nothing to mark
            rows.append(AttemptAnswer(
                attempt=attempt, question_key=item["question"], response=response,
                points=points_value, correct=None if points_value is None else points_value == 1,
                institution_id=attempt.institution_id, profession=attempt.profession,
                clause_ids=question.clause_ids,
            ))
        AttemptAnswer.objects.bulk_create(rows)
        attempt.submitted_at = now
        _attempt_result_set(attempt, rows)
        attempt.save(update_fields=["score", "submitted_at", "status", "passed"])
        event_send(AttemptSubmitted(
            user_id=attempt.user_id, attempt_id=attempt.pk, quiz_key=attempt.quiz_key,
            course_key=attempt.course_key, question_keys=tuple(keys),
            pending_review=attempt.status == AttemptStatus.PENDING_REVIEW,
            institution_id=attempt.institution_id, at=now))
    if attempt.passed and attempt.course_key:
        _course_recheck(attempt)
    return attempt


def items_score(*, items, answers):
    """The score in % of `answers` to `items` ([{"question", "options"}], as an attempt
    keeps them), scored here on the server; for questions with a right answer only."""
    keys = [item["question"] for item in items]
    questions, options = _questions_by_key(keys)
    points = [_score(questions[key], options[questions[key].pk], answers.get(key, {}))
              or Decimal(0) for key in keys if key in questions]
    return attempt_score(points) if points else Decimal(0)


def attempt_score(points):
    """An attempt's score in %: the mean of its answers' points (each 0 to 1), one decimal.
    None while any answer waits for a reviewer."""
    points = list(points)
    if any(p is None for p in points):
        return None
    return (sum(points, Decimal(0)) * 100 / (len(points) or 1)).quantize(Decimal("0.1"))


def _attempt_result_set(attempt, answers):
    """Score, status and pass from the answers: pending while any written answer is unmarked
    (the score then counts the marked ones, as the learner's provisional result)."""
    points = [a.points for a in answers]
    score = attempt_score(points)
    if score is None:
        attempt.score = attempt_score([p or Decimal(0) for p in points])
        attempt.status, attempt.passed = AttemptStatus.PENDING_REVIEW, None
    else:
        attempt.score = score
        attempt.status = AttemptStatus.SUBMITTED
        attempt.passed = score >= _pass_mark(attempt)


def _pass_mark(attempt):
    from .models import QuizPage

    quiz = QuizPage.objects.filter(translation_key=attempt.quiz_key).first()
    return quiz.pass_mark if quiz else 100


def _course_recheck(attempt):
    outline = course_outline_for(attempt.course_key)
    if outline is not None:
        course_completion_check(user=attempt.user, course_key=attempt.course_key, outline=outline)


def answer_mark(*, answer, reviewer, correct):
    """A reviewer marks a free-text answer; the attempt's result follows."""
    with transaction.atomic():
        answer = AttemptAnswer.objects.select_for_update().get(pk=answer.pk)
        before = answer.correct
        answer.correct = bool(correct)
        answer.points = Decimal(1) if correct else Decimal(0)
        answer.marked_by = reviewer
        answer.save(update_fields=["correct", "points", "marked_by"])
        attempt = Attempt.objects.select_for_update().get(pk=answer.attempt_id)
        _attempt_result_set(attempt, list(attempt.answers.all()))
        attempt.save(update_fields=["score", "passed", "status"])
        if before != answer.correct:
            event_send(AnswerMarked(
                user_id=attempt.user_id, attempt_id=attempt.pk, answer_id=answer.pk,
                question_key=str(answer.question_key), course_key=attempt.course_key,
                submitted_at=attempt.submitted_at, marked_by_id=getattr(reviewer, "pk", None),
                institution_id=answer.institution_id))
    if attempt.passed and attempt.course_key:
        _course_recheck(attempt)
    return answer
