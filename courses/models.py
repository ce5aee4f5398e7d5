import secrets

from django.conf import settings
from django.contrib import messages
from django.core.paginator import Paginator
from django.core.validators import MaxValueValidator
from django.db import models
from django.db.models import Q
from django.http import Http404
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page

from academy.base.panels import TranslationStatusPanel
from academy.base.routing import ChildRouteMixin, ReaderLanguageUrlMixin, untranslated_find
from academy.base.storage import private_storage

from .blocks import LessonBlock
from .constants import CertificateStatus, EnrolmentSource, Renewal


class CourseIndexPage(ChildRouteMixin, Page):
    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + [FieldPanel("intro")]

    parent_page_types = ["base.HomePage"]
    subpage_types = ["courses.CoursePage"]

    @property
    def child_model(self):
        return CoursePage
    max_count_per_parent = 1

    def route(self, request, path_components):
        """A course not yet translated into this language is served from the language it
        exists in, with a notice, under this language's prefix (its lessons and quizzes
        too), instead of a 404."""
        try:
            return super().route(request, path_components)
        except Http404:
            if not path_components:
                raise
            course = untranslated_find(model=CoursePage, index_page=self,
                                       slug=path_components[0])
            if course is None:
                raise
            request.academy_fallback_language = self.locale.language_code
            return course.route(request, path_components[1:])
    per_page = 20

    class Meta:
        verbose_name = _("course index page")

    def get_context(self, request, *args, **kwargs):
        from protocols.forms import ProtocolFilterForm

        from .selectors import courses_for_index

        context = super().get_context(request, *args, **kwargs)
        form = ProtocolFilterForm(request.GET or None)
        filters = form.cleaned_data if form.is_valid() else {}
        # Search text with no word in it is refused beside the box; listing
        # everything instead would look as if it had matched.
        courses = [] if form.has_error("q") else courses_for_index(index_page=self, **filters)
        # Courses not yet in this language link to their pages under this language's prefix.
        request.academy_fallback_language = self.locale.language_code
        context["filter_form"] = form
        context["page_obj"] = Paginator(courses, self.per_page).get_page(request.GET.get("page"))
        return context


class CoursePage(ReaderLanguageUrlMixin, RoutablePageMixin, ChildRouteMixin, Page):
    description = models.TextField(_("description"), max_length=2000)
    audiences = ParentalManyToManyField("protocols.Audience", blank=True,
                                        verbose_name=_("audiences"))
    topics = ParentalManyToManyField("protocols.Topic", blank=True, verbose_name=_("topics"))
    protocols = ParentalManyToManyField("protocols.ProtocolPage", blank=True,
                                        related_name="courses", verbose_name=_("protocols taught"))
    prerequisites = ParentalManyToManyField("self", blank=True, symmetrical=False,
                                            verbose_name=_("prerequisites"))
    duration_minutes = models.PositiveIntegerField(_("estimated duration (minutes)"), default=60)
    certificate_enabled = models.BooleanField(_("issue a certificate"), default=True)
    certificate_valid_months = models.PositiveSmallIntegerField(
        _("certificates valid for (months)"), default=0,
        validators=[MaxValueValidator(120)],
        help_text=_("0: certificates do not expire. Otherwise learners are reminded before "
                    "the end, and renew as chosen below."))
    renewal = models.CharField(_("renewal after expiry"), max_length=10,
                               choices=Renewal.choices, default=Renewal.REFRESHER)

    content_panels = Page.content_panels + [
        TranslationStatusPanel(heading=_("Translations")),
        FieldPanel("description"),
        MultiFieldPanel([FieldPanel("duration_minutes"), FieldPanel("certificate_enabled"),
                         FieldPanel("certificate_valid_months"), FieldPanel("renewal")],
                        heading=_("Course")),
        FieldPanel("audiences"),
        FieldPanel("topics"),
        FieldPanel("protocols"),
        FieldPanel("prerequisites"),
    ]

    parent_page_types = ["courses.CourseIndexPage"]
    subpage_types = ["courses.ModulePage", "quizzes.QuizPage"]

    @property
    def child_model(self):
        return ModulePage

    def route(self, request, path_components):
        # Lessons below reuse the course found while routing.
        request.academy_course = self
        return super().route(request, path_components)

    class Meta:
        verbose_name = _("course")
        verbose_name_plural = _("courses")

    def get_context(self, request, *args, **kwargs):
        from .selectors import course_page_context

        context = super().get_context(request, *args, **kwargs)
        context.update(course_page_context(course=self, request=request))
        return context

    @path("")
    def course_home(self, request):
        """The course page; a POST enrols the learner (once) and comes back to it."""
        if request.method != "POST" or getattr(request, "is_preview", False):
            return self.render(request)
        from accounts.decorators import profile_redirect

        from .selectors import prerequisites_missing
        from .services import course_enrol

        refused = profile_redirect(request)
        if refused:
            return refused
        missing = prerequisites_missing(user=request.user, course=self)
        if missing:
            messages.error(request, _("Complete these courses first: %(courses)s.")
                           % {"courses": ", ".join(c.title for c in missing)})
            return redirect(self.get_url(request))
        _enrolment, created = course_enrol(user=request.user, course=self)
        if created:
            messages.success(request, _("You are enrolled in “%(course)s”.")
                             % {"course": self.title})
        return redirect(self.get_url(request))


class ModulePage(ReaderLanguageUrlMixin, ChildRouteMixin, Page):
    intro = models.TextField(_("introduction"), blank=True, max_length=1000)

    content_panels = Page.content_panels + [
        TranslationStatusPanel(heading=_("Translations")), FieldPanel("intro")]
    parent_page_types = ["courses.CoursePage"]
    subpage_types = ["courses.LessonPage", "quizzes.QuizPage"]

    @property
    def child_model(self):
        return LessonPage

    class Meta:
        verbose_name = _("module")
        verbose_name_plural = _("modules")

    def serve(self, request, *args, **kwargs):
        # A module is a heading in its course, not a page of its own.
        return redirect(self.get_parent().get_url(request) + f"#module-{self.pk}")


class LessonPage(ReaderLanguageUrlMixin, RoutablePageMixin, Page):
    minutes = models.PositiveIntegerField(_("minutes"), default=10)
    required = models.BooleanField(_("required for completion"), default=True)
    body = StreamField(LessonBlock(), verbose_name=_("body"))

    content_panels = Page.content_panels + [
        TranslationStatusPanel(heading=_("Translations")),
        MultiFieldPanel([FieldPanel("minutes"), FieldPanel("required")], heading=_("Lesson")),
        FieldPanel("body"),
    ]
    parent_page_types = ["courses.ModulePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("lesson")
        verbose_name_plural = _("lessons")

    def get_context(self, request, *args, **kwargs):
        from .selectors import lesson_page_context

        context = super().get_context(request, *args, **kwargs)
        context.update(lesson_page_context(lesson=self, request=request))
        return context

    @path("")
    def lesson_home(self, request):
        """Lessons are for signed-in learners with a profile: opening one enrols and records
        it; a POST marks it done and moves on. Plain links and forms. A preview in the CMS
        only shows it."""
        if getattr(request, "is_preview", False):
            return self.render(request)
        from accounts.decorators import profile_redirect

        from .selectors import course_of
        from .services import course_outline_for, lesson_finish, lesson_open

        refused = profile_redirect(request)
        if refused:
            return refused
        course = getattr(request, "academy_course", None)
        if course is None or not self.is_descendant_of(course):
            course = course_of(self)
        if course is None:
            raise Http404
        request.academy_course = course  # the page's context reuses it
        outline = course_outline_for(course.translation_key)
        if request.method != "POST":
            lesson_open(user=request.user, lesson=self, course=course, outline=outline)
            return self.render(request)
        if lesson_finish(user=request.user, lesson=self, course=course, outline=outline):
            messages.success(request, _("Well done: you have completed “%(course)s”.")
                             % {"course": course.title})
            return redirect(course.get_url(request))
        target = request.POST.get("next", "")
        if url_has_allowed_host_and_scheme(target, allowed_hosts=None):
            return redirect(target)
        return redirect(course.get_url(request))


class CourseOutline(models.Model):
    """A course's lessons in order, keyed on translation keys, kept at publish time, so
    that progress writes and dashboards never walk the page tree."""

    course_key = models.UUIDField(_("course"), unique=True)
    lessons = models.JSONField(_("lessons"), default=list)  # [{"key", "module_key", "required"}]
    required_count = models.PositiveIntegerField(_("required lessons"), default=0)
    revision = models.PositiveIntegerField(_("revision"), default=0)
    # The protocol clauses the course teaches: excerpted by its lessons or cited by its
    # questions (courses.completion registers the questions' side); for protocol currency.
    clause_ids = models.JSONField(_("protocol clauses taught"), default=list, blank=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("course outline")
        verbose_name_plural = _("course outlines")

    def __str__(self):
        return str(self.course_key)

    @property
    def required_keys(self):
        return [lesson["key"] for lesson in self.lessons if lesson["required"]]


class Enrolment(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL,
                             related_name="enrolments")
    course_key = models.UUIDField(_("course"))
    source = models.CharField(_("how"), max_length=10, choices=EnrolmentSource.choices,
                              default=EnrolmentSource.SELF)
    enrolled_at = models.DateTimeField(_("enrolled at"), default=timezone.now)
    assigned_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                                    on_delete=models.SET_NULL, related_name="+")
    due_date = models.DateField(_("due date"), null=True, blank=True)
    institution = models.ForeignKey("institutions.Institution", null=True, blank=True,
                                    on_delete=models.SET_NULL, related_name="+")

    class Meta:
        verbose_name = _("enrolment")
        verbose_name_plural = _("enrolments")
        constraints = [models.UniqueConstraint(fields=["user", "course_key"],
                                               name="courses_enrolment_once")]

    def __str__(self):
        return f"{self.user} → {self.course_key}"


class LessonProgress(models.Model):
    """One row per learner and lesson (any language): started, then completed, once."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL,
                             related_name="lesson_progress")
    lesson_key = models.UUIDField(_("lesson"))
    course_key = models.UUIDField(_("course"), db_index=True)
    started_at = models.DateTimeField(_("started at"), default=timezone.now)
    completed_at = models.DateTimeField(_("completed at"), null=True, blank=True)

    class Meta:
        verbose_name = _("lesson progress")
        verbose_name_plural = _("lesson progress")
        constraints = [models.UniqueConstraint(fields=["user", "lesson_key"],
                                               name="courses_lesson_progress_once")]

    def __str__(self):
        return f"{self.user} {self.lesson_key}"


class CourseProgress(models.Model):
    """The summary a learner's dashboard and every report reads: written at event time."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL,
                             related_name="course_progress")
    course_key = models.UUIDField(_("course"))
    lessons_completed = models.PositiveIntegerField(_("lessons completed"), default=0)
    lessons_required = models.PositiveIntegerField(_("lessons required"), default=0)
    percent = models.PositiveSmallIntegerField(_("percent complete"), default=0)
    last_lesson_key = models.UUIDField(_("last lesson"), null=True, blank=True)
    started_at = models.DateTimeField(_("started at"), default=timezone.now)
    last_activity_at = models.DateTimeField(_("last activity"), default=timezone.now)
    completed_at = models.DateTimeField(_("completed at"), null=True, blank=True)
    institution = models.ForeignKey("institutions.Institution", null=True, blank=True,
                                    on_delete=models.SET_NULL, related_name="+",
                                    verbose_name=_("institution at completion"))
    completed_revision = models.PositiveIntegerField(_("content revision completed"), null=True,
                                                     blank=True)
    # Set when the course must be refreshed (a protocol it teaches changed in substance, or
    # the certificate expired); cleared when the refresher is passed. The completion stays.
    refresher_needed_at = models.DateTimeField(_("refresher needed since"), null=True,
                                               blank=True)
    refreshed_at = models.DateTimeField(_("last refreshed"), null=True, blank=True)

    class Meta:
        verbose_name = _("course progress")
        verbose_name_plural = _("course progress")
        constraints = [
            models.UniqueConstraint(fields=["user", "course_key"],
                                    name="courses_course_progress_once"),
            models.CheckConstraint(condition=Q(percent__lte=100),
                                   name="courses_course_progress_percent_range"),
        ]
        indexes = [models.Index(fields=["course_key", "completed_at"])]

    def __str__(self):
        return f"{self.user} {self.course_key} {self.percent}%"


def _certificate_code():
    return secrets.token_hex(6).upper()


class Certificate(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL,
                             related_name="certificates")
    course_key = models.UUIDField(_("course"))
    code = models.CharField(_("verification code"), max_length=20, unique=True,
                            default=_certificate_code)
    learner_name = models.CharField(_("name"), max_length=200)
    course_title = models.CharField(_("course"), max_length=255)
    language = models.CharField(_("language"), max_length=5)
    issued_at = models.DateTimeField(_("issued at"), default=timezone.now)
    status = models.CharField(_("status"), max_length=12, choices=CertificateStatus.choices,
                              default=CertificateStatus.VALID)
    file = models.FileField(_("file"), upload_to="certificates/", blank=True,
                            storage=private_storage)
    expires_at = models.DateTimeField(_("expires at"), null=True, blank=True)
    # When a protocol the course teaches changed in substance after this was issued: it
    # certifies the course as it was before.
    outdated_at = models.DateTimeField(_("for an earlier version since"), null=True,
                                       blank=True)

    class Meta:
        verbose_name = _("certificate")
        verbose_name_plural = _("certificates")
        constraints = [
            models.UniqueConstraint(fields=["user", "course_key"], condition=Q(status="valid"),
                                    name="courses_one_valid_certificate"),
        ]

    def __str__(self):
        return f"{self.code} {self.learner_name}"

    @property
    def expired(self):
        return self.expires_at is not None and self.expires_at <= timezone.now()
