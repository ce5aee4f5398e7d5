"""What completing a course takes, beyond its lessons.

A course is complete when every required lesson is completed and every
requirement registered here is met. The quizzes app registers "required
quizzes passed"; until then, lessons alone decide.

    from courses.completion import completion_requirement

    @completion_requirement
    def required_quizzes_passed(*, user, course_key):
        return ...  # True when this user meets it for this course
"""

_requirements = []


def completion_requirement(function):
    _requirements.append(function)
    return function


def completion_requirements_met(*, user, course_key):
    return all(requirement(user=user, course_key=course_key) for requirement in _requirements)
