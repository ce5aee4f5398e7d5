from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language
from wagtail.models import Page, Site

register = template.Library()


@register.simple_tag(takes_context=True)
def language_links(context):
    """Links to the current page in each language.

    On a Wagtail page, each link goes to that page's translation, or to the
    home page of that language where no translation exists yet; elsewhere it
    is the same URL with the other language prefix. One query on a page.
    """
    request = context.get("request")
    if request is None:
        return []
    page = context.get("page")
    if isinstance(page, Page) and page.pk:
        translations = (
            Page.objects.filter(translation_key=page.translation_key)
            .live()
            .select_related("locale")
        )
        targets = {t.locale.language_code: t.get_url(request) for t in translations}
    else:
        path = request.get_full_path()
        targets = {code: translate_url(path, code) for code, _name in settings.LANGUAGES}
    current = get_language()
    return [
        {
            "code": code,
            "name": name,
            "url": targets.get(code) or f"/{code}/",
            "current": code == current,
        }
        for code, name in settings.LANGUAGES
    ]


@register.simple_tag(takes_context=True)
def main_sections(context):
    """The home page's menu children in the reader's language (Protocols, Courses)."""
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    if site is None:
        return []
    home = site.root_page.localized
    sections = []
    for child in home.get_children().live().public().in_menu():
        url = child.get_url(request)
        sections.append({"title": child.title, "url": url, "current": request.path.startswith(url)})
    return sections
