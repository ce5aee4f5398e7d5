from wagtail.signals import page_published, page_unpublished

from academy.base.translations import translation_reflect

from .models import CoursePage, LessonPage, ModulePage
from .selectors import course_of
from .services import course_outline_refresh


def outline_refresh(sender, instance, **kwargs):
    """A page of a course (or, connected by quizzes, a quiz in it) was published or
    unpublished: the course's outline follows."""
    course = course_of(instance)
    if course is not None:
        course_outline_refresh(course=course)


def translation_note(sender, instance, **kwargs):
    """A translation of a course page was published: note the source version it reflects."""
    translation_reflect(instance)


for model in (CoursePage, ModulePage, LessonPage):
    page_published.connect(translation_note, sender=model, dispatch_uid=f"tr-{model.__name__}")
    page_published.connect(outline_refresh, sender=model, dispatch_uid=f"outline-pub-{model.__name__}")
    page_unpublished.connect(outline_refresh, sender=model, dispatch_uid=f"outline-unpub-{model.__name__}")
