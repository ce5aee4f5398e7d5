"""One synthetic learner's training in one course, for the demo's completion reports
(reports/demo.py creates the learners): lessons with realistic drop-off, quiz attempts
with scored answers, maybe completion. Rows of the shapes courses.services and
quizzes.services write, unsaved; the caller saves them in bulk. Deterministic: every
chance comes from the caller's random.Random.
"""

import math
from datetime import timedelta
from decimal import Decimal

from academy.base.demo_data import demo_data_read

# Free-text answers to the re-enactment case, good or poor: site/demo_data/learners.yaml.
FREE_TEXT = demo_data_read("learners")["free_text"]


def enrolment_learn(*, rng, person, course, enrolled_at, assigned, now, marker, progress, lessons,
                    attempts, answers, score):
    """Simulate one enrolment: lessons, quizzes, maybe completion. Returns completed_at or None.

    Appends unsaved CourseProgress, LessonProgress, Attempt and (attempt, AttemptAnswer) rows.
    """
    from courses.models import CourseProgress, LessonProgress
    from quizzes.constants import QuizRole

    user, unit = person["user"], person["unit"]
    diligence = person["diligence"] + (0.5 if assigned else 0)
    never = rng.random() < (0.16 if assigned else 0.24) - 0.05 * diligence
    finish = not never and rng.random() < min(0.95, max(0.25, 0.7 + 0.12 * diligence))
    stop_at = None
    if not never and not finish:
        stop_at = rng.choices(range(len(course["lessons"])), weights=course["stops"])[0]

    pre_test = next((q for q in course["quizzes"] if q["role"] == QuizRole.PRE_TEST), None)
    finals = [q for q in course["quizzes"] if q["role"] != QuizRole.PRE_TEST]
    t = enrolled_at + timedelta(hours=rng.expovariate(1 / 60))
    if pre_test and rng.random() < (0.88 if not never else 0.35):
        pre_at = enrolled_at + (t - enrolled_at) * rng.uniform(0.1, 0.6)
        if pre_at < now:
            _attempts(rng, person, course, pre_test, pre_at, now, marker, attempts, answers,
                      score, boost=0)
    if never:
        return None

    opened, done = [], 0
    last_activity = None
    for index, (lesson_key, minutes) in enumerate(course["lessons"]):
        if t >= now:
            break
        started = t
        finished = started + timedelta(minutes=minutes * rng.uniform(0.7, 1.8))
        if stop_at is not None and index == stop_at:
            if rng.random() < 0.75:  # opened the lesson, and never came back
                lessons.append(LessonProgress(user=user, lesson_key=lesson_key,
                                              course_key=course["key"], started_at=started))
                opened.append(lesson_key)
                last_activity = started
            break
        if finished >= now:
            lessons.append(LessonProgress(user=user, lesson_key=lesson_key,
                                          course_key=course["key"], started_at=started))
            opened.append(lesson_key)
            last_activity = started
            break
        lessons.append(LessonProgress(user=user, lesson_key=lesson_key, course_key=course["key"],
                                      started_at=started, completed_at=finished))
        opened.append(lesson_key)
        done += 1
        last_activity = finished
        # The next lesson: often straight on, else another day (evenings, on a phone).
        t = finished + (timedelta(minutes=rng.uniform(1, 15)) if rng.random() < 0.55
                        else timedelta(hours=rng.expovariate(1 / (70 - 25 * min(1, diligence)))))
    if not opened:
        return None

    outline = course["outline"]
    required = outline.required_count
    completed_at = None
    if done == len(course["lessons"]):
        passed_at = []
        for quiz in finals:
            start = t + timedelta(minutes=rng.uniform(2, 30)) if rng.random() < 0.6 \
                else t + timedelta(hours=rng.expovariate(1 / 40))
            if rng.random() < 0.07 or start >= now:
                passed_at.append(None)  # not taken yet
                continue
            passed_at.append(_attempts(rng, person, course, quiz, start, now, marker, attempts,
                                       answers, score, boost=1.6 + 0.2 * diligence))
        required_passed = [p for q, p in zip(finals, passed_at, strict=True) if q["required"]]
        if all(required_passed):
            completed_at = max([last_activity, *required_passed])
    progress.append(CourseProgress(
        user=user, course_key=course["key"], lessons_completed=done, lessons_required=required,
        percent=100 if completed_at else (done * 100 // required if required else 0),
        last_lesson_key=opened[-1], started_at=lessons[-len(opened)].started_at,
        last_activity_at=last_activity, completed_at=completed_at,
        institution=unit if completed_at else None,
        completed_revision=outline.revision if completed_at else None))
    return completed_at


def _attempts(rng, person, course, quiz, start, now, marker, attempts, answers, score, boost):
    """Attempts at one quiz until passed, given up or out of attempts; returns when it was
    passed (the marking, for a free-text answer), or None."""
    from quizzes.constants import AttemptStatus
    from quizzes.models import Attempt, AttemptAnswer

    page = quiz["page"]
    user, unit = person["user"], person["unit"]
    language = person["language"] if person["language"] in quiz["languages"] else "en"
    limit = page.max_attempts or 3
    for number in range(1, limit + 1):
        if start >= now:
            return None
        ability = person["ability"] + boost + 0.6 * (number - 1)
        took = timedelta(minutes=rng.uniform(0.8, 2.6) * len(quiz["questions"]))
        if page.time_limit_minutes:
            took = min(took, timedelta(minutes=page.time_limit_minutes - 1))
        submitted = start + took
        if submitted >= now:
            return None
        attempt = Attempt(
            user=user, quiz_key=quiz["key"], course_key=course["key"], number=number,
            items=_items(rng, quiz), language=language, started_at=start,
            deadline=start + timedelta(minutes=page.time_limit_minutes)
            if page.time_limit_minutes else None,
            submitted_at=submitted, status=AttemptStatus.SUBMITTED,
            institution=unit, profession=person["profession"])
        attempt.role = quiz["role"]
        total, pending, marked_at = Decimal(0), False, None
        for question, options, difficulty in quiz["questions"]:
            right = _sigmoid_chance(rng, 1.1 * ability - 1.05 * (difficulty - 1) + 1.0)
            response = _response(rng, question, options, right, language)
            points = score(question, options, response)
            marked_by = None
            if points is None:  # free text: a reviewer marks it, usually within a day or two
                marked_at = submitted + timedelta(hours=rng.expovariate(1 / 30))
                if marked_at >= now:
                    pending = True
                else:
                    points, marked_by = Decimal(1 if right else 0), marker
            else:
                total += points
            if points is not None and question.kind == "free_text":
                total += points
            answers.append((attempt, AttemptAnswer(
                question_key=question.translation_key, response=response, points=points,
                correct=None if points is None else points == 1, institution=unit,
                profession=person["profession"], clause_ids=question.clause_ids,
                marked_by=marked_by)))
        count = len(quiz["questions"]) or 1
        attempt.score = (total * 100 / count).quantize(Decimal("0.1"))
        if pending:
            attempt.status, attempt.passed = AttemptStatus.PENDING_REVIEW, None
        else:
            attempt.passed = attempt.score >= page.pass_mark
        attempts.append(attempt)
        if pending:
            return None
        if attempt.passed:
            return max(submitted, marked_at) if marked_at else submitted
        if rng.random() < 0.15:
            return None  # gave up, for now
        start = submitted + timedelta(hours=rng.uniform(0.5, 120))
    return None


# --- quiz answers -----------------------------------------------------------------


def _sigmoid_chance(rng, logit):
    return rng.random() < 1 / (1 + math.exp(-logit))


def _response(rng, question, options, right, language):
    """A response of the shape attempt_answers_parse gives; right or a plausible mistake."""
    keys = [str(o.key) for o in options]
    correct = [str(o.key) for o in options if o.is_correct]
    wrong = [k for k in keys if k not in correct]
    kind = question.kind
    if kind == "free_text":
        texts = FREE_TEXT.get(language, FREE_TEXT["en"])
        return {"text": rng.choice(texts["good" if right else "poor"])}
    if kind == "ordering":
        if right or len(keys) < 2:
            return {"order": keys}
        order = list(keys)
        i = rng.randrange(len(order) - 1)
        order[i], order[i + 1] = order[i + 1], order[i]  # two neighbouring steps swapped
        if rng.random() < 0.3 and len(order) > 3:
            j = (i + 2) % (len(order) - 1)
            order[j], order[j + 1] = order[j + 1], order[j]
        return {"order": order}
    if kind == "multiple":
        if right:
            return {"selected": correct}
        chosen = rng.sample(correct, rng.randint(1, max(1, len(correct) - 1)))
        if wrong and (rng.random() < 0.5 or chosen == correct):
            chosen.append(rng.choice(wrong))
        return {"selected": sorted(chosen, key=keys.index)}
    if right or not wrong:
        return {"selected": correct[:1]}
    return {"selected": [rng.choice(wrong)]}


def _items(rng, quiz):
    """The attempt's questions and option order, fixed as attempt_start fixes them."""
    items = []
    for question, options, _difficulty in quiz["questions"]:
        keys = [str(o.key) for o in options]
        in_order = list(keys)
        if quiz["page"].shuffle_options or question.kind == "ordering":
            rng.shuffle(keys)
        if question.kind == "ordering" and len(keys) > 1 and keys == in_order:
            keys = keys[1:] + keys[:1]
        items.append({"question": str(question.translation_key), "options": keys})
    return items
