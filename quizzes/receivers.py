"""A quiz published or unpublished changes what its course teaches (the clauses its
questions cite): the course's outline is refreshed by the receiver courses uses for its own
pages."""
from django.db.models.signals import post_save
from wagtail.signals import page_published, page_unpublished

from academy.base.translations import translation_reflect
from courses.receivers import outline_refresh, translation_note

from .models import Question, QuizPage

page_published.connect(outline_refresh, sender=QuizPage, dispatch_uid="outline-pub-QuizPage")
page_unpublished.connect(outline_refresh, sender=QuizPage, dispatch_uid="outline-unpub-QuizPage")
page_published.connect(translation_note, sender=QuizPage, dispatch_uid="tr-QuizPage")


def question_note(sender, instance, raw=False, **kwargs):
    """A translator saved a question's translation: note the source text it reflects."""
    if not raw:
        translation_reflect(instance)


post_save.connect(question_note, sender=Question, dispatch_uid="tr-Question")
