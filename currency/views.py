from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from accounts.decorators import profile_required
from protocols.services import protocol_acknowledge
from quizzes.selectors import attempt_form_items
from quizzes.services import QuizError, attempt_answers_parse, items_score

from .selectors import course_refresher_context, refresher_context
from .services import course_refresher_fail, course_refresher_pass


@login_required
def refresher(request, translation_key):
    """The changed clauses of a protocol since the version this learner confirmed; then
    they confirm the new one."""
    context = refresher_context(user=request.user, translation_key=translation_key)
    if context is None or context["page"] is None:
        messages.info(request, _("You are up to date with this protocol."))
        return redirect("dashboard")
    if request.method == "POST":
        protocol_acknowledge(user=request.user, page=context["page"])
        messages.success(request, _("Thank you: you have confirmed version %(version)s.") % {
            "version": context["version"].number})
        return redirect("dashboard")
    return render(request, "currency/refresher.html", context)


class _Drawn:
    """The refresher quiz's questions, shaped as an attempt for the quiz forms."""

    def __init__(self, items):
        self.items = items


@profile_required
def course_refresher(request, course_key):
    """What changed in the clauses a completed course teaches (or, after a certificate
    expired, the whole course), and a short quiz on them, scored here; passing it brings
    the course current again and renews the certificate."""
    context = course_refresher_context(user=request.user, course_key=course_key)
    if context is None:
        messages.info(request, _("This course is up to date for you."))
        return redirect("dashboard")
    course, status = context["course"], 200
    if request.method == "POST" and context["lessons_left"]:
        context["error"], status = _("Read every lesson of the course again first."), 409
    elif request.method == "POST":
        drawn = _Drawn(context["items"])
        try:
            answers = attempt_answers_parse(attempt=drawn, data=request.POST)
        except QuizError as error:
            context["error"], status = str(error), error.status
        else:
            score = items_score(items=drawn.items, answers=answers) if drawn.items else None
            if score is None or score >= context["pass_mark"]:
                course_refresher_pass(user=request.user, course_key=course.translation_key)
                done = (_("“%(course)s” is up to date for you again. A new certificate is on "
                          "its way.") if course.certificate_enabled else
                        _("“%(course)s” is up to date for you again."))
                messages.success(request, done % {"course": course.title})
                return redirect(course.get_url(request))
            course_refresher_fail(user=request.user, course_key=course.translation_key,
                                  score=score)
            messages.error(request, _("You scored %(score)s%%; the refresher needs "
                                      "%(mark)s%%. Read the changes again and answer the new "
                                      "questions below.") % {
                "score": score, "mark": context["pass_mark"]})
            return redirect("currency:course_refresher", course_key=course.translation_key)
    context["form_items"] = attempt_form_items(_Drawn(context["items"]))
    return render(request, "currency/course_refresher.html", context, status=status)
