from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import Audience, LegalReference, Topic


class AudienceViewSet(SnippetViewSet):
    model = Audience
    icon = "group"
    list_display = ["name_en", "name_ru", "name_kk", "slug"]
    search_fields = ["name_en", "name_ru", "name_kk"]


class TopicViewSet(SnippetViewSet):
    model = Topic
    icon = "tag"
    list_display = ["name_en", "name_ru", "name_kk", "slug"]
    search_fields = ["name_en", "name_ru", "name_kk"]


class LegalReferenceViewSet(SnippetViewSet):
    model = LegalReference
    icon = "doc-full"
    list_display = ["citation", "title_en", "instrument"]
    list_filter = ["instrument"]
    search_fields = ["title_en", "title_ru", "title_kk", "article", "paragraph"]


class ProtocolTaxonomyGroup(SnippetViewSetGroup):
    items = (AudienceViewSet, TopicViewSet, LegalReferenceViewSet)
    menu_icon = "list-ul"
    menu_label = _("Protocol terms")
    menu_name = "protocol_terms"


register_snippet(ProtocolTaxonomyGroup)
