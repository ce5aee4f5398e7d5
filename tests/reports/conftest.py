"""A generated data set for the reports: learners in two city police departments (and their
district units), enrolled in two courses, at every stage, written as raw rows."""
import datetime
import random
from dataclasses import dataclass, field
from decimal import Decimal

import pytest
from django.utils import timezone

from tests.factories import make_admin, make_course, make_home_page, make_learner, make_tree

PROFESSIONS = ["police_investigator", "district_police", "juvenile_inspector", "psychologist"]
SEXES = ["female", "male", "not_said"]
LANGUAGES = ["kk", "ru", "en"]


@dataclass
class Seeded:
    """What was written, kept in plain Python so that tests can count it independently."""

    enrolments: list = field(default_factory=list)   # dicts
    users: dict = field(default_factory=dict)        # user id -> dict(profession, sex, ...)


def seed_learners(units, courses, count, *, rng=None, seeded=None):
    """Bulk-write `count` learners spread over `units`, with enrolments and progress."""
    from accounts.models import Profile, User
    from courses.models import CourseProgress, Enrolment
    from institutions.constants import MembershipStatus
    from institutions.models import Membership

    rng = rng or random.Random(7)
    seeded = seeded or Seeded()
    now = timezone.now()
    today = timezone.localdate()
    start = User.objects.count()
    users = User.objects.bulk_create([
        User(email=f"gen{start + n}@example.org", password="!")
        for n in range(count)])
    if users[0].pk is None:  # older SQLite: fetch the ids
        users = list(User.objects.filter(email__in=[u.email for u in users]).order_by("pk"))
    profiles, memberships, enrolments, progress = [], [], [], []
    for user in users:
        unit = rng.choice(units)
        person = {"profession": rng.choice(PROFESSIONS), "sex": rng.choice(SEXES),
                  "language": rng.choice(LANGUAGES), "institution": unit}
        seeded.users[user.pk] = person
        profiles.append(Profile(user=user, full_name=f"Learner {user.pk}",
                                profession=person["profession"], sex=person["sex"],
                                preferred_language=person["language"], completed_at=now))
        memberships.append(Membership(user=user, institution=unit, status=MembershipStatus.ACTIVE,
                                      started_at=now))
        for course in rng.sample(courses, rng.randint(1, len(courses))):
            enrolled_at = now - datetime.timedelta(days=rng.randint(0, 330))
            assigned = rng.random() < 0.5
            due = today + datetime.timedelta(days=rng.randint(-40, 40)) if assigned else None
            stage = rng.choice(["none", "started", "completed"])
            completed_at = (min(now, enrolled_at + datetime.timedelta(days=rng.randint(1, 60)))
                            if stage == "completed" else None)
            record = {"user": user.pk, "course": course.translation_key, "unit": unit,
                      "enrolled_at": enrolled_at, "assigned": assigned, "due": due,
                      "stage": stage, "completed_at": completed_at, **person}
            seeded.enrolments.append(record)
            enrolments.append(Enrolment(user=user, course_key=course.translation_key,
                                        source="assigned" if assigned else "self",
                                        due_date=due, enrolled_at=enrolled_at, institution=unit))
            if stage != "none":
                progress.append(CourseProgress(
                    user=user, course_key=course.translation_key, lessons_required=4,
                    lessons_completed=4 if completed_at else rng.randint(0, 3),
                    percent=100 if completed_at else 25, started_at=enrolled_at,
                    last_activity_at=completed_at or enrolled_at, completed_at=completed_at,
                    institution=unit))
    Profile.objects.bulk_create(profiles)
    Membership.objects.bulk_create(memberships)
    Enrolment.objects.bulk_create(enrolments)
    CourseProgress.objects.bulk_create(progress)
    return seeded


@pytest.fixture
def report_world(db):
    """Two city departments with units, an administrator of each, a national administrator,
    a plain learner, and two published courses."""
    home = make_home_page()
    index = home.get_children().get(slug="courses").specific
    tree = make_tree()
    courses = [make_course(index, title="Ending investigative re-enactment"),
               make_course(index, title="Forensic examination without hymen examination",
                           modules=[("Consent", ["Asking first", "Recording"])])]
    return {
        **tree,
        "courses": courses,
        "admin_a": make_admin(tree["almaty"], email="admin.a@example.org"),
        "admin_b": make_admin(tree["astana"], email="admin.b@example.org"),
        "national": make_admin(None, email="national@example.org"),
        "learner": make_learner(tree["almaty_medeu"], email="plain.learner@example.org"),
    }


def rebuild():
    from reports.services import learner_stats_rebuild, question_stats_rebuild

    learner_stats_rebuild()
    question_stats_rebuild()


def score(value):
    return Decimal(value).quantize(Decimal("0.1"))
