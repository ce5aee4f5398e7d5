"""A quiz published or unpublished changes what its course teaches: its outline (the
clauses its questions cite) is refreshed, as courses does for its own pages."""
from wagtail.signals import page_published, page_unpublished

from courses.selectors import course_of
from courses.services import course_outline_refresh

from .models import QuizPage


def _refresh(sender, instance, **kwargs):
    course = course_of(instance)
    if course is not None:
        course_outline_refresh(course=course)


page_published.connect(_refresh, sender=QuizPage, dispatch_uid="outline-pub-QuizPage")
page_unpublished.connect(_refresh, sender=QuizPage, dispatch_uid="outline-unpub-QuizPage")
