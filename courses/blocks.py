"""Lesson content blocks."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock

from protocols.blocks import ImageBlock, LegalBasisBlock
from protocols.choosers import ClauseChooserBlock

RICH_FEATURES = ["h3", "bold", "italic", "ol", "ul", "link"]


class ContentNoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("content note"), max_length=400,
                            help_text=_("Shown before difficult material, e.g. “This lesson "
                                        "discusses sexual violence.”"))

    class Meta:
        icon = "warning"
        label = _("Content note")
        template = "blocks/lesson_content_note.html"


class VideoBlock(blocks.StructBlock):
    file = DocumentChooserBlock(label=_("video file"), required=False)
    embed = EmbedBlock(label=_("or an embedded video"), required=False)
    transcript = blocks.TextBlock(label=_("transcript"),
                                  help_text=_("Required: for people who cannot hear or play video."))

    class Meta:
        icon = "media"
        label = _("Video")
        template = "blocks/lesson_video.html"

    def clean(self, value):
        value = super().clean(value)
        if not value.get("file") and not value.get("embed"):
            raise blocks.StructBlockValidationError(
                block_errors={"file": ValidationError(_("Choose a video file or an embed."))})
        return value


class ChoiceBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("choice"), max_length=300)
    outcome = blocks.TextBlock(label=_("what follows, and why"), max_length=1500)
    recommended = blocks.BooleanBlock(label=_("the victim-centred choice"), required=False)


class ScenarioBlock(blocks.StructBlock):
    situation = blocks.TextBlock(label=_("situation"), max_length=2000)
    question = blocks.CharBlock(label=_("question"), max_length=300)
    choices = blocks.ListBlock(ChoiceBlock(), label=_("choices"), min_num=2, max_num=5)

    class Meta:
        icon = "help"
        label = _("Case scenario")
        template = "blocks/lesson_scenario.html"


class KeyPointsBlock(blocks.StructBlock):
    items = blocks.ListBlock(blocks.CharBlock(max_length=300), label=_("key points"), min_num=1)

    class Meta:
        icon = "list-ul"
        label = _("Key points")
        template = "blocks/lesson_key_points.html"


class ProtocolExcerptBlock(blocks.StructBlock):
    """A protocol clause by its stable id: always shows the clause's current text."""

    # The block name and the stored value (the clause id) are those of the former text box.
    clause_id = ClauseChooserBlock(label=_("protocol clause"),
                                   help_text=_("The protocol, then the clause by its number. "
                                               "The lesson always shows the clause's current "
                                               "text."))
    note = blocks.TextBlock(label=_("why it matters here"), max_length=600, required=False)

    class Meta:
        icon = "doc-full"
        label = _("Protocol excerpt")
        template = "blocks/lesson_protocol_excerpt.html"


class ReflectionBlock(blocks.StructBlock):
    prompt = blocks.TextBlock(label=_("reflection prompt"), max_length=600)

    class Meta:
        icon = "openquote"
        label = _("Reflection")
        template = "blocks/lesson_reflection.html"


class LessonBlock(blocks.StreamBlock):
    content_note = ContentNoteBlock()
    text = blocks.RichTextBlock(label=_("text"), features=RICH_FEATURES,
                                template="blocks/lesson_text.html")
    image = ImageBlock()
    video = VideoBlock()
    scenario = ScenarioBlock()
    key_points = KeyPointsBlock()
    protocol_excerpt = ProtocolExcerptBlock()
    reflection = ReflectionBlock()
    legal_basis = LegalBasisBlock()


