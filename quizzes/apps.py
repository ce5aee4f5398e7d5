from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class QuizzesConfig(AppConfig):
    name = "quizzes"
    verbose_name = _("Quizzes")

    def ready(self):
        from courses.completion import completion_requirement, course_activities_provider

        from .completion import required_quizzes_passed
        from .selectors import course_quizzes

        completion_requirement(required_quizzes_passed)
        course_activities_provider(course_quizzes)
