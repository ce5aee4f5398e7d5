from wagtail.signals import page_published, page_unpublished

from .models import CoursePage, LessonPage, ModulePage
from .services import course_outline_refresh


def _refresh(sender, instance, **kwargs):
    course = instance if isinstance(instance, CoursePage) else CoursePage.objects.filter(
        path__in=[instance.path[: length] for length in range(4, len(instance.path), 4)]).first()
    if course is not None:
        course_outline_refresh(course=course)


for model in (CoursePage, ModulePage, LessonPage):
    page_published.connect(_refresh, sender=model, dispatch_uid=f"outline-pub-{model.__name__}")
    page_unpublished.connect(_refresh, sender=model, dispatch_uid=f"outline-unpub-{model.__name__}")
