"""Roll-up rows written at event time equal the rows rebuilt from the raw rows."""
import pytest
from django.core.management import call_command
from django.utils import timezone

from accounts.services import profile_save
from courses.services import (
    course_assign,
    course_enrol,
    course_outline_for,
    lesson_complete,
    lesson_start,
)
from institutions.models import Membership
from institutions.services import membership_end
from quizzes.models import AttemptAnswer
from quizzes.services import answer_mark, attempt_start, attempt_submit
from reports.models import LearnerCourseStat, LearnerQuizStat, QuestionStat
from tests.factories import course_lessons, make_learner, make_question, make_quiz

pytestmark = pytest.mark.django_db


def snapshot():
    def rows(model):
        fields = [f.attname for f in model._meta.concrete_fields if f.name != "id"]
        return sorted(tuple(str(v) for v in row) for row in model.objects.values_list(*fields))

    return {m.__name__: rows(m) for m in (LearnerCourseStat, LearnerQuizStat, QuestionStat)}


def _answers(attempt, right):
    from quizzes.models import Question

    answers = {}
    for item in attempt.items:
        question = Question.objects.get(translation_key=item["question"], locale__language_code="en")
        if question.kind == "free_text":
            answers[item["question"]] = {"text": "Because it re-traumatises her."}
            continue
        options = list(question.options.all())
        answers[item["question"]] = {"selected": [str(o.key) for o in options
                                                  if o.is_correct == right][:1]}
    return answers


def test_incremental_rows_equal_rebuilt_rows(report_world, django_capture_on_commit_callbacks):
    w = report_world
    course, other = w["courses"]
    pre = make_quiz(course, [make_question(prompt="Is re-enactment ever required?",
                                           options=(("Yes", False), ("No", True)))],
                    title="Pre-test", role="pre_test", required=False, pass_mark=50)
    graded = make_quiz(course, [make_question(prompt="Who decides to prosecute?",
                                              options=(("The victim", False),
                                                       ("The prosecutor", True))),
                                make_question("free_text", [], prompt="Why a private room?")],
                       title="Final check", pass_mark=50)
    outline = course_outline_for(course.translation_key)
    lessons = course_lessons(course)
    with django_capture_on_commit_callbacks(execute=True):
        learners = [make_learner(w["almaty_medeu"], email=f"l{n}@example.org") for n in range(4)]
        course_enrol(user=learners[0], course=course)
        course_assign(memberships=Membership.objects.filter(user__in=learners[1:]), course=course,
                      assigned_by=w["admin_a"],
                      due_date=timezone.localdate() - timezone.timedelta(days=3))
        course_enrol(user=learners[0], course=other)
        for lesson in lessons:
            lesson_start(user=learners[0], lesson=lesson, course_key=course.translation_key,
                         outline=outline)
            lesson_complete(user=learners[0], lesson=lesson, course_key=course.translation_key,
                            outline=outline)
        lesson_start(user=learners[1], lesson=lessons[0], course_key=course.translation_key,
                     outline=outline)
        for learner, right in ((learners[0], False), (learners[1], True)):
            attempt = attempt_start(user=learner, quiz=pre, course_key=course.translation_key)
            attempt_submit(attempt=attempt, answers=_answers(attempt, right))
        attempt = attempt_start(user=learners[0], quiz=graded, course_key=course.translation_key)
        attempt_submit(attempt=attempt, answers=_answers(attempt, True))
        text = AttemptAnswer.objects.get(attempt=attempt, correct__isnull=True)
        answer_mark(answer=text, reviewer=w["admin_a"], correct=False)
        answer_mark(answer=text, reviewer=w["admin_a"], correct=True)  # a changed mark
        profile_save(user=learners[2], data={"profession": "prosecutor", "sex": "female"})
        membership_end(membership=learners[3].memberships.get(), actor=w["admin_a"])

    incremental = snapshot()
    stats = LearnerCourseStat.objects.get(user=learners[0], course_key=course.translation_key)
    assert stats.completed_at is not None and stats.pre_score == 0
    assert LearnerCourseStat.objects.get(user=learners[1], course_key=course.translation_key
                                         ).started_at is not None
    assert LearnerCourseStat.objects.get(user=learners[2], course_key=course.translation_key
                                         ).profession == "prosecutor"
    assert LearnerQuizStat.objects.filter(quiz_key=graded.translation_key, passed=True).count() == 1
    assert QuestionStat.objects.filter(wrong__gt=0).exists()
    assert len(incremental["LearnerCourseStat"]) == 5

    LearnerCourseStat.objects.update(lessons_completed=99)  # corrupt, then rebuild
    QuestionStat.objects.all().delete()
    call_command("reports_rebuild", verbosity=0)
    assert snapshot() == incremental


def test_a_deleted_account_leaves_anonymous_rows_that_a_rebuild_keeps(
        report_world, django_capture_on_commit_callbacks):
    from accounts.services import account_delete

    w = report_world
    with django_capture_on_commit_callbacks(execute=True):
        learner = make_learner(w["almaty"], email="leaving@example.org")
        course_enrol(user=learner, course=w["courses"][0])
    account_delete(user=learner)
    assert LearnerCourseStat.objects.filter(user__isnull=True).count() == 1
    call_command("reports_rebuild", verbosity=0)
    assert LearnerCourseStat.objects.filter(user__isnull=True).count() == 1
