import uuid

from django.conf import settings
from django.contrib import messages
from django.db import models
from django.db.models import Q
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Orderable, Page, TranslatableMixin

from academy.base.panels import TranslationStatusPanel
from academy.base.routing import ReaderLanguageUrlMixin
from protocols.choosers import ClauseIdsField

from .constants import AttemptStatus, FeedbackTiming, QuestionKind, QuizRole, Scoring


class Question(TranslatableMixin, ClusterableModel):
    """A question in the bank. A translation shares its translation key, and each option
    keeps its key across translations, so an answer in Russian scores the same quiz."""

    kind = models.CharField(_("type"), max_length=12, choices=QuestionKind.choices,
                            default=QuestionKind.SINGLE)
    scoring = models.CharField(_("scoring"), max_length=16, choices=Scoring.choices,
                               default=Scoring.ALL_OR_NOTHING,
                               help_text=_("For multiple choice and ordering: all or nothing, "
                                           "or partial credit (for ordering, a share for each "
                                           "pair of steps in the right order)."))
    case_text = models.TextField(_("case (optional)"), blank=True,
                                 help_text=_("A short situation shown before the question."))
    prompt = models.TextField(_("question"))
    explanation = models.TextField(_("explanation"),
                                   help_text=_("The victim-centred reasoning, shown after the "
                                               "attempt."))
    content_note = models.BooleanField(
        _("describes violence"), default=False,
        help_text=_("Shows a content note, with a link to support, before the question."))
    legal_references = ParentalManyToManyField(
        "protocols.LegalReference", blank=True, verbose_name=_("legal basis"),
        help_text=_("The provisions the question or its explanation names; shown with the "
                    "explanation."))
    topics = ParentalManyToManyField("protocols.Topic", blank=True, verbose_name=_("topics"))
    difficulty = models.PositiveSmallIntegerField(_("difficulty"), default=1,
                                                  choices=[(1, "1"), (2, "2"), (3, "3")])
    clause_ids = ClauseIdsField(_("protocol clauses to reread"), default=list, blank=True,
                                help_text=_("The clauses a learner should reread, chosen by "
                                            "protocol and clause number. Hold Ctrl (⌘ on a "
                                            "Mac) to choose more than one."))

    panels = [
        FieldPanel("kind"), FieldPanel("scoring"), FieldPanel("content_note"),
        FieldPanel("case_text"), FieldPanel("prompt"),
        InlinePanel("options", label=_("Options"),
                    help_text=_("For “put in order”, list the steps in the correct order.")),
        FieldPanel("explanation"), FieldPanel("legal_references"), FieldPanel("topics"),
        FieldPanel("difficulty"),
        FieldPanel("clause_ids"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("question")
        verbose_name_plural = _("questions")

    def __str__(self):
        return self.prompt[:80]

    def translation_text(self, options=None):
        """The words a translator translates, for telling when a translation is behind."""
        options = self.options.all() if options is None else options
        parts = [self.case_text, self.prompt, self.explanation]
        parts += [f"{o.text}|{o.explanation}|{o.is_correct}" for o in options]
        return "\n".join(parts)


class QuestionOption(Orderable):
    question = ParentalKey(Question, on_delete=models.CASCADE, related_name="options")
    key = models.UUIDField(default=uuid.uuid4, editable=False)
    text = models.CharField(_("option"), max_length=500)
    is_correct = models.BooleanField(_("correct"), default=False)
    explanation = models.CharField(_("why"), max_length=600, blank=True)

    panels = [FieldPanel("text"), FieldPanel("is_correct"), FieldPanel("explanation")]

    class Meta(Orderable.Meta):
        verbose_name = _("option")

    def __str__(self):
        return self.text


class QuizPage(ReaderLanguageUrlMixin, RoutablePageMixin, Page):
    """A quiz placed in a module or at the end of a course."""

    intro = models.TextField(_("introduction"), blank=True)
    role = models.CharField(_("role"), max_length=10, choices=QuizRole.choices,
                            default=QuizRole.QUIZ)
    required = models.BooleanField(_("required to complete the course"), default=True)
    pass_mark = models.PositiveSmallIntegerField(_("pass mark (%)"), default=70)
    max_attempts = models.PositiveSmallIntegerField(_("attempts allowed"), default=3,
                                                    help_text=_("0 for unlimited."))
    time_limit_minutes = models.PositiveSmallIntegerField(_("time limit (minutes)"), default=0,
                                                          help_text=_("0 for none."))
    questions = ParentalManyToManyField(Question, blank=True, verbose_name=_("fixed questions"))
    draw_count = models.PositiveSmallIntegerField(
        _("or draw this many at random"), default=0,
        help_text=_("0 to use the fixed questions; otherwise drawn from the topics below."))
    draw_topics = ParentalManyToManyField("protocols.Topic", blank=True, related_name="+",
                                          verbose_name=_("draw from topics"))
    shuffle_options = models.BooleanField(_("shuffle options"), default=True)
    feedback = models.CharField(_("show feedback"), max_length=12,
                                choices=FeedbackTiming.choices, default=FeedbackTiming.AFTER_EACH)

    content_panels = Page.content_panels + [
        TranslationStatusPanel(heading=_("Translations")),
        FieldPanel("intro"),
        MultiFieldPanel([FieldPanel("role"), FieldPanel("required"), FieldPanel("pass_mark"),
                         FieldPanel("max_attempts"), FieldPanel("time_limit_minutes"),
                         FieldPanel("shuffle_options"), FieldPanel("feedback")],
                        heading=_("Rules")),
        FieldPanel("questions"),
        MultiFieldPanel([FieldPanel("draw_count"), FieldPanel("draw_topics")],
                        heading=_("Random questions")),
    ]
    parent_page_types = ["courses.CoursePage", "courses.ModulePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("quiz")
        verbose_name_plural = _("quizzes")

    def get_context(self, request, *args, **kwargs):
        from .selectors import quiz_page_context

        context = super().get_context(request, *args, **kwargs)
        context.update(quiz_page_context(quiz=self, request=request))
        return context

    @path("")
    def quiz_home(self, request):
        """A quiz as plain forms: start, answer, submit, read the results. Scored on the
        server; a CMS preview only shows the quiz's first page."""
        if getattr(request, "is_preview", False):
            return self.render(request)
        from accounts.decorators import profile_redirect

        refused = profile_redirect(request)
        if refused:
            return refused
        context = self.get_context(request)
        if request.method == "POST":
            return self._post(request, context)
        result = request.GET.get("result")
        if result:
            from .selectors import attempt_feedback, attempt_result_get

            attempt = attempt_result_get(user=request.user, quiz=self, number=result)
            if attempt is None:
                raise Http404
            context.update({"result": attempt, "feedback": attempt_feedback(
                attempt, self, open_attempt=context["open_attempt"])})
            return TemplateResponse(request, "quizzes/quiz_result.html", context)
        open_attempt = context["open_attempt"]
        if open_attempt is not None:
            from .selectors import attempt_form_items

            remaining = None
            if open_attempt.deadline:
                seconds = max(0, int((open_attempt.deadline - timezone.now()).total_seconds()))
                remaining = -(-seconds // 60)  # whole minutes, rounded up: "30", not "1799 s"
            context.update({"items": attempt_form_items(open_attempt), "remaining": remaining,
                            "deadline": open_attempt.deadline})
            return TemplateResponse(request, "quizzes/quiz_attempt.html", context)
        if context["attempts_left"] == 0 and not context["passed"]:
            messages.info(request, _("You have used all your attempts at this quiz."))
        return TemplateResponse(request, self.get_template(request), context)

    def _post(self, request, context):
        from .services import QuizError, attempt_answers_parse, attempt_start, attempt_submit

        action = request.POST.get("action")
        course = context["course"]
        try:
            if action == "start":
                attempt_start(user=request.user, quiz=self,
                              course_key=course.translation_key if course else None)
                return redirect(self.get_url(request))
            if action == "submit":
                attempt = Attempt.objects.filter(
                    user=request.user, quiz_key=self.translation_key,
                    pk=request.POST.get("attempt") or 0).first()
                if attempt is None:
                    raise Http404
                answers = attempt_answers_parse(attempt=attempt, data=request.POST)
                attempt = attempt_submit(attempt=attempt, answers=answers)
                return redirect(f"{self.get_url(request)}?result={attempt.number}")
        except QuizError as error:
            context["error"] = str(error)
            return TemplateResponse(request, "quizzes/quiz_page.html", context,
                                    status=error.status)
        raise Http404


class Attempt(models.Model):
    """One attempt at a quiz (any language). The drawn questions and option order are fixed
    on the server when it starts; it is scored once, on the server, on submission."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL,
                             related_name="quiz_attempts")
    quiz_key = models.UUIDField(_("quiz"), db_index=True)
    course_key = models.UUIDField(_("course"), null=True, blank=True)
    number = models.PositiveSmallIntegerField(_("attempt"))
    items = models.JSONField(_("questions and option order"), default=list)
    language = models.CharField(_("language"), max_length=5)
    started_at = models.DateTimeField(_("started at"), default=timezone.now)
    deadline = models.DateTimeField(_("deadline"), null=True, blank=True)
    submitted_at = models.DateTimeField(_("submitted at"), null=True, blank=True)
    status = models.CharField(_("status"), max_length=16, choices=AttemptStatus.choices,
                              default=AttemptStatus.OPEN)
    score = models.DecimalField(_("score (%)"), max_digits=5, decimal_places=1, null=True,
                                blank=True)
    passed = models.BooleanField(_("passed"), null=True)
    institution = models.ForeignKey("institutions.Institution", null=True, blank=True,
                                    on_delete=models.SET_NULL, related_name="+")
    profession = models.CharField(_("profession"), max_length=30, blank=True)

    class Meta:
        verbose_name = _("attempt")
        verbose_name_plural = _("attempts")
        constraints = [
            models.UniqueConstraint(fields=["user", "quiz_key", "number"],
                                    name="quizzes_attempt_number_once"),
            models.UniqueConstraint(fields=["user", "quiz_key"], condition=Q(status="open"),
                                    name="quizzes_one_open_attempt"),
        ]

    def __str__(self):
        return f"{self.user} #{self.number} {self.status}"


class AttemptAnswer(models.Model):
    """One answer, with what reports need: correct or not, the learner's institution and
    profession at the time, and the clauses behind the question."""

    attempt = models.ForeignKey(Attempt, on_delete=models.CASCADE, related_name="answers")
    question_key = models.UUIDField(_("question"))
    response = models.JSONField(_("response"), default=dict)
    points = models.DecimalField(_("points"), max_digits=4, decimal_places=3, null=True)
    correct = models.BooleanField(_("correct"), null=True)
    institution = models.ForeignKey("institutions.Institution", null=True, blank=True,
                                    on_delete=models.SET_NULL, related_name="+")
    profession = models.CharField(_("profession"), max_length=30, blank=True)
    clause_ids = models.JSONField(_("clauses"), default=list)
    marked_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                                  on_delete=models.SET_NULL, related_name="+")

    class Meta:
        verbose_name = _("answer")
        verbose_name_plural = _("answers")
        constraints = [models.UniqueConstraint(fields=["attempt", "question_key"],
                                               name="quizzes_answer_once")]

    def __str__(self):
        return f"{self.attempt_id} {self.question_key} {self.correct}"
