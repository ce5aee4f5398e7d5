from .constants import QuizRole


def required_quizzes_passed(*, user, course_key):
    """A course's required quizzes (a pre-test never counts) must each have a passed attempt."""
    from courses.models import CoursePage

    from .models import Attempt, QuizPage

    course = CoursePage.objects.filter(translation_key=course_key).first()
    if course is None:
        return True
    required = set(QuizPage.objects.live().descendant_of(course).filter(required=True)
                   .exclude(role=QuizRole.PRE_TEST).values_list("translation_key", flat=True))
    if not required:
        return True
    passed = set(Attempt.objects.filter(user=user, quiz_key__in=required, passed=True)
                 .values_list("quiz_key", flat=True))
    return required <= passed
