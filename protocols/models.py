from django import forms
from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.db import models, transaction
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.forms import TaskStateCommentForm
from wagtail.models import AbstractGroupApprovalTask, Locale, Page
from wagtail.search import index

from academy.base.i18n import localised
from academy.base.routing import ChildRouteMixin

from .blocks import ProtocolBodyBlock
from .constants import ChangeKind, Instrument
from .panels import TranslationStatusPanel


class NamedInThreeLanguages(models.Model):
    """A small taxonomy entry with its name in each interface language."""

    slug = models.SlugField(_("slug"), max_length=60, unique=True)
    name_en = models.CharField(_("name (English)"), max_length=120)
    name_ru = models.CharField(_("name (Russian)"), max_length=120)
    name_kk = models.CharField(_("name (Kazakh)"), max_length=120)

    panels = [FieldPanel("name_en"), FieldPanel("name_ru"), FieldPanel("name_kk"), FieldPanel("slug")]

    class Meta:
        abstract = True
        ordering = ["name_en"]

    def __str__(self):
        return self.name

    @property
    def name(self):
        return localised(self, "name")


class Audience(NamedInThreeLanguages):
    class Meta(NamedInThreeLanguages.Meta):
        verbose_name = _("audience")
        verbose_name_plural = _("audiences")


class Topic(NamedInThreeLanguages):
    class Meta(NamedInThreeLanguages.Meta):
        verbose_name = _("topic")
        verbose_name_plural = _("topics")


class LegalReference(models.Model):
    """A provision of national law or a paragraph of an international standard."""

    instrument = models.CharField(_("instrument"), max_length=30, choices=Instrument.choices)
    article = models.CharField(_("article"), max_length=20, blank=True)
    part = models.CharField(_("part"), max_length=20, blank=True)
    paragraph = models.CharField(pgettext_lazy("legal citation", "paragraph"), max_length=20,
                                 blank=True)
    title_en = models.CharField(_("title (English)"), max_length=255)
    title_ru = models.CharField(_("title (Russian)"), max_length=255)
    title_kk = models.CharField(_("title (Kazakh)"), max_length=255)
    excerpt_en = models.TextField(_("excerpt (English)"), blank=True)
    excerpt_ru = models.TextField(_("excerpt (Russian)"), blank=True)
    excerpt_kk = models.TextField(_("excerpt (Kazakh)"), blank=True)

    panels = [
        MultiFieldPanel([FieldPanel("instrument"), FieldPanel("article"), FieldPanel("part"),
                         FieldPanel("paragraph")], heading=_("Citation")),
        FieldPanel("title_en"), FieldPanel("title_ru"), FieldPanel("title_kk"),
        FieldPanel("excerpt_en"), FieldPanel("excerpt_ru"), FieldPanel("excerpt_kk"),
    ]

    class Meta:
        verbose_name = _("legal reference")
        verbose_name_plural = _("legal references")
        ordering = ["instrument", "article", "part", "paragraph"]
        constraints = [
            models.UniqueConstraint(fields=["instrument", "article", "part", "paragraph"],
                                    name="protocols_legal_reference_unique"),
        ]

    def __str__(self):
        return self.citation

    @property
    def citation(self):
        code = str({
            Instrument.CRIMINAL_CODE: _("Criminal Code"),
            Instrument.CRIMINAL_PROCEDURE_CODE: _("Code of Criminal Procedure"),
            Instrument.CEDAW_GR35: "CEDAW/C/GC/35",
            Instrument.CEDAW_CO5: "CEDAW/C/KAZ/CO/5",
            Instrument.CIVIL_CODE: _("Civil Code"),
            Instrument.SUPREME_COURT_2007_4: _("Supreme Court normative resolution No. 4 (2007)"),
            Instrument.HRC_CO2: _("Human Rights Committee, concluding observations (2nd report)"),
            Instrument.EQUALITY_NOW_2024: _("Equality Now brief (2024)"),
        }.get(self.instrument, self.get_instrument_display()))
        if self.article:
            article = f"{self.article}({self.part})" if self.part else self.article
            return _("%(code)s art. %(article)s") % {"code": code, "article": article}
        if self.paragraph.startswith("R"):
            # The brief's recommendations are a numbered list of their own.
            return _("%(code)s, recommendation %(number)s") % {"code": code,
                                                               "number": self.paragraph[1:]}
        if self.paragraph:
            return _("%(code)s para. %(paragraph)s") % {"code": code, "paragraph": self.paragraph}
        return code

    @property
    def title(self):
        return localised(self, "title")

    @property
    def excerpt(self):
        return localised(self, "excerpt")


class ProtocolIndexPage(ChildRouteMixin, Page):
    child_model = "protocols.ProtocolPage"
    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + [FieldPanel("intro")]

    parent_page_types = ["base.HomePage"]
    subpage_types = ["protocols.ProtocolPage"]
    max_count_per_parent = 1
    per_page = 20

    class Meta:
        verbose_name = _("protocol index page")

    def get_context(self, request, *args, **kwargs):
        from .forms import ProtocolFilterForm
        from .selectors import protocols_for_index

        context = super().get_context(request, *args, **kwargs)
        form = ProtocolFilterForm(request.GET or None)
        filters = form.cleaned_data if form.is_valid() else {}
        # Search text with no word in it is refused beside the box; listing
        # everything instead would look as if it had matched.
        protocols = [] if form.has_error("q") else protocols_for_index(index_page=self, **filters)
        context["filter_form"] = form
        context["page_obj"] = Paginator(protocols, self.per_page).get_page(request.GET.get("page"))
        return context

    def route(self, request, path_components):
        """Find the protocol in one query (ChildRouteMixin); serve one not yet translated into
        this language from another language, with a notice, instead of a 404."""
        try:
            return super().route(request, path_components)
        except Http404:
            if len(path_components) != 1:
                raise
            from .selectors import protocol_fallback

            fallback = protocol_fallback(index_page=self, slug=path_components[0])
            if fallback is None:
                raise
            request.protocol_fallback_from = self.locale
            return fallback.route(request, [])


class ProtocolPage(RoutablePageMixin, Page):
    summary = models.TextField(_("summary"), max_length=600)
    audiences = ParentalManyToManyField(Audience, blank=True, verbose_name=_("audiences"))
    topics = ParentalManyToManyField(Topic, blank=True, verbose_name=_("topics"))
    legal_basis = ParentalManyToManyField(LegalReference, blank=True,
                                          verbose_name=_("legal basis"))
    version = models.PositiveIntegerField(
        _("version"), default=1,
        help_text=_("Set when the protocol is published. Adding, removing, rewording or "
                    "renumbering a clause makes a new version, which readers are asked to "
                    "confirm and the history compares; other changes correct the current "
                    "version."))
    effective_date = models.DateField(_("effective date"), default=timezone.localdate)
    change_summary = models.TextField(_("what changed in this version"), blank=True)
    change_kind = models.CharField(
        _("kind of change"), max_length=12, choices=ChangeKind.choices, default=ChangeKind.AUTO,
        help_text=_("For this publication. Substantive changes ask everyone who confirmed an "
                    "earlier version, and everyone trained on a changed clause, to read it "
                    "again. Set back to “decide from the clauses” after publishing."))
    body = StreamField(ProtocolBodyBlock(), verbose_name=_("body"))

    content_panels = Page.content_panels + [
        TranslationStatusPanel(heading=_("Translations")),
        FieldPanel("summary"),
        # The number is the system's: typed, it could go down and overwrite an older
        # version's snapshot.
        MultiFieldPanel([FieldPanel("version", read_only=True), FieldPanel("effective_date"),
                         FieldPanel("change_kind"), FieldPanel("change_summary")],
                        heading=_("Version")),
        FieldPanel("audiences"),
        FieldPanel("topics"),
        FieldPanel("legal_basis"),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
    ]

    parent_page_types = ["protocols.ProtocolIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("protocol")
        verbose_name_plural = _("protocols")

    @property
    def clauses(self):
        from .selectors import protocol_clauses

        return protocol_clauses(self)

    def clean(self):
        from .selectors import protocol_clause_errors

        super().clean()
        errors = protocol_clause_errors(page=self)
        if errors:
            raise ValidationError({"body": errors})

    def with_content_json(self, content):
        obj = super().with_content_json(content)
        # The version number belongs to the page, set at publish: a draft, a revert or a
        # scheduled publication never brings back the number its revision was saved with.
        obj.version = self.version
        return obj

    def copy(self, *args, **kwargs):
        from .services import protocol_copies_renew

        page_copy = super().copy(*args, **kwargs)
        # A copy is a new protocol with clauses of its own; a translation (Wagtail copies it
        # with reset_translation_key=False) keeps the ids. The admin's copy view does not
        # call this method: wagtail_hooks.py does the same there.
        if kwargs.get("reset_translation_key", True):
            protocol_copies_renew(source=self, copy=page_copy)
            page_copy.refresh_from_db()
        return page_copy

    copy.alters_data = True

    def get_context(self, request, *args, **kwargs):
        from .selectors import protocol_page_context

        context = super().get_context(request, *args, **kwargs)
        context.update(protocol_page_context(page=self, request=request))
        return context

    @path("")
    def protocol(self, request):
        return self.render(request)

    @path("history/")
    def history(self, request):
        from .selectors import protocol_history_context

        context = self.get_context(request)
        context.update(protocol_history_context(page=self, params=request.GET))
        return TemplateResponse(request, "protocols/protocol_history.html", context)

    @path("acknowledge/")
    def acknowledge(self, request):
        from django.contrib import messages
        from django.contrib.auth.views import redirect_to_login

        from .services import protocol_acknowledge

        if request.method != "POST":
            return redirect(self.get_url(request))
        if not request.user.is_authenticated:
            return redirect_to_login(self.get_url(request))
        protocol_acknowledge(user=request.user, page=self)
        messages.success(request, _("Thank you: you have confirmed that you read version "
                                    "%(version)s.") % {"version": self.version})
        return redirect(self.get_url(request))

    def translation_fallback_url(self, language_code, request=None):
        """Where the language switcher sends a reader when this protocol has no translation:
        the same path under the other language, which the index page serves from this
        language with a notice (translations keep their slugs)."""
        url = self.get_url(request) or ""
        prefix = f"/{self.locale.language_code}/"
        if not url.startswith(prefix):
            return None
        return f"/{language_code}/{url[len(prefix):]}"


class ProtocolVersion(models.Model):
    """A published version of a protocol in one language, with its clauses as published."""

    translation_key = models.UUIDField(_("protocol"), db_index=True)
    locale = models.ForeignKey(Locale, on_delete=models.PROTECT, related_name="+")
    page = models.ForeignKey(ProtocolPage, on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveIntegerField(_("version"))
    effective_date = models.DateField(_("effective date"))
    change_summary = models.TextField(_("what changed"), blank=True)
    published_at = models.DateTimeField(_("published at"))
    revision = models.ForeignKey("wagtailcore.Revision", null=True, on_delete=models.SET_NULL,
                                 related_name="+")
    clauses = models.JSONField(_("clauses"), default=list)
    # Whether readers must re-read it, and which clauses changed (added, reworded or
    # removed) against the version before; the same in every language of the version.
    substantive = models.BooleanField(_("substantive"), default=False)
    changed_clause_ids = models.JSONField(_("changed clauses"), default=list, blank=True)

    class Meta:
        verbose_name = _("protocol version")
        verbose_name_plural = _("protocol versions")
        ordering = ["number"]
        constraints = [
            models.UniqueConstraint(fields=["translation_key", "locale", "number"],
                                    name="protocols_version_unique"),
        ]

    def __str__(self):
        return f"{self.page.title} v{self.number} ({self.locale.language_code})"


class ClauseRecord(models.Model):
    """The current text of each clause of each live protocol, kept at publish time so that
    a lesson or a quiz can fetch a clause by id without reading page bodies."""

    clause_id = models.UUIDField(_("clause"))
    page = models.ForeignKey(ProtocolPage, on_delete=models.CASCADE, related_name="clause_records")
    locale = models.ForeignKey(Locale, on_delete=models.PROTECT, related_name="+")
    translation_key = models.UUIDField(db_index=True)
    number = models.CharField(_("number"), max_length=12)
    section = models.CharField(_("section"), max_length=200)
    text = models.TextField(_("text"))
    version = models.PositiveIntegerField(_("version"))

    class Meta:
        verbose_name = _("clause")
        verbose_name_plural = _("clauses")
        constraints = [
            models.UniqueConstraint(fields=["clause_id", "locale"], name="protocols_clause_unique"),
        ]

    def __str__(self):
        return f"{self.number} ({self.clause_id})"



class ProtocolAcknowledgement(models.Model):
    """"I have read version N": one row per learner, protocol and version, in any language."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL,
                             related_name="protocol_acknowledgements")
    translation_key = models.UUIDField(_("protocol"))
    version = models.PositiveIntegerField(_("version"))
    page = models.ForeignKey(ProtocolPage, null=True, on_delete=models.SET_NULL, related_name="+")
    institution = models.ForeignKey("institutions.Institution", null=True, blank=True,
                                    on_delete=models.SET_NULL, related_name="+")
    language = models.CharField(_("language"), max_length=5)
    acknowledged_at = models.DateTimeField(_("acknowledged at"), default=timezone.now)

    class Meta:
        verbose_name = _("acknowledgement")
        verbose_name_plural = _("acknowledgements")
        constraints = [
            models.UniqueConstraint(fields=["user", "translation_key", "version"],
                                    name="protocols_acknowledgement_once"),
        ]
        indexes = [models.Index(fields=["translation_key", "version"])]

    def __str__(self):
        return f"{self.user} v{self.version} {self.acknowledged_at:%Y-%m-%d}"


class TranslationGateOverrideForm(TaskStateCommentForm):
    comment = forms.CharField(
        label=_("Why approve now?"), widget=forms.Textarea({"rows": 3}),
        help_text=_("Recorded in the audit log; the translations will show as behind."))


class TranslationsCurrentTask(AbstractGroupApprovalTask):
    """Group approval that will not approve a new source version of a protocol while one of
    its translations is still behind the version now live; a moderator (or an
    administrator) may approve anyway, giving a reason that goes to the audit log."""

    MODERATORS = "Moderators"

    def _behind(self, obj):
        from .selectors import translations_behind_source

        return translations_behind_source(obj)

    def _may_override(self, user):
        return user.is_superuser or user.groups.filter(name=self.MODERATORS).exists()

    def get_actions(self, obj, user):
        actions = super().get_actions(obj, user)
        if not actions or not self._behind(obj):
            return actions
        actions = [action for action in actions if action[0] != "approve"]
        if self._may_override(user):
            actions.append(("override", _("Approve although translations are behind"), True))
        return actions

    def get_form_for_action(self, action):
        if action == "override":
            return TranslationGateOverrideForm
        return super().get_form_for_action(action)

    @transaction.atomic
    def on_action(self, task_state, user, action_name, **kwargs):
        obj = task_state.workflow_state.content_object
        behind = self._behind(obj)
        if action_name == "approve" and behind:
            raise PermissionDenied(_("A translation is behind: update it first, or override."))
        if action_name == "override":
            if not (behind and self._may_override(user) and kwargs.get("comment", "").strip()):
                raise PermissionDenied
            from accounts.constants import AuditEvent
            from accounts.services import audit_record

            audit_record(event=AuditEvent.TRANSLATION_GATE_OVERRIDDEN, actor=user, page=obj.pk,
                         title=obj.title, behind=sorted(p.locale.language_code for p in behind),
                         reason=kwargs["comment"].strip())
            return task_state.approve(user=user, **kwargs)
        return super().on_action(task_state, user, action_name, **kwargs)

    @classmethod
    def get_description(cls):
        return _("Members of the chosen groups approve, unless a translation of the protocol "
                 "is behind its current version; moderators may then approve with a reason.")

    class Meta:
        verbose_name = _("group approval, translations current")
        verbose_name_plural = _("group approvals, translations current")
