import uuid

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page

from .blocks import HomeBlock
from .routing import ChildRouteMixin


class HomePage(ChildRouteMixin, Page):
    """The front door in each language: what the platform is, for whom, and where to go."""

    lead = models.CharField(
        _("lead"), max_length=300, blank=True,
        help_text=_("One sentence under the title: what the platform is and for whom."),
    )
    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])
    body = StreamField(HomeBlock(), blank=True, verbose_name=_("body"))

    content_panels = Page.content_panels + [
        FieldPanel("lead"),
        FieldPanel("intro"),
        FieldPanel("body"),
    ]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["protocols.ProtocolIndexPage", "courses.CourseIndexPage", "base.InfoPage"]
    max_count_per_parent = 3

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["sections"] = list(self.get_children().live().public().specific())
        return context

    # The protocol section is the busiest path: found in one query.
    child_model = "protocols.ProtocolIndexPage"


class InfoKind(models.TextChoices):
    """The pages every public service has, linked from every page's footer in this order."""

    ABOUT = "about", _("About the platform")
    HELP = "help", _("Contact and help")
    SUPPORT = "support", _("Support for you")
    ACCESSIBILITY = "accessibility", _("Accessibility statement")
    PRIVACY = "privacy", _("Privacy notice")


class InfoPage(Page):
    """About, contact and help, support, the accessibility statement, the privacy notice: one of each
    kind per language, written and kept up to date by editors."""

    kind = models.CharField(_("kind"), max_length=20, choices=InfoKind.choices,
                            help_text=_("Which footer link leads here; one page of each kind "
                                        "per language."))
    summary = models.CharField(_("summary"), max_length=300, blank=True,
                               help_text=_("One sentence under the title."))
    body = RichTextField(_("body"), features=["h2", "h3", "bold", "italic", "link", "ol", "ul"])
    reviewed_on = models.DateField(_("last reviewed"), null=True, blank=True,
                                   help_text=_("Shown on the page: when its content was last "
                                               "checked against how the platform works."))

    content_panels = Page.content_panels + [
        FieldPanel("kind"),
        FieldPanel("summary"),
        FieldPanel("body"),
        FieldPanel("reviewed_on"),
    ]
    parent_page_types = ["base.HomePage"]
    subpage_types = []
    template = "base/info_page.html"

    class Meta:
        verbose_name = _("information page")
        verbose_name_plural = _("information pages")

    def clean(self):
        super().clean()
        from django.core.exceptions import ValidationError

        taken = InfoPage.objects.filter(locale_id=self.locale_id, kind=self.kind).exclude(
            translation_key=self.translation_key)
        if self.kind and taken.exists():
            raise ValidationError({"kind": _("This language already has a page of this kind: "
                                             "edit that one, or choose another kind.")})


class OutboundEmail(models.Model):
    """One email to send; the row makes sending idempotent across task retries."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    to = models.JSONField(_("recipients"))
    from_email = models.CharField(_("sender"), max_length=255, blank=True)
    subject = models.CharField(_("subject"), max_length=255)
    body = models.TextField(_("body"))
    html = models.TextField(_("HTML body"), blank=True)
    # Extra headers, such as List-Unsubscribe on digests (RFC 8058).
    headers = models.JSONField(_("headers"), default=dict, blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    sent_at = models.DateTimeField(_("sent at"), null=True, blank=True)
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    last_error = models.TextField(_("last error"), blank=True)

    class Meta:
        verbose_name = _("outbound email")
        verbose_name_plural = _("outbound emails")
        ordering = ["-created_at"]

    def __str__(self):
        return self.subject


class TranslationSource(models.Model):
    """What the source of a translated page or snippet was when the translation was last
    published (or saved): the source's live revision for a page, a fingerprint of its text
    for a snippet. A translation is behind when the source has moved on since."""

    content_type = models.ForeignKey("contenttypes.ContentType", on_delete=models.CASCADE,
                                     related_name="+")
    translation_key = models.UUIDField(_("translation key"))
    locale = models.ForeignKey("wagtailcore.Locale", on_delete=models.CASCADE, related_name="+")
    source_locale = models.ForeignKey("wagtailcore.Locale", on_delete=models.CASCADE,
                                      related_name="+")
    source_fingerprint = models.CharField(_("source version reflected"), max_length=64)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("translation source")
        verbose_name_plural = _("translation sources")
        constraints = [models.UniqueConstraint(
            fields=["content_type", "translation_key", "locale"],
            name="base_translation_source_once")]

    def __str__(self):
        return f"{self.translation_key} {self.locale_id} ← {self.source_fingerprint}"
