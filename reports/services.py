"""Keep the report roll-ups in step with what learners do.

`learner_stats_refresh` recomputes the rows of some learners from the raw rows
(enrolments, course progress, attempts, profile, membership). It is the one way
rows are written: at event time for one learner (through a task queued by the
listeners in reports/listeners.py, after commit) and by `reports_rebuild` for
everyone, so both give the same rows. Question statistics are counted again for
the questions, institution and month an attempt or a mark touched.
"""
import datetime
from collections import Counter, defaultdict

from django.db import transaction
from django.db.models import Count, Exists, OuterRef, Q
from django.utils import timezone

from accounts.models import Profile
from courses.constants import EnrolmentSource
from courses.models import CourseProgress, Enrolment
from institutions.constants import MembershipStatus
from institutions.models import Institution, Membership
from quizzes.constants import AttemptStatus, QuizRole
from quizzes.models import Attempt, AttemptAnswer, QuizPage

from .models import LearnerCourseStat, LearnerQuizStat, QuestionStat
from .selectors import _midnight

CHUNK = 1000

_COURSE_FIELDS = ["institution", "member_institution", "profession", "sex", "language",
                  "enrolled_at", "enrolled_month", "completed_month", "assigned", "due_date",
                  "started_at", "completed_at", "lessons_completed", "lessons_required",
                  "last_lesson_key", "pre_score", "post_score"]
_QUIZ_FIELDS = ["course_key", "role", "institution", "member_institution", "profession",
                "language", "attempts", "first_score", "best_score", "passed",
                "first_submitted_at"]


def learner_stats_queue(user_ids, course_key=None):
    """Refresh these learners' report rows in the background (a listener of domain events,
    which arrive after commit)."""
    from .tasks import learner_stats_refresh_task

    ids = sorted({int(pk) for pk in user_ids if pk})
    if ids:
        learner_stats_refresh_task.delay(ids, str(course_key) if course_key else None)


def _quiz_roles(quiz_keys):
    roles = {}
    for key, role in QuizPage.objects.filter(translation_key__in=quiz_keys).values_list(
            "translation_key", "role"):
        roles[key] = role
    return roles


def learner_stats_refresh(user_ids, course_key=None):
    """Recompute the course and quiz rows of `user_ids` (for one course, or all)."""
    user_ids = list(user_ids)
    for start in range(0, len(user_ids), CHUNK):
        ids = user_ids[start:start + CHUNK]
        only_course = Q(course_key=course_key) if course_key else Q()
        enrolments = Enrolment.objects.filter(only_course, user_id__in=ids).values(
            "user_id", "course_key", "source", "due_date", "enrolled_at", "institution_id")
        progress = {(p["user_id"], p["course_key"]): p for p in CourseProgress.objects.filter(
            only_course, user_id__in=ids).values(
            "user_id", "course_key", "started_at", "completed_at", "lessons_completed",
            "lessons_required", "last_lesson_key", "institution_id")}
        profiles = {p["user_id"]: p for p in Profile.objects.filter(user_id__in=ids).values(
            "user_id", "profession", "sex", "preferred_language")}
        institution_of = dict(Membership.objects.filter(
            user_id__in=ids, status=MembershipStatus.ACTIVE).values_list("user_id",
                                                                          "institution_id"))
        attempts = list(Attempt.objects.filter(
            only_course, user_id__in=ids,
            status=AttemptStatus.SUBMITTED, submitted_at__isnull=False,
        ).order_by("number").values("user_id", "quiz_key", "course_key", "score", "passed",
                                    "submitted_at", "institution_id"))
        roles = _quiz_roles({a["quiz_key"] for a in attempts})

        quiz_rows = {}
        for a in attempts:
            profile = profiles.get(a["user_id"], {})
            row = quiz_rows.get((a["user_id"], a["quiz_key"]))
            if row is None:
                row = quiz_rows[(a["user_id"], a["quiz_key"])] = LearnerQuizStat(
                    user_id=a["user_id"], quiz_key=a["quiz_key"], course_key=a["course_key"],
                    role=roles.get(a["quiz_key"], ""),
                    member_institution_id=institution_of.get(a["user_id"]),
                    profession=profile.get("profession", ""),
                    language=profile.get("preferred_language", ""),
                    first_score=a["score"], best_score=a["score"],
                    first_submitted_at=a["submitted_at"])
            row.attempts += 1
            # Delivered where they answered: the latest attempt (attempts come in order).
            row.institution_id = (a["institution_id"] or row.institution_id
                                  or institution_of.get(a["user_id"]))
            row.best_score = max(row.best_score, a["score"])
            row.passed = row.passed or bool(a["passed"])
        scores = defaultdict(dict)  # (user, course) -> {"pre": first pre-test, "post": best}
        for row in quiz_rows.values():
            if row.role == QuizRole.PRE_TEST:
                scores[(row.user_id, row.course_key)]["pre"] = row.first_score
            elif row.role == QuizRole.POST_TEST:
                scores[(row.user_id, row.course_key)]["post"] = row.best_score

        course_rows = {}
        for e in enrolments:
            pair = (e["user_id"], e["course_key"])
            p = progress.get(pair, {})
            profile = profiles.get(e["user_id"], {})
            course_rows[pair] = LearnerCourseStat(
                user_id=e["user_id"], course_key=e["course_key"],
                institution_id=_delivered_at(e, p) or institution_of.get(e["user_id"]),
                member_institution_id=institution_of.get(e["user_id"]),
                profession=profile.get("profession", ""), sex=profile.get("sex", ""),
                language=profile.get("preferred_language", ""),
                enrolled_at=e["enrolled_at"], enrolled_month=local_month(e["enrolled_at"]),
                completed_month=local_month(p.get("completed_at")),
                assigned=e["source"] == EnrolmentSource.ASSIGNED,
                due_date=e["due_date"], started_at=p.get("started_at"),
                completed_at=p.get("completed_at"),
                lessons_completed=p.get("lessons_completed", 0),
                lessons_required=p.get("lessons_required", 0),
                last_lesson_key=p.get("last_lesson_key"),
                pre_score=scores[pair].get("pre"), post_score=scores[pair].get("post"))
        with transaction.atomic():
            _replace(LearnerCourseStat, course_rows, ids, only_course, ["user", "course_key"],
                     _COURSE_FIELDS, key=lambda r: (r.user_id, r.course_key))
            _replace(LearnerQuizStat, quiz_rows, ids, only_course, ["user", "quiz_key"],
                     _QUIZ_FIELDS, key=lambda r: (r.user_id, r.quiz_key))


def _delivered_at(enrolment, progress):
    """Where the training of one enrolment was delivered: where the learner completed the
    course once they have (CourseProgress.institution is set at completion), else where
    they enrolled. It never follows the learner to a new unit. (An enrolment that recorded
    no institution, as rows written before it was recorded, falls back on the learner's
    unit now: the caller's business.)"""
    if progress.get("completed_at") and progress.get("institution_id"):
        return progress["institution_id"]
    return enrolment["institution_id"]


def _replace(model, rows, ids, only_course, unique, fields, key):
    """Upsert `rows` and delete the learners' rows that no longer have a source."""
    if rows:
        model.objects.bulk_create(list(rows.values()), update_conflicts=True,
                                  unique_fields=unique, update_fields=fields)
    stale = [pk for pk, *pair in model.objects.filter(only_course, user_id__in=ids)
             .values_list("pk", "user_id", unique[1]) if tuple(pair) not in rows]
    if stale:
        model.objects.filter(pk__in=stale).delete()


def local_month(moment):
    """The first day of `moment`'s month in local time (as the dashboard's period filter)."""
    if moment is None:
        return None
    local = timezone.localtime(moment)
    return datetime.date(local.year, local.month, 1)


def _month_bounds(month):
    """The local start of `month` (a date, its first day) and of the month after, as the
    dashboard's period filter draws them."""
    following = datetime.date(month.year + month.month // 12, month.month % 12 + 1, 1)
    return _midnight(month), _midnight(following)


def question_stats_recount(*, question_keys, institution_id, month):
    """Count again the marked and wrong answers of these questions given in one institution
    in one (local) month. Idempotent, so a redelivered or repeated count changes nothing;
    counts of one institution are serialised, so two at once cannot write a stale one."""
    if institution_id is None or not question_keys:
        return
    start, end = _month_bounds(month)
    with transaction.atomic():
        list(Institution.objects.select_for_update().filter(pk=institution_id).values("pk"))
        counts = {str(row["question_key"]): row for row in AttemptAnswer.objects.filter(
            question_key__in=question_keys, institution_id=institution_id, correct__isnull=False,
            attempt__submitted_at__gte=start, attempt__submitted_at__lt=end,
        ).values("question_key").annotate(answered=Count("pk"),
                                          wrong=Count("pk", filter=Q(correct=False)))}
        rows = [QuestionStat(question_key=key, institution_id=institution_id, month=month,
                             answered=row["answered"], wrong=row["wrong"])
                for key, row in counts.items()]
        if rows:
            QuestionStat.objects.bulk_create(
                rows, update_conflicts=True, update_fields=["answered", "wrong"],
                unique_fields=["question_key", "institution", "month"])
        QuestionStat.objects.filter(institution_id=institution_id, month=month,
                                    question_key__in=[k for k in map(str, question_keys)
                                                      if k not in counts]).delete()


def question_stats_rebuild():
    """Recount every question statistic from the marked answers."""
    counts = Counter()
    wrong = Counter()
    answers = AttemptAnswer.objects.filter(
        correct__isnull=False, institution__isnull=False,
        attempt__submitted_at__isnull=False,
    ).values_list("question_key", "institution_id", "attempt__submitted_at", "correct")
    for question_key, institution_id, submitted_at, correct in answers.iterator(chunk_size=5000):
        key = (question_key, institution_id, local_month(submitted_at))
        counts[key] += 1
        wrong[key] += 0 if correct else 1
    with transaction.atomic():
        QuestionStat.objects.all().delete()
        QuestionStat.objects.bulk_create(
            [QuestionStat(question_key=k[0], institution_id=k[1], month=k[2], answered=n,
                          wrong=wrong[k]) for k, n in counts.items()], batch_size=5000)


def learner_stats_rebuild(*, progress=None):
    """Recompute every learner's rows from the raw rows; returns the number of learners."""
    user_ids = sorted(set(Enrolment.objects.filter(user__isnull=False)
                          .values_list("user_id", flat=True).distinct())
                      | set(Attempt.objects.filter(user__isnull=False)
                            .values_list("user_id", flat=True).distinct()))
    for start in range(0, len(user_ids), CHUNK):
        learner_stats_refresh(user_ids[start:start + CHUNK])
        if progress:
            progress(min(start + CHUNK, len(user_ids)), len(user_ids))
    # Rows whose enrolment or attempts are gone go too (anonymous rows stay as they were).
    LearnerCourseStat.objects.filter(user__isnull=False).exclude(Exists(Enrolment.objects.filter(
        user_id=OuterRef("user_id"), course_key=OuterRef("course_key")))).delete()
    LearnerQuizStat.objects.filter(user__isnull=False).exclude(Exists(Attempt.objects.filter(
        user_id=OuterRef("user_id"), quiz_key=OuterRef("quiz_key"),
        status=AttemptStatus.SUBMITTED))).delete()
    return len(user_ids)
