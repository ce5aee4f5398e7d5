from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class QuizzesConfig(AppConfig):
    name = "quizzes"
    verbose_name = _("Quizzes")

    def ready(self):
        from courses.completion import (
            completion_requirement,
            course_activities_provider,
            course_clause_ids_provider,
        )

        from . import receivers  # noqa: F401  (a published quiz refreshes its course outline)
        from .completion import required_quizzes_passed
        from .selectors import course_question_clause_ids, course_quizzes

        completion_requirement(required_quizzes_passed)
        course_activities_provider(course_quizzes)
        course_clause_ids_provider(course_question_clause_ids)
