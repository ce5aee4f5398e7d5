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
        from academy.base.navigation import page_translation_urls

        targets = {code: url for code, url, _pk in page_translation_urls(page, request)}
        fallback = getattr(page, "translation_fallback_url", None)
        if fallback:
            for code, _name in settings.LANGUAGES:
                if code not in targets:
                    targets[code] = fallback(code, request)
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
    """The home page's menu children in the reader's language (Protocols, Courses).

    Cached per site and language until any page is published, unpublished,
    moved or deleted (see academy.base.navigation).
    """
    from academy.base.navigation import menu_for

    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    if site is None:
        return []
    return [
        {**item, "current": request.path.startswith(item["url"])}
        for item in menu_for(site=site, language=get_language(), request=request)
    ]


@register.filter
def get_item(mapping, key):
    """{{ mapping|get_item:key }} for dictionaries keyed by strings."""
    if not mapping:
        return None
    return mapping.get(str(key).replace("clause-", ""))


@register.filter
def sanitize(html):
    """Clean rendered HTML through the project's one sanitiser."""
    from django.utils.safestring import mark_safe

    from academy.sanitize import html_clean

    return mark_safe(html_clean(str(html)))  # noqa: S308  (cleaned on the line above)


@register.filter
def in_language(code):
    """"in English" for "en", in the reader's language ("ағылшын тілінде")."""
    from academy.base.i18n import in_language as words

    return words(code)


@register.simple_tag(takes_context=True)
def account_menu(context):
    """The signed-in person's menu: the pages of each role they hold (institutions.roles),
    in a fixed order; one query per request."""
    from django.urls import reverse
    from django.utils.translation import gettext as _

    from institutions.roles import roles_of

    request = context.get("request")
    user = context.get("user")
    if request is None or user is None or not user.is_authenticated:
        return []
    roles = roles_of(user, request)
    items = [
        ("training", _("My training"), reverse("dashboard"), True),
        ("notifications", _("Notifications"), reverse("notifications:list"), True),
        ("manage", _("Manage my institution"), reverse("institutions:members"),
         roles.institution_admin),
        ("reports", _("Reports"), reverse("reports:dashboard"), roles.reports),
        ("cms", _("CMS"), "/admin/", roles.cms),
        ("account", _("Account"), reverse("accounts:profile"), True),
    ]
    path = request.path
    return [{"key": key, "title": title, "url": url,
             "current": path == url if key == "training" else path.startswith(url)}
            for key, title, url, allowed in items if allowed]


@register.inclusion_tag("includes/content_note.html")
def content_note(text, new_tab=False):
    """A content note before difficult material, with a way to the support page (for the
    learners who are survivors themselves) in the reader's language, else to help."""
    from academy.base.navigation import footer_for

    pages = {item["kind"]: item for item in footer_for(language=get_language())}
    return {"text": text, "support": pages.get("support") or pages.get("help"),
            "new_tab": new_tab}


@register.simple_tag
def footer_links():
    """The information pages (about, help, support, accessibility, privacy) in the reader's
    language."""
    from academy.base.navigation import footer_for

    return footer_for(language=get_language())
