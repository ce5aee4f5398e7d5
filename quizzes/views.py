from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.decorators import profile_redirect

from .models import Attempt
from .selectors import attempt_feedback, attempt_form_items, attempt_result_get
from .services import QuizError, attempt_answers_parse, attempt_start, attempt_submit


def quiz_serve(request, *, quiz, serve, args, kwargs):
    """A quiz as plain forms: start, answer, submit, read the results."""
    refused = profile_redirect(request)
    if refused:
        return refused
    context = quiz.get_context(request)
    course = context["course"]
    if request.method == "POST":
        action = request.POST.get("action")
        try:
            if action == "start":
                attempt_start(user=request.user, quiz=quiz,
                              course_key=course.translation_key if course else None)
                return redirect(quiz.get_url(request))
            if action == "submit":
                attempt = Attempt.objects.filter(
                    user=request.user, quiz_key=quiz.translation_key,
                    pk=request.POST.get("attempt") or 0).first()
                if attempt is None:
                    raise Http404
                answers = attempt_answers_parse(attempt=attempt, data=request.POST)
                attempt = attempt_submit(attempt=attempt, answers=answers)
                return redirect(f"{quiz.get_url(request)}?result={attempt.number}")
        except QuizError as error:
            context["error"] = str(error)
            return TemplateResponse(request, "quizzes/quiz_page.html", context,
                                    status=error.status)
        raise Http404
    result = request.GET.get("result")
    if result:
        attempt = attempt_result_get(user=request.user, quiz=quiz, number=result)
        if attempt is None:
            raise Http404
        context.update({"result": attempt, "feedback": attempt_feedback(
            attempt, quiz, open_attempt=context["open_attempt"])})
        return TemplateResponse(request, "quizzes/quiz_result.html", context)
    open_attempt = context["open_attempt"]
    if open_attempt is not None:
        remaining = None
        if open_attempt.deadline:
            remaining = max(0, int((open_attempt.deadline - timezone.now()).total_seconds()))
        context.update({"items": attempt_form_items(open_attempt), "remaining": remaining})
        return TemplateResponse(request, "quizzes/quiz_attempt.html", context)
    if context["attempts_left"] == 0 and not context["passed"]:
        messages.info(request, _("You have used all your attempts at this quiz."))
    return serve(request, *args, **kwargs)
