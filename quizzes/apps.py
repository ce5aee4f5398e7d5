from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class QuizzesConfig(AppConfig):
    name = "quizzes"
    verbose_name = _("Quizzes")

    def ready(self):
        from academy.base.translations import page_rows, translation_sections_provider
        from courses.completion import (
            completion_requirement,
            course_activities_provider,
            course_clause_ids_provider,
        )

        from . import receivers  # noqa: F401  (a published quiz refreshes its course outline)
        from .completion import required_quizzes_passed
        from .models import QuizPage
        from .selectors import course_question_clause_ids, course_quizzes, question_translation_rows

        def quiz_translations(*, language, status):
            return _("Quizzes"), page_rows([QuizPage], language=language, status=status)

        def question_translations(*, language, status):
            return _("Question bank"), question_translation_rows(language=language,
                                                                status=status)

        translation_sections_provider(quiz_translations)
        translation_sections_provider(question_translations)
        completion_requirement(required_quizzes_passed)
        course_activities_provider(course_quizzes)
        course_clause_ids_provider(course_question_clause_ids)
