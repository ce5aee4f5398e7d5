"""The reports' overview (an administrator's home): the headline figures, what needs
attention, what changed this week, two charts, and the questions each figure page answers."""
import datetime
from dataclasses import dataclass

from django.db.models import Count, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from institutions.constants import MembershipStatus
from institutions.models import Membership
from protocols.models import ProtocolVersion

from .models import LearnerCourseStat

WEEK = datetime.timedelta(days=7)


@dataclass(frozen=True)
class Question:
    key: str  # a table of dashboard_tables
    title: str
    asks: str


# The figure pages, by theme, in the order of the index: each answers one question.
QUESTIONS = [
    (_("By place"), [
        Question("units", _("Completion by unit"), _("Which units are behind?")),
        Question("unit_courses", _("Completion by unit and course"),
                 _("Which unit is behind on which course?")),
        Question("regions", _("Completion by region"), _("Which regions are behind?")),
        Question("kinds", _("Completion by kind of institution"), _("Which services are behind?")),
    ]),
    (_("By course and person"), [
        Question("courses", _("Completion by course"),
                 _("Which courses are finished, and which are not?")),
        Question("professions", _("Completion by profession"),
                 _("Are police, prosecutors, judges, medical and social staff all reached?")),
        Question("languages", _("Completion by language"),
                 _("Do learners in Kazakh and Russian finish as often?")),
        Question("sexes", _("Completion by sex"), _("Are women and men reached alike?")),
    ]),
    (_("Over time"), [
        Question("trend", _("Monthly trend"),
                 _("Are more people enrolling and finishing each month?")),
        Question("attrition", _("Where learners stop"), _("At which lesson do people give up?")),
    ]),
    (_("Learning and protocols"), [
        Question("quizzes", _("Quiz pass rates"), _("Do learners pass the quizzes?")),
        Question("gain", _("Knowledge gain"),
                 _("How much do learners gain between the pre-test and the post-test?")),
        Question("questions", _("Most-missed questions"),
                 _("Which questions, and which protocol clauses, are most often missed?")),
        Question("acknowledgements", _("Acknowledgements"),
                 _("Who has read and acknowledged the protocols in force?")),
    ]),
]
FIGURES = {q.key: q for _theme, questions in QUESTIONS for q in questions}


def week_changes(scope, filters, *, now=None):
    """What changed in these units in the last seven days, and the join requests waiting:
    two queries (memberships, completions) and one for new protocol versions."""
    since = (now or timezone.now()) - WEEK
    place = Q() if filters.everything(scope) else Q(institution_id__in=filters.unit_ids(scope))
    people = Membership.objects.filter(place).aggregate(
        joined=Count("id", filter=Q(status=MembershipStatus.ACTIVE, started_at__gte=since)),
        left=Count("id", filter=Q(status=MembershipStatus.ENDED, ended_at__gte=since)),
        pending=Count("id", filter=Q(status=MembershipStatus.PENDING)),
    )
    completed = LearnerCourseStat.objects.filter(
        filters.learner_q(scope, period_field=None), filters.course_q(),
        completed_at__gte=since).count()
    versions = ProtocolVersion.objects.filter(published_at__gte=since).values(
        "translation_key").distinct().count()
    return {"since": since, "completed": completed, "versions": versions, **people}
