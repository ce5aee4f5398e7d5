from django.db.models import prefetch_related_objects

from academy.base.i18n import LANGUAGE_NAMES, prefer_language
from courses.models import CoursePage
from courses.selectors import clause_records_for, course_of

from .constants import AttemptStatus, FeedbackTiming
from .models import Attempt, Question, QuizPage


def questions_for_attempt(attempt):
    """{question key: Question} in the reader's language where translated: one query (plus
    one for options)."""
    keys = [item["question"] for item in attempt.items]
    chosen = prefer_language(
        Question.objects.filter(translation_key__in=keys).select_related("locale"),
        key=lambda question: str(question.translation_key))
    from .services import options_by_question

    grouped = options_by_question(chosen.values())
    for question in chosen.values():
        question.ordered_options = grouped[question.pk]
    return chosen


def attempt_form_items(attempt):
    """What the learner sees while answering: prompts and option texts in the attempt's
    fixed order. Nothing here says which option is correct."""
    questions = questions_for_attempt(attempt)
    items = []
    for number, item in enumerate(attempt.items, start=1):
        question = questions[item["question"]]
        by_key = {str(o.key): o.text for o in question.ordered_options}
        items.append({
            "number": number, "key": item["question"], "kind": question.kind,
            "case": question.case_text, "prompt": question.prompt,
            "content_note": question.content_note,
            "options": [{"key": key, "text": by_key.get(key, "")} for key in item["options"]],
        })
    return items


def attempt_result_get(*, user, quiz, number):
    """The learner's own submitted attempt `number` at `quiz`, or None.

    An open attempt has no result: its page would show the marking scheme while it can
    still be answered."""
    if not user.is_authenticated or not str(number).isdigit():
        return None
    return (Attempt.objects.filter(user=user, quiz_key=quiz.translation_key, number=int(number))
            .exclude(status=AttemptStatus.OPEN).first())


def feedback_may_show(*, attempt, quiz, open_attempt):
    """Right answers and explanations: only for a submitted attempt, only while no other
    attempt at the same quiz is open (its questions may be the same), and, for quizzes that
    keep feedback until passed, only once passed."""
    if attempt.status == AttemptStatus.OPEN or open_attempt is not None:
        return False
    return quiz.feedback == FeedbackTiming.AFTER_EACH or bool(attempt.passed)


def attempt_feedback(attempt, quiz, *, open_attempt=None):
    """Per-question results, explanations and clauses to reread, when feedback may show."""
    if not feedback_may_show(attempt=attempt, quiz=quiz, open_attempt=open_attempt):
        return None
    questions = questions_for_attempt(attempt)
    prefetch_related_objects(list(questions.values()), "legal_references")
    answers = {str(a.question_key): a for a in attempt.answers.all()}
    clause_ids = {cid for q in questions.values() for cid in (q.clause_ids or [])}
    clauses = clause_records_for(clause_ids=list(clause_ids)) if clause_ids else {}
    rows = []
    for number, item in enumerate(attempt.items, start=1):
        question = questions[item["question"]]
        answer = answers.get(item["question"])
        options = {str(o.key): o for o in question.ordered_options}
        chosen = set((answer.response or {}).get("selected", [])) if answer else set()
        rows.append({
            "number": number, "question": question, "answer": answer,
            "options": [{"option": options[k], "chosen": k in chosen} for k in item["options"]
                        if k in options],
            "correct_order": [o.text for o in question.ordered_options],
            "clauses": [clauses[c] for c in question.clause_ids or [] if c in clauses],
            "references": list(question.legal_references.all()),
        })
    return rows


def quiz_page_context(*, quiz, request):
    user = request.user
    attempts = []
    open_attempt = None
    if user.is_authenticated:
        attempts = list(Attempt.objects.filter(user=user, quiz_key=quiz.translation_key)
                        .order_by("number"))
        open_attempt = next((a for a in attempts if a.status == AttemptStatus.OPEN), None)
    used = len(attempts)
    course = course_of(quiz)
    return {
        "attempts": [a for a in attempts if a.status != AttemptStatus.OPEN],
        "open_attempt": open_attempt,
        "attempts_left": (quiz.max_attempts - used) if quiz.max_attempts else None,
        "course": course,
        "passed": any(a.passed for a in attempts),
    }


def course_quizzes(*, user, course):
    """The course's quizzes, with whether this learner has passed each (two queries)."""
    quizzes = list(QuizPage.objects.live().descendant_of(course).order_by("path"))
    if not quizzes:
        # Not translated yet: offer the quizzes of another language's course.
        other = (CoursePage.objects.live().filter(translation_key=course.translation_key)
                 .exclude(pk=course.pk).first())
        if other is not None:
            quizzes = list(QuizPage.objects.live().descendant_of(other).order_by("path"))
    passed = set()
    if user.is_authenticated and quizzes:
        passed = set(Attempt.objects.filter(
            user=user, quiz_key__in=[q.translation_key for q in quizzes], passed=True
        ).values_list("quiz_key", flat=True))
    return [{"page": q, "passed": q.translation_key in passed} for q in quizzes]


def course_questions(*, course):
    """The questions of the course's live quizzes (in the course's language): fixed ones,
    and those of the topics its quizzes draw from."""
    from django.db.models import Q

    quizzes = list(QuizPage.objects.live().descendant_of(course).prefetch_related("draw_topics"))
    if not quizzes:
        return Question.objects.none()
    topics = {t.pk for quiz in quizzes if quiz.draw_count for t in quiz.draw_topics.all()}
    return Question.objects.filter(Q(quizpage__in=quizzes) | Q(topics__in=topics)).distinct()


def course_question_clause_ids(*, course):
    """The protocol clauses cited by the questions of the course's live quizzes (in every
    language: a translated question cites the same clauses)."""
    ids = set()
    for clause_ids in course_questions(course=course).values_list("clause_ids", flat=True):
        ids.update(str(c) for c in clause_ids or [])
    return ids


def question_translation_rows(*, language="", status=""):
    """Every question of the bank × language as current, behind (its source's text changed
    since the translation was saved) or missing: for the editors' Translations screen.
    Three queries."""
    import hashlib

    from django.conf import settings
    from django.contrib.contenttypes.models import ContentType
    from django.urls import reverse

    from academy.base.i18n import LANGUAGE_NAMES
    from academy.base.models import TranslationSource
    from academy.base.translations import BEHIND, CURRENT, MISSING, status_label

    from .services import options_by_question

    questions = list(Question.objects.select_related("locale").order_by("pk"))
    options = options_by_question(questions)
    records = {(r.translation_key, r.locale_id): r.source_fingerprint
               for r in TranslationSource.objects.filter(
                   content_type=ContentType.objects.get_for_model(Question))}
    groups = {}
    for question in questions:
        groups.setdefault(question.translation_key, []).append(question)
    rows = []
    for key, group in groups.items():
        source = group[0]
        digest = hashlib.sha256(source.translation_text(options[source.pk]).encode()).hexdigest()
        for code, _name in settings.LANGUAGES:
            if language and code != language:
                continue
            copy = next((q for q in group if q.locale.language_code == code), None)
            if copy is None:
                found = MISSING
            elif copy.pk == source.pk or records.get((key, copy.locale_id)) in (None, digest):
                found = CURRENT
            else:
                found = BEHIND
            if status and found != status:
                continue
            rows.append({
                "title": source.prompt[:120], "kind": Question._meta.verbose_name,
                "language": code, "language_name": str(LANGUAGE_NAMES.get(code, code)),
                "status": found, "status_label": status_label(found), "page": copy,
                "source": source, "compare_url": None,
                "edit_url": reverse("wagtailsnippets_quizzes_question:edit", args=(copy.pk,))
                if copy else None,
                "translate_url": None if copy else reverse(
                    "simple_translation:submit_snippet_translation",
                    args=("quizzes", "question", source.pk))})
    return rows


def marking_queue(*, limit):
    """([row], waiting): the oldest `limit` free-text answers waiting for a reviewer, and how
    many wait in all. Each row: the answer, its sanitised text, the question in the language
    the learner answered in (else another), the course's title in that language, the kind of
    institution and the date. Never who answered. Four queries whatever the length."""
    from academy.sanitize import html_clean

    from .models import AttemptAnswer

    pending = AttemptAnswer.objects.filter(points__isnull=True)
    answers = list(pending.select_related("attempt__institution")
                   .order_by("attempt__submitted_at", "pk")[:limit])
    question_keys = {a.question_key for a in answers}
    course_keys = {a.attempt.course_key for a in answers if a.attempt.course_key}
    questions = list(Question.objects.filter(translation_key__in=question_keys)
                     .select_related("locale"))
    courses = list(CoursePage.objects.filter(translation_key__in=course_keys).live()
                   .select_related("locale").only("title", "translation_key", "locale"))
    rows = []
    for answer in answers:
        language = answer.attempt.language
        question = prefer_language(
            [q for q in questions if q.translation_key == answer.question_key],
            key=lambda q: q.translation_key, language=language).get(answer.question_key)
        course = prefer_language(
            [c for c in courses if c.translation_key == answer.attempt.course_key],
            key=lambda c: c.translation_key, language=language).get(answer.attempt.course_key)
        institution = answer.attempt.institution
        rows.append({
            "answer": answer, "language": language,
            "language_name": LANGUAGE_NAMES.get(language, language),
            "text": html_clean((answer.response or {}).get("text", "")),
            "question": question,
            "question_language": question.locale.language_code if question else language,
            "course": course.title if course else "",
            "kind": institution.get_kind_display() if institution else "",
            "submitted_at": answer.attempt.submitted_at,
        })
    return rows, pending.count()
