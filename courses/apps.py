from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoursesConfig(AppConfig):
    name = "courses"
    verbose_name = _("Courses")

    def ready(self):
        from academy.base.translations import page_rows, translation_sections_provider

        from . import receivers  # noqa: F401  (keeps course outlines current at publish)
        from .models import CoursePage, LessonPage, ModulePage

        def course_translations(*, language, status):
            return (_("Courses, modules and lessons"),
                    page_rows([CoursePage, ModulePage, LessonPage], language=language,
                              status=status))

        translation_sections_provider(course_translations)
