from .constants import QuizRole


def required_quizzes_passed(*, user, course_key):
    """A course's required quizzes (a pre-test never counts) must each have a passed attempt."""
    from django.db.models import Q

    from courses.models import CoursePage

    from .models import Attempt, QuizPage

    paths = list(CoursePage.objects.filter(translation_key=course_key)
                 .values_list("path", flat=True))
    if not paths:
        return True
    # Quizzes in any language's copy of the course: a translation is the same quiz.
    under_course = Q()
    for path in paths:
        under_course |= Q(path__startswith=path)
    required = set(QuizPage.objects.live().filter(under_course, required=True)
                   .exclude(role=QuizRole.PRE_TEST).values_list("translation_key", flat=True))
    if not required:
        return True
    passed = set(Attempt.objects.filter(user=user, quiz_key__in=required, passed=True)
                 .values_list("quiz_key", flat=True))
    return required <= passed
