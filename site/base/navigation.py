"""The site menu, cached until the page tree changes."""

from django.core.cache import cache
from django.db.models.signals import post_delete
from django.dispatch import receiver
from wagtail.models import Page
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

VERSION_KEY = "academy:nav:version"


def _version():
    return cache.get_or_set(VERSION_KEY, 1, timeout=None)


def tree_version():
    """A number that changes whenever a page is published, unpublished, moved or deleted."""
    return _version()


def page_translation_urls(page, request=None):
    """[(language code, url, page id)] of the live translations of `page`, itself included;
    cached until the page tree changes."""
    key = f"academy:translations:{page.translation_key}:{_version()}"
    rows = cache.get(key)
    if rows is None:
        rows = [
            (p.locale.language_code, p.get_url(request), p.pk)
            for p in Page.objects.filter(translation_key=page.translation_key).live()
            .select_related("locale")
        ]
        cache.set(key, rows, timeout=60 * 60 * 24)
    return rows


def menu_for(*, site, language, request=None):
    key = f"academy:nav:{site.pk}:{language}:{_version()}"
    items = cache.get(key)
    if items is None:
        home = site.root_page.localized
        items = [
            {"title": child.title, "url": child.get_url(request)}
            for child in home.get_children().live().public().in_menu()
        ]
        cache.set(key, items, timeout=60 * 60 * 24)
    return items


def footer_for(*, language):
    """[{title, url}] of the live information pages in `language`, in InfoKind's order;
    cached until the page tree changes."""
    from .models import InfoKind, InfoPage

    key = f"academy:footer:{language}:{_version()}"
    items = cache.get(key)
    if items is None:
        order = list(InfoKind.values)
        pages = InfoPage.objects.live().public().filter(locale__language_code=language)
        items = [{"title": p.title, "url": p.url, "kind": p.kind}
                 for p in sorted(pages, key=lambda p: order.index(p.kind))]
        cache.set(key, items, timeout=60 * 60 * 24)
    return items


def menu_invalidate(**kwargs):
    try:
        cache.incr(VERSION_KEY)
    except ValueError:
        cache.set(VERSION_KEY, 2, timeout=None)


for signal in (page_published, page_unpublished, post_page_move, page_slug_changed):
    signal.connect(menu_invalidate, dispatch_uid=f"academy-nav-{id(signal)}")


@receiver(post_delete, dispatch_uid="academy-nav-delete")
def _page_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page):
        menu_invalidate()
