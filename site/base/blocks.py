from django.utils.translation import gettext_lazy as _
from wagtail import blocks


class AudienceBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("title"), max_length=120)
    text = blocks.TextBlock(label=_("text"), max_length=500)

    class Meta:
        icon = "group"
        label = _("Audience")
        template = "blocks/audience_block.html"


class AudienceListBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("heading"), max_length=120)
    audiences = blocks.ListBlock(AudienceBlock(), label=_("audiences"))

    class Meta:
        icon = "list-ul"
        label = _("Who it is for")
        template = "blocks/audience_list_block.html"


class HomeBlock(blocks.StreamBlock):
    paragraph = blocks.RichTextBlock(
        label=_("paragraph"), features=["h2", "h3", "bold", "italic", "link", "ol", "ul"],
        template="blocks/paragraph_block.html",
    )
    audiences = AudienceListBlock()
