from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import AttemptAnswer, Question
from .services import answer_mark


class QuestionViewSet(SnippetViewSet):
    model = Question
    icon = "help"
    menu_label = gettext_lazy("Question bank")
    add_to_admin_menu = True
    menu_order = 250
    list_display = ["prompt", "kind", "difficulty", "locale"]
    list_filter = ["kind", "difficulty", "locale"]
    search_fields = ["prompt"]


register_snippet(QuestionViewSet)


def _can_mark(user):
    """Moderators and reviewers (settings.QUIZ_MARKING_GROUPS), or anyone given the right."""
    return user.is_authenticated and (
        user.has_perm("quizzes.change_attemptanswer")
        or user.groups.filter(name__in=settings.QUIZ_MARKING_GROUPS).exists())


QUEUE_LENGTH = 50


def marking(request):
    """Free-text answers waiting for a reviewer, oldest first: each with its question in the
    language it was answered in, the course, the kind of institution and the date, and never
    the learner's name. The answer's text is shown sanitised."""
    if not _can_mark(request.user):
        raise PermissionDenied
    from .selectors import marking_queue

    rows, waiting = marking_queue(limit=QUEUE_LENGTH)
    return render(request, "quizzes/admin/marking.html", {"rows": rows, "waiting": waiting})


@require_POST
def mark(request, pk):
    if not _can_mark(request.user):
        raise PermissionDenied
    answer = get_object_or_404(AttemptAnswer, pk=pk, points__isnull=True)
    answer_mark(answer=answer, reviewer=request.user, correct=request.POST.get("correct") == "1")
    # Back to the queue, at the next answer (the keyboard carries on from there).
    following = (AttemptAnswer.objects.filter(points__isnull=True, attempt__submitted_at__gte=
                                              answer.attempt.submitted_at)
                 .exclude(pk=answer.pk).order_by("attempt__submitted_at", "pk")
                 .values_list("pk", flat=True).first())
    url = reverse("quizzes_marking")
    return redirect(f"{url}#answer-{following}" if following else url)


@hooks.register("register_admin_urls")
def register_marking_urls():
    return [path("quizzes/marking/", marking, name="quizzes_marking"),
            path("quizzes/marking/<int:pk>/", mark, name="quizzes_mark")]


class MarkingMenuItem(MenuItem):
    def is_shown(self, request):
        return _can_mark(request.user)


@hooks.register("register_admin_menu_item")
def register_marking_menu_item():
    return MarkingMenuItem(_("Free-text marking"), reverse("quizzes_marking"), icon_name="edit",
                           order=260)
