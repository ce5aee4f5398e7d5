"""The learning tables of the completion reports: quizzes, knowledge gain, the most-missed
questions and protocol acknowledgements (reports/tables.py assembles them)."""
from collections import defaultdict

from django.db.models import Avg, Count, Q, Sum
from django.utils.translation import gettext as _

from academy.base.i18n import prefer_language
from institutions.constants import InstitutionKind

from .cells import SUPPRESSED, Rate, Table
from .constants import SUPPRESS_BELOW
from .models import LearnerQuizStat, QuestionStat
from .selectors import _titles


def _small(n, scope):
    return SUPPRESSED if scope.national and n < SUPPRESS_BELOW else n


def _quizzes(scope, filters, course_names):
    from quizzes.constants import QuizRole
    from quizzes.models import QuizPage

    stats = list(LearnerQuizStat.objects.filter(
        filters.learner_q(scope, period_field="first_submitted_at"),
        filters.course_q()).values("quiz_key", "role", "course_key").annotate(
        learners=Count("id"), passed=Count("id", filter=Q(passed=True)),
        attempts=Sum("attempts"), best=Avg("best_score")).order_by("quiz_key"))
    titles = _titles(QuizPage, {s["quiz_key"] for s in stats})
    roles = dict(QuizRole.choices)
    table = Table("quizzes", _("Quiz pass rates"),
                  [_("Quiz"), _("Course"), _("Kind"), _("Learners"), _("Passed"), _("Pass rate"),
                   _("Attempts"), _("Average best score")], chart={"value": 5, "max": 100})
    for s in sorted(stats, key=lambda s: (course_names.get(s["course_key"], ""),
                                          titles.get(s["quiz_key"], ""))):
        if scope.national and s["learners"] < SUPPRESS_BELOW:
            figures = [SUPPRESSED] * 5
        else:
            figures = [s["learners"], s["passed"], Rate.of(s["passed"], s["learners"]),
                       s["attempts"], Rate(round(float(s["best"]), 1) if s["best"] is not None
                                           else None)]
        table.rows.append([titles.get(s["quiz_key"], "—"), course_names.get(s["course_key"], "—"),
                           str(roles.get(s["role"], "")), *figures])
    return table


def _gain(scope, titles, per_place):
    """Summed from the per-place counts: no scan of its own."""
    sums = defaultdict(lambda: [0, 0, 0])
    for row in per_place:
        if row["gain_n"]:
            total = sums[row["course_key"]]
            total[0] += row["gain_n"]
            total[1] += row["gain_pre"]
            total[2] += row["gain_post"]
    stats = [{"course_key": k, "n": n, "pre": pre / n, "post": post / n}
             for k, (n, pre, post) in sums.items()]
    table = Table("gain", _("Knowledge gain (pre-test and post-test)"),
                  [_("Course"), _("Learners with both tests"), _("Average pre-test score"),
                   _("Average post-test score"), _("Gain (points)")], chart={"value": 4},
                  note=_("First pre-test attempt against best post-test attempt."))
    for s in stats:
        if scope.national and s["n"] < SUPPRESS_BELOW:
            table.rows.append([titles.get(s["course_key"], "—"), *[SUPPRESSED] * 4])
            continue
        pre, post = float(s["pre"]), float(s["post"])
        table.rows.append([titles.get(s["course_key"], "—"), s["n"], Rate(round(pre, 1)),
                           Rate(round(post, 1)), round(post - pre, 1)])
    return table


def _questions(scope, filters):
    """The questions answered wrongly most often, and the protocol clauses behind them."""
    from protocols.models import ClauseRecord
    from quizzes.models import Question

    q = Q() if filters.everything(scope) else Q(institution_id__in=filters.unit_ids(scope))
    if filters.date_from:
        q &= Q(month__gte=filters.date_from.replace(day=1))
    if filters.date_to:
        q &= Q(month__lte=filters.date_to)
    per_kind = list(QuestionStat.objects.filter(q).values("question_key", "institution__kind")
                    .annotate(answered=Sum("answered"), wrong=Sum("wrong")))
    totals = defaultdict(lambda: [0, 0])
    kinds = defaultdict(dict)
    for row in per_kind:
        totals[row["question_key"]][0] += row["answered"]
        totals[row["question_key"]][1] += row["wrong"]
        kinds[row["question_key"]][row["institution__kind"]] = (row["answered"], row["wrong"])
    top = sorted((k for k, (answered, _w) in totals.items() if answered),
                 key=lambda k: (-totals[k][1] / totals[k][0], -totals[k][0]))[:10]
    questions = prefer_language(Question.objects.filter(translation_key__in=top)
                                .select_related("locale"), key=lambda o: o.translation_key)
    clause_ids = {c for question in questions.values() for c in (question.clause_ids or [])}
    clauses = {}
    if clause_ids:
        records = ClauseRecord.objects.filter(clause_id__in=clause_ids).select_related(
            "locale", "page")
        clauses = {str(k): f"{r.page.title}, {r.number} {r.section}".strip() for k, r in
                   prefer_language(records, key=lambda r: r.clause_id).items()}
    kind_labels = dict(InstitutionKind.choices)
    table = Table("questions", _("Most-missed questions and the clauses behind them"),
                  [_("Question"), _("Answered"), _("Answered wrongly"), _("Wrong (%)"),
                   _("Wrong (%) by kind of institution"), _("Protocol clauses")],
                  chart={"value": 3, "max": 100},
                  note=_("Counted by month of the attempt; the profession and language filters "
                         "do not apply to this table."))
    for key in top:
        answered, wrong = totals[key]
        question = questions.get(key)
        by_kind = "; ".join(
            f"{kind_labels.get(kind, kind)} {Rate.of(w, a)}" if not (scope.national and a <
                                                                     SUPPRESS_BELOW)
            else f"{kind_labels.get(kind, kind)} {SUPPRESSED}"
            for kind, (a, w) in sorted(kinds[key].items(), key=lambda kv: str(kv[0])))
        linked = "; ".join(clauses.get(str(c), "") for c in (question.clause_ids or [])
                           if str(c) in clauses) if question else ""
        if scope.national and answered < SUPPRESS_BELOW:
            figures = [SUPPRESSED] * 3
        else:
            figures = [answered, wrong, Rate.of(wrong, answered)]
        table.rows.append([question.prompt if question else "—", *figures, by_kind,
                           linked or "—"])
    return table


def _acknowledgements(scope, filters):
    """Share of the scope's learners who acknowledged each protocol's current version."""
    from django.db.models import Max

    from protocols.models import ProtocolAcknowledgement, ProtocolPage, ProtocolVersion

    people = filters.staff(scope)
    learners = people.count()
    current = dict(ProtocolVersion.objects.values("translation_key")
                   .annotate(n=Max("number")).values_list("translation_key", "n"))
    table = Table("acknowledgements",
                  _("Protocol acknowledgement (current version)"),
                  [_("Protocol"), _("Version"), _("Learners"), _("Acknowledged"), _("Coverage")],
                  chart={"value": 4, "max": 100},
                  note=_("Everyone currently in these units, whenever they acknowledged: the "
                         "period and course filters do not apply to this table."))
    if not current:
        return table
    versions = Q()
    for key, number in current.items():
        versions |= Q(translation_key=key, version=number)
    acknowledged = dict(ProtocolAcknowledgement.objects.filter(
        versions, user__in=people.values("user_id")).values("translation_key")
        .annotate(n=Count("user_id", distinct=True)).values_list("translation_key", "n"))
    titles = _titles(ProtocolPage, list(current))
    for key, title in sorted(titles.items(), key=lambda kv: kv[1]):
        n = acknowledged.get(key, 0)
        if scope.national and learners < SUPPRESS_BELOW:
            table.rows.append([title, current[key], *[SUPPRESSED] * 3])
        else:
            table.rows.append([title, current[key], learners, n, Rate.of(n, learners)])
    return table


