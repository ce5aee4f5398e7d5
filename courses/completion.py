"""What a course holds and takes beyond its lessons, as other apps register it.

A course is complete when every required lesson is completed and every
requirement registered here is met. The quizzes app registers "required
quizzes passed"; until then, lessons alone decide. It also registers the
activities listed on the course page (its quizzes, with whether the learner has
passed each), so that courses never import quizzes.

    from courses.completion import completion_requirement

    @completion_requirement
    def required_quizzes_passed(*, user, course_key):
        return ...  # True when this user meets it for this course
"""

_requirements = []
_activities = []
_clause_sources = []


def completion_requirement(function):
    if function not in _requirements:
        _requirements.append(function)
    return function


def completion_requirements_met(*, user, course_key):
    return all(requirement(user=user, course_key=course_key) for requirement in _requirements)


def course_activities_provider(function):
    """Register `function(*, user, course)`, returning [{"page": ..., "passed": bool}]."""
    if function not in _activities:
        _activities.append(function)
    return function


def course_activities(*, user, course):
    return [item for provider in _activities for item in provider(user=user, course=course)]


def course_clause_ids_provider(function):
    """Register `function(*, course)`, returning the protocol clause ids that something
    in the course cites (the quizzes app: its questions' clauses)."""
    if function not in _clause_sources:
        _clause_sources.append(function)
    return function


def course_clause_ids(*, course):
    return {str(cid) for source in _clause_sources for cid in source(course=course)}
