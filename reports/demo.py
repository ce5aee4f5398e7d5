"""Synthetic learners and a year of their training, so every completion report shows figures.

About three hundred learners in the demo units (police districts, prosecutors' offices,
courts, forensic institutes, hospitals, social services, crisis centres, academies), each
with a profile, an active membership, one to three enrolments (many assigned by the
institution's administrator, with due dates, some overdue), lesson progress with
realistic drop-off, quiz attempts with scored answers, and protocol acknowledgements.
The rows have the shapes the services write (courses.services, quizzes.services,
protocols.services); the report roll-ups are rebuilt from them at the end. This module
creates the people and reads what the demo already holds; reports/demo_learning.py
simulates each enrolment.

Learners are data, not logins: their passwords are unusable. Deterministic
(random.Random(2026)): the same rows and figures on every load, with dates counted back
from the start of today. Idempotent: nothing is created once the first synthetic learner
exists.
"""

import random
import uuid
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from academy.base.demo_data import demo_data_read

from .demo_learning import enrolment_learn

EMAIL = "learner.{:04d}@academy.example"
SEED = 2026

# Who the learners are and how they train (names, job titles, weights and chances):
# site/demo_data/learners.yaml.
LEARNERS = demo_data_read("learners")
NAMES, NAMING, REGION_GROUP = LEARNERS["names"], LEARNERS["naming"], LEARNERS["region_group"]
LANGUAGES, PROFESSIONS, FEMALE = LEARNERS["languages"], LEARNERS["professions"], LEARNERS["female"]
POSITIONS, INTEREST, ASSIGNED = LEARNERS["positions"], LEARNERS["interest"], LEARNERS["assigned"]
STOPS, HARD, READERS = LEARNERS["stops"], LEARNERS["hard"], LEARNERS["readers"]
# None: every audience (training centres teach them all).
AUDIENCES = {profession: None if audiences is None else set(audiences)
             for profession, audiences in LEARNERS["audiences"].items()}


def _pick(rng, weights):
    keys = list(weights)
    return rng.choices(keys, weights=[weights[k] for k in keys])[0]


def _full_name(rng, tradition, female):
    names = NAMES[tradition]
    given = rng.choice(names["female" if female else "male"])
    father = rng.choice(names["fathers"])
    if tradition == "kk":
        patronymic = father + ("қызы" if female else "ұлы")
    else:
        patronymic = father[1 if female else 0]
    surname = rng.choice(names["surnames"])[1 if female else 0]
    return given, patronymic, surname


def _working_hours(rng, moment, now):
    """The same day, at a plausible office time (never after now)."""
    local = timezone.localtime(moment)
    moment = local.replace(hour=rng.randint(9, 17), minute=rng.randint(0, 59),
                           second=rng.randint(0, 59), microsecond=0)
    return min(moment, now - timedelta(minutes=rng.randint(5, 90)))


# --- what exists ------------------------------------------------------------------


def _courses():
    """The demo courses: outline, lesson minutes and quizzes with their questions."""
    from courses.models import CoursePage, LessonPage
    from courses.services import course_outline_for
    from quizzes.models import QuizPage
    from quizzes.services import options_by_question

    courses = []
    for course in CoursePage.objects.live().filter(locale__language_code="en",
                                                   slug__in=list(STOPS)).order_by("path"):
        outline = course_outline_for(course.translation_key)
        if outline is None or not outline.lessons:
            continue
        minutes = dict(LessonPage.objects.filter(
            translation_key__in=[lesson["key"] for lesson in outline.lessons],
            locale__language_code="en").values_list("translation_key", "minutes"))
        quizzes = []
        for quiz in QuizPage.objects.live().descendant_of(course).order_by("path"):
            questions = list(quiz.questions.order_by("pk"))
            if not questions:
                continue
            options = options_by_question(questions)
            languages = set(QuizPage.objects.live().filter(translation_key=quiz.translation_key)
                            .values_list("locale__language_code", flat=True))
            quizzes.append({
                "page": quiz, "key": quiz.translation_key, "role": quiz.role,
                "required": quiz.required, "languages": languages,
                "questions": [(q, options[q.pk], q.difficulty + next(
                    (extra for start, extra in HARD.items() if q.prompt.startswith(start)), 0))
                    for q in questions],
            })
        stops = STOPS[course.slug]
        if len(stops) != len(outline.lessons):
            stops = [1] * len(outline.lessons)
        courses.append({
            "slug": course.slug, "key": course.translation_key, "outline": outline,
            "lessons": [(lesson["key"], minutes.get(_uuid(lesson["key"]), 10))
                        for lesson in outline.lessons],
            "stops": stops, "quizzes": quizzes,
        })
    return courses


def _uuid(value):
    return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))


def _protocols():
    """{translation key: {"version", "audiences", "pages": {language: page}}} of live protocols."""
    from protocols.models import ProtocolPage

    protocols = {}
    for page in (ProtocolPage.objects.live().select_related("locale")
                 .prefetch_related("audiences").order_by("path")):
        entry = protocols.setdefault(page.translation_key, {"version": page.version,
                                                            "audiences": set(), "pages": {}})
        entry["pages"][page.locale.language_code] = page
        entry["version"] = max(entry["version"], page.version)
        entry["audiences"] |= {a.slug for a in page.audiences.all()}
    return protocols


def _admins():
    """{institution path: administrator} for the demo institution administrators."""
    from institutions.constants import RoleKind
    from institutions.models import Role

    return {role.institution.path: role.user for role in Role.objects.filter(
        kind=RoleKind.INSTITUTION_ADMIN).select_related("institution", "user")
        .order_by("institution__path")}


def _marker():
    """Who marks free-text answers: a user allowed to (the demo platform administrator)."""
    User = get_user_model()
    return User.objects.filter(is_superuser=True).order_by("pk").first()


# --- the loader -----------------------------------------------------------------


@transaction.atomic
def demo_reports_load():
    """Create the synthetic learners and their training; returns what was created."""
    from accounts.models import Profile
    from courses.constants import EnrolmentSource
    from courses.models import CourseProgress, Enrolment, LessonProgress
    from institutions.constants import MembershipStatus
    from institutions.models import Institution, Membership
    from protocols.models import ProtocolAcknowledgement
    from quizzes.constants import AttemptStatus, QuizRole
    from quizzes.models import Attempt, AttemptAnswer
    from quizzes.services import _score

    from .services import learner_stats_rebuild, question_stats_rebuild

    User = get_user_model()
    if User.objects.filter(email__iexact=EMAIL.format(1)).exists():
        return []
    units = list(Institution.objects.filter(numchild=0, is_active=True).order_by("path"))
    courses = _courses()
    if not units or not courses:
        return []
    by_slug = {c["slug"]: c for c in courses}
    protocols = _protocols()
    admins = _admins()
    marker = _marker()
    rng = random.Random(SEED)
    # Everything happens before today (local midnight), so that the same seed gives the same
    # figures whenever the demo is loaded; only the dates move.
    now = timezone.localtime().replace(hour=0, minute=0, second=0, microsecond=0)
    days = timedelta(days=1)

    # How many learners each unit has: police districts more; the three smallest other units
    # have only two to four, so that a national drill-down shows suppressed ("<5") cells.
    sizes = {u.pk: rng.randint(8, 14) if u.kind == "police" else rng.randint(4, 12)
             for u in units}
    smallest = sorted((u for u in units if u.kind != "police"), key=lambda u: (sizes[u.pk], u.path))
    for unit, size in zip(smallest, (2, 3, 4), strict=False):
        sizes[unit.pk] = size

    # People: account, profile, membership.
    people = []
    users = []
    taken = set()
    for unit in units:
        for _n in range(sizes[unit.pk]):
            number = len(people) + 1
            profession = _pick(rng, PROFESSIONS.get(unit.kind, {"other": 1}))
            female = rng.random() < FEMALE[profession]
            tradition = _pick(rng, NAMING[REGION_GROUP.get(unit.region, "west")])
            while True:
                given, patronymic, surname = _full_name(rng, tradition, female)
                if (given, surname) not in taken:
                    taken.add((given, surname))
                    break
            language = _pick(rng, LANGUAGES[tradition])
            if rng.random() < 0.7:
                joined = now - timedelta(days=rng.uniform(330, 395))  # the first onboarding
            else:
                joined = now - timedelta(days=rng.uniform(25, 330))
            joined = _working_hours(rng, joined, now)
            sex = ("female" if female else "male") if rng.random() < 0.85 else "not_said"
            year = rng.randint(1966, 2001) if rng.random() < (0.9 if sex != "not_said" else 0.2) \
                else None
            position = rng.choice(POSITIONS[profession])[language]
            person = {
                "unit": unit, "profession": profession, "language": language, "joined": joined,
                "member_since": joined + timedelta(hours=rng.uniform(2, 60)),  # request approved
                "ability": rng.gauss(0, 1), "diligence": rng.gauss(0, 1),
                "profile": {"full_name": f"{given} {patronymic} {surname}",
                            "position": position, "sex": sex,
                            "year_of_birth": year},
            }
            user = User(email=EMAIL.format(number), first_name=given, last_name=surname,
                        date_joined=joined, is_active=True)
            user.set_unusable_password()
            users.append(user)
            people.append(person)
    User.objects.bulk_create(users, batch_size=500)
    users = {u.email: u for u in User.objects.filter(
        email__in=[u.email for u in users]).only("pk", "email")}
    for number, person in enumerate(people, start=1):
        person["user"] = users[EMAIL.format(number)]
    Profile.objects.bulk_create([Profile(
        user=p["user"], full_name=p["profile"]["full_name"], profession=p["profession"],
        position=p["profile"]["position"], preferred_language=p["language"],
        sex=p["profile"]["sex"], year_of_birth=p["profile"]["year_of_birth"],
        demographics_consent_at=p["joined"] + timedelta(minutes=3)
        if p["profile"]["sex"] != "not_said" or p["profile"]["year_of_birth"] else None,
        completed_at=p["joined"] + timedelta(minutes=3)) for p in people], batch_size=500)
    Membership.objects.bulk_create([Membership(
        user=p["user"], institution=p["unit"], status=MembershipStatus.ACTIVE,
        requested_at=p["joined"] + timedelta(minutes=5),
        started_at=p["member_since"],
        decided_by=_admin_for(admins, p["unit"])) for p in people], batch_size=500)

    # Assignment campaigns: an administrator assigns a course to a unit with a due date.
    campaigns = {}
    for unit in units:
        for course in courses:
            dates = sorted(now - timedelta(days=rng.uniform(10, 350))
                           for _n in range(rng.choice((1, 1, 2))))
            campaigns[(unit.pk, course["slug"])] = [
                (_working_hours(rng, d, now), (d + timedelta(days=rng.choice((30, 45, 60, 90))))
                 .date()) for d in dates]

    enrolments, progress, lessons, attempts, acknowledgements = [], [], [], [], []
    answers = []  # (attempt index, AttemptAnswer)
    overdue = completed = 0
    today = timezone.localdate()
    for person in people:
        unit, user = person["unit"], person["user"]
        interest = INTEREST[person["profession"]]
        chosen = [c for c in courses if rng.random() < interest.get(c["slug"], 0.2)]
        if not chosen:
            chosen = [by_slug.get(max(interest, key=interest.get)) or courses[0]]
        for course in chosen[:3]:
            start = person["member_since"] + timedelta(days=rng.uniform(1, 20))
            assigned = None
            if rng.random() < ASSIGNED.get(unit.kind, 0.5):
                open_to = [c for c in campaigns[(unit.pk, course["slug"])] if c[0] > start]
                if open_to:
                    assigned = open_to[0]
            if assigned:
                enrolled_at = assigned[0] + timedelta(seconds=rng.randint(0, 40))
                due_date = assigned[1]
            else:
                latest = now - timedelta(hours=6)
                if start >= latest:
                    continue
                enrolled_at = start + (latest - start) * rng.random() ** 1.3
                enrolled_at = _working_hours(rng, enrolled_at, now) \
                    if rng.random() < 0.6 else enrolled_at
                enrolled_at = max(enrolled_at, start)
                due_date = None
            enrolments.append(Enrolment(
                user=user, course_key=course["key"],
                source=EnrolmentSource.ASSIGNED if assigned else EnrolmentSource.SELF,
                enrolled_at=enrolled_at, assigned_by=_admin_for(admins, unit) if assigned else None,
                due_date=due_date, institution=unit))
            done_at = enrolment_learn(
                rng=rng, person=person, course=course, enrolled_at=enrolled_at,
                assigned=bool(assigned), now=now, marker=marker, progress=progress,
                lessons=lessons, attempts=attempts, answers=answers, score=_score)
            if done_at:
                completed += 1
            elif assigned and due_date < today:
                overdue += 1

        # Protocol acknowledgements: the ones for their work, if they read protocols at all.
        reader = rng.random() < READERS.get(unit.kind, 0.5)
        for key, protocol in protocols.items():
            audiences = AUDIENCES[person["profession"]]
            relevant = audiences is None or bool(audiences & protocol["audiences"])
            chance = (0.8 if relevant else 0.15) if reader else (0.03 if relevant else 0)
            if rng.random() >= chance:
                continue
            language = person["language"] if person["language"] in protocol["pages"] else "en"
            page = protocol["pages"].get(language) or next(iter(protocol["pages"].values()))
            earliest = max(person["member_since"] + days, now - timedelta(days=330))
            acknowledgements.append(ProtocolAcknowledgement(
                user=user, translation_key=key, version=protocol["version"], page=page,
                institution=unit, language=page.locale.language_code,
                acknowledged_at=earliest + (now - timedelta(hours=2) - earliest) * rng.random()))

    Enrolment.objects.bulk_create(enrolments, batch_size=500)
    CourseProgress.objects.bulk_create(progress, batch_size=500)
    LessonProgress.objects.bulk_create(lessons, batch_size=500)
    Attempt.objects.bulk_create(attempts, batch_size=500)
    for attempt, answer in answers:
        answer.attempt_id = attempt.pk
    AttemptAnswer.objects.bulk_create([a for _attempt, a in answers], batch_size=500)
    ProtocolAcknowledgement.objects.bulk_create(acknowledgements, batch_size=500)
    learner_stats_rebuild()
    question_stats_rebuild()

    pre = sum(1 for a in attempts if a.role == QuizRole.PRE_TEST)
    pending = sum(1 for a in attempts if a.status == AttemptStatus.PENDING_REVIEW)
    assigned = sum(1 for e in enrolments if e.source == EnrolmentSource.ASSIGNED)
    return [
        f"{len(people)} synthetic learners in {len(units)} units (unusable passwords)",
        f"{len(enrolments)} enrolments ({assigned} assigned, {overdue} overdue)",
        f"{completed} course completions, {len(lessons)} lesson progress rows",
        f"{len(attempts)} quiz attempts ({pre} pre-tests"
        + (f", {pending} waiting for marking" if pending else "") + f"), {len(answers)} answers",
        f"{len(acknowledgements)} protocol acknowledgements",
        "report roll-ups rebuilt",
    ]


def _admin_for(admins, unit):
    """The administrator of the unit or of an institution above it, if any."""
    for path in sorted(admins, key=len, reverse=True):
        if unit.path.startswith(path):
            return admins[path]
    return None
