"""Demo question bank (quizzes/demo_content.py) and a quiz for each demo course, with a
pre-test and post-test pair for the re-enactment course, and demo attempts."""

from django.db import transaction
from wagtail.models import Locale

from courses.models import CoursePage
from protocols.demo import _clause_id

from .constants import QuizRole
from .models import Question, QuestionOption, QuizPage
from .services import attempt_start, attempt_submit

PAIRED_COURSE = "ending-investigative-re-enactment"


def _question(spec, language):
    question = Question(
        kind=spec["kind"], scoring=spec.get("scoring", "all_or_nothing"),
        difficulty=spec.get("difficulty", 1),
        case_text=(spec.get("case_i18n") or {}).get(language, "") if spec.get("case") else "",
        prompt=spec["prompt"][language], explanation=spec["explanation"][language],
        clause_ids=[_clause_id(slug, key) for slug, key in spec.get("clauses", [])],
        locale=Locale.objects.get(language_code=language),
    )
    question.options = [
        QuestionOption(text=o["text"][language], is_correct=o["correct"],
                       explanation=o.get("explanation", {}).get(language, ""), sort_order=n)
        for n, o in enumerate(spec["options"])
    ]
    return question


def _translate(question, spec, language):
    translated = question.copy_for_translation(Locale.objects.get(language_code=language))
    source = _question(spec, language)
    for field in ("case_text", "prompt", "explanation"):
        setattr(translated, field, getattr(source, field))
    # The copy keeps each option's key, so an answer scores the same in every language.
    for option, text in zip(translated.options.all(), source.options.all(), strict=True):
        option.text, option.explanation = text.text, text.explanation
    translated.save()
    return translated


TITLES = {
    "Before you start: what do you know?": {"ru": "Перед началом: что вы уже знаете?",
                                            "kk": "Бастамас бұрын: сіз не білесіз?"},
    "Final test": {"ru": "Итоговый тест", "kk": "Қорытынды тест"},
    "Check your understanding": {"ru": "Проверьте себя", "kk": "Өзіңізді тексеріңіз"},
}


def _quiz(course, title, questions, **fields):
    quiz = QuizPage(title=title, slug=fields.pop("slug"), **fields)
    course.add_child(instance=quiz)
    quiz.questions.set(questions)
    quiz.save_revision().publish()
    quiz = QuizPage.objects.get(pk=quiz.pk)
    # Wherever the course is translated, so is its quiz (the same quiz for attempts).
    for language in ("ru", "kk"):
        locale = Locale.objects.get(language_code=language)
        if course.get_translation_or_none(locale) is None:
            continue
        translated = quiz.copy_for_translation(locale)
        translated.title = TITLES.get(title, {}).get(language, title)
        translated.save_revision().publish()
    return quiz


@transaction.atomic
def demo_quizzes_load():
    from . import demo_content

    if Question.objects.exists():
        return []
    created = []
    by_course = {}
    for spec in demo_content.QUESTIONS:
        question = _question(spec, "en")
        question.save()
        for language in ("ru", "kk"):
            _translate(question, spec, language)
        by_course.setdefault(spec["course"], []).append(question)
    created.append(f"{len(demo_content.QUESTIONS)} questions (en, ru, kk)")
    for slug, questions in by_course.items():
        course = CoursePage.objects.filter(slug=slug, locale__language_code="en").first()
        if course is None:
            continue
        graded = [q for q in questions if q.kind != "free_text"]
        if slug == PAIRED_COURSE:
            half = len(graded) // 2
            _quiz(course, "Before you start: what do you know?", graded[:half],
                  slug="pre-test", role=QuizRole.PRE_TEST, required=False, pass_mark=0,
                  max_attempts=1, feedback="once_passed")
            _quiz(course, "Final test", graded[half:] + [q for q in questions
                                                         if q.kind == "free_text"][:1],
                  slug="post-test", role=QuizRole.POST_TEST, pass_mark=70, max_attempts=3,
                  time_limit_minutes=30)
        else:
            _quiz(course, "Check your understanding", graded, slug="quiz", pass_mark=70,
                  max_attempts=3)
        created.append(f"quizzes for {slug}")
    return created


def demo_attempts_load():
    """A few submitted attempts, so results and reports have something to show."""
    from django.contrib.auth import get_user_model

    User = get_user_model()
    created = []
    for email, slug, right in (("investigator@academy.example", "pre-test", False),
                               ("inspector@academy.example", "pre-test", True)):
        user = User.objects.filter(email=email).first()
        quiz = QuizPage.objects.filter(slug=slug, locale__language_code="en").first()
        if user is None or quiz is None or quiz.questions.count() == 0:
            continue
        if user.quiz_attempts.exists():
            continue
        attempt = attempt_start(user=user, quiz=quiz, course_key=quiz.get_parent().translation_key)
        answers = {}
        for item in attempt.items:
            question = Question.objects.filter(translation_key=item["question"]).first()
            options = list(question.options.all())
            if question.kind in ("single", "true_false", "multiple"):
                answers[item["question"]] = {"selected": [str(o.key) for o in options
                                                          if o.is_correct == right][:1]}
        attempt_submit(attempt=attempt, answers=answers)
        created.append(f"attempt {email} {slug}")
    return created
