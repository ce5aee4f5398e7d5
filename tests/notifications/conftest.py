import datetime

import pytest
from django.utils import timezone

from accounts.models import Profile
from institutions.models import Membership
from tests.factories import make_admin, make_course, make_home_page, make_learner, make_tree, translate_tree

COURSE = "Ending investigative re-enactment"
COURSE_KK = "Оқиғаны қайта сахналауды тоқтату"


@pytest.fixture
def world(db):
    """A course in English and Kazakh, two city police departments, an administrator of
    Almaty and three Almaty officers, one of whom reads Kazakh."""
    home = make_home_page()
    course = make_course(home.get_children().get(slug="courses").specific, title=COURSE)
    translate_tree(home, "kk", {COURSE: COURSE_KK, "Protocols": "Хаттамалар",
                                "Courses": "Курстар"})
    tree = make_tree()
    learners = [make_learner(tree["almaty_medeu"], email=f"officer{n}@example.org")
                for n in range(3)]
    Profile.objects.filter(user=learners[0]).update(preferred_language="kk",
                                                    full_name="Айгүл Серікова")
    return {**tree, "course": course, "learners": learners,
            "admin": make_admin(tree["almaty"], email="almaty.admin@example.org"),
            "other_admin": make_admin(tree["astana"], email="astana.admin@example.org")}


def assign(world, due_in_days, *, learners=None, today=None):
    """Assign the course to `learners` (all three by default), due in `due_in_days`."""
    from courses.services import course_assign

    today = today or timezone.localdate()
    users = learners or world["learners"]
    course_assign(memberships=Membership.objects.filter(user__in=users, status="active"),
                  course=world["course"], assigned_by=world["admin"],
                  due_date=today + datetime.timedelta(days=due_in_days))
