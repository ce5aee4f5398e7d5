"""Domain events: each service that changes a learner's training sends its event, after
commit only, with the ids, the time and the institution at that moment."""

import pytest
from django.db import transaction
from django.utils import timezone

from academy import events
from accounts.services import profile_save
from courses.services import course_assign, course_enrol
from institutions.models import Membership
from institutions.services import membership_end
from quizzes.models import AttemptAnswer
from quizzes.services import answer_mark, attempt_start, attempt_submit
from tests.factories import (
    UserFactory,
    complete_course,
    make_course,
    make_home_page,
    make_learner,
    make_question,
    make_quiz,
    make_tree,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def heard(monkeypatch):
    """Every event delivered, in order, through a subscriber of every type."""
    received = []
    monkeypatch.setattr(events, "_subscribers", events.defaultdict(list))
    events.event_subscribe(events.DomainEvent, received.append)
    return received


@pytest.fixture
def world():
    index = make_home_page().get_children().get(slug="courses").specific
    tree = make_tree()
    return {**tree, "course": make_course(index, modules=[("Why", ["One", "Two"])])}


def test_nothing_is_heard_before_commit_or_after_a_rollback(heard, world,
                                                            django_capture_on_commit_callbacks):
    learner = make_learner(world["almaty"])
    with django_capture_on_commit_callbacks(execute=False) as pending:
        course_enrol(user=learner, course=world["course"])
        assert heard == []  # still inside the transaction
    assert len(pending) == 1
    other = make_learner(world["almaty"])
    with django_capture_on_commit_callbacks(execute=True):
        with pytest.raises(RuntimeError), transaction.atomic():
            course_enrol(user=other, course=world["course"])
            raise RuntimeError("rolled back")
    assert heard == []


def test_training_events_carry_ids_time_and_institution_then(heard, world,
                                                             django_capture_on_commit_callbacks):
    course, almaty, astana = world["course"], world["almaty"], world["astana"]
    learner = make_learner(almaty)
    admin = UserFactory()
    before = timezone.now()
    with django_capture_on_commit_callbacks(execute=True):
        course_enrol(user=learner, course=course)
        course_assign(memberships=Membership.objects.filter(user=learner), course=course,
                      assigned_by=admin, due_date=None)
        complete_course(learner, course)
        membership_end(membership=Membership.objects.get(user=learner), actor=admin)
        Membership.objects.create(user=learner, institution=astana, status="active",
                                  started_at=timezone.now())
        profile_save(user=learner, data={"position": "Senior investigator"})
    kinds = [type(e).__name__ for e in heard]
    assert kinds == ["LearnerEnrolled", "CourseAssigned", "LessonCompleted", "LessonCompleted",
                     "CourseCompleted", "MembershipChanged", "ProfileChanged",
                     "CertificateIssued"] or kinds == [
        "LearnerEnrolled", "CourseAssigned", "LessonCompleted", "LessonCompleted",
        "CourseCompleted", "CertificateIssued", "MembershipChanged", "ProfileChanged"]
    for event in heard:
        assert before <= event.at <= timezone.now()
        assert getattr(event, "user_id", None) == learner.pk or learner.pk in event.user_ids
    by_kind = {type(e).__name__: e for e in heard}
    # Training done while in Almaty says Almaty, whatever happens to the learner later.
    assert by_kind["CourseCompleted"].institution_id == almaty.pk
    assert by_kind["CourseCompleted"].course_key == course.translation_key
    assert by_kind["CourseAssigned"].assigned_by_id == admin.pk
    assert by_kind["MembershipChanged"].status == "ended"
    assert by_kind["MembershipChanged"].institution_id == almaty.pk


def test_attempts_and_marks_are_heard_once_each(heard, world, django_capture_on_commit_callbacks):
    course = world["course"]
    quiz = make_quiz(course, [make_question(prompt="Who decides to prosecute?",
                                            options=(("The victim", False),
                                                     ("The prosecutor", True))),
                              make_question("free_text", [], prompt="Why a private room?")])
    learner = make_learner(world["almaty"])
    attempt = attempt_start(user=learner, quiz=quiz)
    text_key = next(i["question"] for i in attempt.items if not i["options"])
    with django_capture_on_commit_callbacks(execute=True):
        attempt_submit(attempt=attempt, answers={text_key: {"text": "So she can speak freely."}})
    submitted = heard[-1]
    assert isinstance(submitted, events.AttemptSubmitted) and submitted.pending_review
    assert submitted.attempt_id == attempt.pk and submitted.institution_id == world["almaty"].pk
    assert set(submitted.question_keys) == {i["question"] for i in attempt.items}
    answer = AttemptAnswer.objects.get(attempt=attempt, question_key=text_key)
    with django_capture_on_commit_callbacks(execute=True):
        answer_mark(answer=answer, reviewer=UserFactory(), correct=True)
        answer_mark(answer=answer, reviewer=UserFactory(), correct=True)  # no change: silent
    marked = [e for e in heard if isinstance(e, events.AnswerMarked)]
    assert len(marked) == 1 and marked[0].answer_id == answer.pk


def test_a_failing_listener_does_not_fail_the_learner_or_the_others(
        monkeypatch, world, django_capture_on_commit_callbacks):
    monkeypatch.setattr(events, "_subscribers", events.defaultdict(list))
    heard = []

    def broken(event):
        raise ValueError("listener bug")

    events.event_subscribe(events.LearnerEnrolled, broken)
    events.event_subscribe(events.LearnerEnrolled, heard.append)
    with django_capture_on_commit_callbacks(execute=True):
        enrolment, created = course_enrol(user=make_learner(), course=world["course"])
    assert created and len(heard) == 1


def test_protocol_publication_and_acknowledgement_are_heard(heard, world,
                                                            django_capture_on_commit_callbacks):
    from protocols.services import protocol_acknowledge
    from tests.factories import make_protocol, republish

    index = world["course"].get_parent().get_parent().get_children().get(
        slug="protocols").specific
    learner = make_learner(world["almaty"])
    with django_capture_on_commit_callbacks(execute=True):
        protocol = make_protocol(index)
        protocol_acknowledge(user=learner, page=protocol)
        protocol_acknowledge(user=learner, page=protocol)  # a repeat is not news
        republish(protocol, summary="A corrected summary.")  # no clause changed
    published = [e for e in heard if isinstance(e, events.ProtocolVersionPublished)]
    assert [(e.version, e.new_version) for e in published] == [(1, True), (1, False)]
    assert published[0].translation_key == protocol.translation_key
    acknowledged = [e for e in heard if isinstance(e, events.ProtocolAcknowledged)]
    assert len(acknowledged) == 1 and acknowledged[0].institution_id == world["almaty"].pk
