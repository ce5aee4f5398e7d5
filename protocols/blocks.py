"""Protocol body: sections of numbered clauses, each made of text and elements.

A clause's identity is the id Wagtail gives its list item when it is created.
Wagtail keeps that id when clauses are reordered or edited, and a translation
made with simple translation keeps it too, so lessons and quiz explanations
can point at a clause by id in any language and across versions.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock
from wagtail.snippets.blocks import SnippetChooserBlock

RICH_FEATURES = ["bold", "italic", "ol", "ul", "link"]


class ItemsBlock(blocks.StructBlock):
    items = blocks.ListBlock(blocks.CharBlock(label=_("item"), max_length=500), label=_("items"),
                             min_num=1)


class StepsBlock(ItemsBlock):
    class Meta:
        icon = "list-ol"
        label = _("Steps")
        template = "blocks/protocol_steps.html"


class ChecklistBlock(ItemsBlock):
    class Meta:
        icon = "tick"
        label = _("Checklist")
        template = "blocks/protocol_checklist.html"


class DoDontBlock(blocks.StructBlock):
    do = blocks.ListBlock(blocks.CharBlock(max_length=500), label=_("Do"), min_num=1)
    dont = blocks.ListBlock(blocks.CharBlock(max_length=500), label=_("Don't"), min_num=1)

    class Meta:
        icon = "pick"
        label = _("Do and don't")
        template = "blocks/protocol_do_dont.html"


class WarningBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("warning"), max_length=600)

    class Meta:
        icon = "warning"
        label = _("Warning")
        template = "blocks/protocol_warning.html"


class LawQuoteBlock(blocks.StructBlock):
    reference = SnippetChooserBlock("protocols.LegalReference", label=_("legal reference"))
    text = blocks.TextBlock(label=_("quotation or paraphrase"), max_length=2000)

    class Meta:
        icon = "openquote"
        label = _("Quotation of law")
        template = "blocks/protocol_law_quote.html"


class LegalBasisBlock(blocks.StructBlock):
    """The provisions a clause or lesson names, cited from the legal-reference snippets (never typed
    by hand), so that every citation is spelt one way and links to its excerpt."""

    references = blocks.ListBlock(
        SnippetChooserBlock("protocols.LegalReference", label=_("legal reference")),
        label=_("legal references"), min_num=1)

    class Meta:
        icon = "doc-full"
        label = _("Legal basis")
        template = "blocks/legal_basis.html"


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("image"))
    alt_text = blocks.CharBlock(label=_("alternative text"), max_length=250,
                                help_text=_("What the image shows, for people who cannot see it."))
    caption = blocks.CharBlock(label=_("caption"), max_length=250, required=False)

    class Meta:
        icon = "image"
        label = _("Image")
        template = "blocks/protocol_image.html"

    def clean(self, value):
        value = super().clean(value)
        if not (value.get("alt_text") or "").strip():
            raise blocks.StructBlockValidationError(
                block_errors={"alt_text": ValidationError(_("Describe the image."))})
        return value


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("document"))
    title = blocks.CharBlock(label=_("link text"), max_length=200)

    class Meta:
        icon = "doc-full"
        label = _("Document")
        template = "blocks/protocol_document.html"


class ClauseElementsBlock(blocks.StreamBlock):
    steps = StepsBlock()
    checklist = ChecklistBlock()
    do_dont = DoDontBlock()
    warning = WarningBlock()
    law_quote = LawQuoteBlock()
    legal_basis = LegalBasisBlock()
    image = ImageBlock()
    document = DocumentBlock()


class ClauseBlock(blocks.StructBlock):
    text = blocks.RichTextBlock(label=_("clause text"), features=RICH_FEATURES)
    elements = ClauseElementsBlock(label=_("steps, checklists, warnings…"), required=False)

    class Meta:
        icon = "doc-full-inverse"
        label = _("Clause")


class SectionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("heading"), max_length=200)
    clauses = blocks.ListBlock(ClauseBlock(), label=_("clauses"), min_num=1)

    class Meta:
        icon = "folder-open-inverse"
        label = _("Section")


class ProtocolBodyBlock(blocks.StreamBlock):
    section = SectionBlock()

    class Meta:
        block_counts = {"section": {"min_num": 1}}
