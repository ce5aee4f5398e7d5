from django import forms
from django.shortcuts import render
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from academy.base.i18n import language_choices
from academy.base.translations import translation_sections

from .constants import TranslationStatus
from .models import Audience, LegalReference, Topic
from .selectors import translation_statuses
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


class TranslationFilterForm(forms.Form):
    language = forms.ChoiceField(label=_("Language"), required=False,
                                 choices=lambda: [("", _("All languages")),
                                                  *language_choices()])
    status = forms.ChoiceField(label=_("Status"), required=False,
                               choices=[("", _("Any status")), *TranslationStatus.choices])


def translations(request):
    """Every protocol × language as current, behind (the source's changed clauses, word by
    word) or missing, with a link to edit or translate it; then the courses, lessons,
    quizzes and questions the same way (behind: a link comparing the source's revisions)."""
    form = TranslationFilterForm(request.GET or None)
    filters = form.cleaned_data if form.is_valid() else {}
    rows = translation_statuses(language=filters.get("language", ""),
                                status=filters.get("status", ""))
    # Courses, lessons, quizzes and questions, from the apps above protocols.
    sections = [{"title": title, "rows": found} for title, found in translation_sections(
        language=filters.get("language", ""), status=filters.get("status", ""))]
    everything = rows + [row for section in sections for row in section["rows"]]
    counts = {status: sum(1 for row in everything if row["status"] == status)
              for status in TranslationStatus.values}
    return render(request, "protocols/admin/translations.html",
                  {"form": form, "rows": rows, "counts": counts, "sections": sections,
                   "statuses": TranslationStatus})


@hooks.register("register_admin_urls")
def register_translations_url():
    return [path("protocol-translations/", translations, name="protocol_translations")]


@hooks.register("register_admin_menu_item")
def register_translations_menu_item():
    return MenuItem(_("Translations"), reverse("protocol_translations"), icon_name="globe",
                    order=270)
