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

from academy.sanitize import html_clean

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
    return user.has_perm("quizzes.change_attemptanswer")


def marking(request):
    """Free-text answers waiting for a reviewer; the text is shown sanitised."""
    if not _can_mark(request.user):
        raise PermissionDenied
    pending = (AttemptAnswer.objects.filter(points__isnull=True)
               .select_related("attempt").order_by("attempt__submitted_at")[:100])
    questions = {str(q.translation_key): q for q in Question.objects.filter(
        translation_key__in=[a.question_key for a in pending])}
    rows = [{"answer": a, "question": questions.get(str(a.question_key)),
             "text": html_clean((a.response or {}).get("text", ""))} for a in pending]
    return render(request, "quizzes/admin/marking.html", {"rows": rows})


@require_POST
def mark(request, pk):
    if not _can_mark(request.user):
        raise PermissionDenied
    answer = get_object_or_404(AttemptAnswer, pk=pk, points__isnull=True)
    answer_mark(answer=answer, reviewer=request.user, correct=request.POST.get("correct") == "1")
    return redirect("quizzes_marking")


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
