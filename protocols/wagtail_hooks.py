from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import Audience, LegalReference, Topic
from .services import protocol_copies_renew


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


@hooks.register("after_copy_page")
def protocol_copies_get_their_own_clauses(request, page, new_page):
    # The admin's copy view copies through CopyPageAction, not Page.copy(), and keeps
    # StreamField block ids: a copied protocol (or protocols under a copied page) would
    # share its clause ids with the original. Aliases are skipped by the service.
    protocol_copies_renew(source=page, copy=new_page)
