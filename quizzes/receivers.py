"""A quiz published or unpublished changes what its course teaches (the clauses its
questions cite): the course's outline is refreshed by the receiver courses uses for its own
pages."""
from wagtail.signals import page_published, page_unpublished

from courses.receivers import outline_refresh

from .models import QuizPage

page_published.connect(outline_refresh, sender=QuizPage, dispatch_uid="outline-pub-QuizPage")
page_unpublished.connect(outline_refresh, sender=QuizPage, dispatch_uid="outline-unpub-QuizPage")
