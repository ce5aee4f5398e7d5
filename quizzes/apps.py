from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class QuizzesConfig(AppConfig):
    name = "quizzes"
    verbose_name = _("Quizzes")

    def ready(self):
        from courses.completion import completion_requirement

        from .completion import required_quizzes_passed

        completion_requirement(required_quizzes_passed)
