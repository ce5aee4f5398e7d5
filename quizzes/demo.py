"""Demo question bank (site/demo_data/questions/) and a quiz for each demo course, with a
pre-test and post-test pair for the re-enactment course, and demo attempts."""

from django.db import transaction
from wagtail.models import Locale

from academy.base.demo_data import demo_clause_id, demo_data_all, demo_data_read, demo_page_publish
from courses.models import CoursePage
from protocols.demo import demo_legal_references

from .constants import QuizRole
from .models import Question, QuestionOption, QuizPage
from .services import attempt_start, attempt_submit

PAIRED_COURSE = "ending-investigative-re-enactment"


def _question(spec, language):
    question = Question(
        kind=spec["kind"], scoring=spec.get("scoring", "all_or_nothing"),
        content_note=bool(spec.get("content_note")),
        difficulty=spec.get("difficulty", 1),
        case_text=spec.get("case", {}).get(language, ""),
        prompt=spec["prompt"][language], explanation=spec["explanation"][language],
        clause_ids=[demo_clause_id(protocol=slug, key=key) for slug, key in spec.get("clauses", [])],
        locale=Locale.objects.get(language_code=language),
    )
    question.options = [
        QuestionOption(text=o["text"][language], is_correct=o["correct"],
                       explanation=o.get("explanation", {}).get(language, ""), sort_order=n)
        for n, o in enumerate(spec["options"])
    ]
    return question


def _translate(question, spec, language, cited):
    translated = question.copy_for_translation(Locale.objects.get(language_code=language))
    source = _question(spec, language)
    for field in ("case_text", "prompt", "explanation", "content_note"):
        setattr(translated, field, getattr(source, field))
    translated.legal_references.set(cited)
    # The copy keeps each option's key, so an answer scores the same in every language.
    for option, text in zip(translated.options.all(), source.options.all(), strict=True):
        option.text, option.explanation = text.text, text.explanation
    translated.save()
    return translated


def _quiz(course, title, questions, *, titles, **fields):
    """`titles`: the quiz titles in ru and kk, by the English title (site/demo_data/quizzes.yaml)."""
    quiz = QuizPage(title=title, slug=fields.pop("slug"), **fields)
    course.add_child(instance=quiz)
    quiz.questions.set(questions)
    quiz = demo_page_publish(quiz)
    # Wherever the course is translated, so is its quiz (the same quiz for attempts).
    for language in ("ru", "kk"):
        locale = Locale.objects.get(language_code=language)
        if course.get_translation_or_none(locale) is None:
            continue
        demo_page_publish(quiz.copy_for_translation(locale),
                          fields={"title": titles.get(title, {}).get(language, title)})
    return quiz


@transaction.atomic
def demo_quizzes_load():
    if Question.objects.exists():
        return []
    created = []
    by_course = {}
    references = demo_legal_references()
    for question_set in demo_data_all("questions"):
        for spec in question_set["questions"]:
            cited = [references[key] for key in spec.get("references", [])]
            question = _question(spec, "en")
            question.legal_references.set(cited)  # kept with the question when it is saved
            question.save()
            for language in ("ru", "kk"):
                _translate(question, spec, language, cited)
            by_course.setdefault(question_set["course"], []).append(question)
    created.append(f"{sum(map(len, by_course.values()))} questions (en, ru, kk)")
    titles = demo_data_read("quizzes")["titles"]
    for slug, questions in by_course.items():
        course = CoursePage.objects.filter(slug=slug, locale__language_code="en").first()
        if course is None:
            continue
        graded = [q for q in questions if q.kind != "free_text"]
        if slug == PAIRED_COURSE:
            half = len(graded) // 2
            _quiz(course, "Before you start: what do you know?", graded[:half],
                  slug="pre-test", role=QuizRole.PRE_TEST, required=False, pass_mark=0,
                  max_attempts=1, feedback="once_passed", titles=titles)
            _quiz(course, "Final test", graded[half:] + [q for q in questions
                                                         if q.kind == "free_text"][:1],
                  slug="post-test", role=QuizRole.POST_TEST, pass_mark=70, max_attempts=3,
                  time_limit_minutes=30, titles=titles)
        else:
            _quiz(course, "Check your understanding", graded, slug="quiz", pass_mark=70,
                  max_attempts=3, titles=titles)
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
