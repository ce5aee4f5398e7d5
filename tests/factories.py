"""Builders for tests: users and a Wagtail site tree in any of the three languages."""

import factory
from django.conf import settings
from wagtail.models import Locale, Page, Site

from academy.base.models import HomePage
from courses.models import CourseIndexPage
from protocols.models import ProtocolIndexPage


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = settings.AUTH_USER_MODEL
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"learner{n}@example.org")
    first_name = "Aruzhan"
    last_name = factory.Sequence(lambda n: f"Learner{n}")
    password = factory.PostGenerationMethodCall("set_password", "a-long-test-password")

    @factory.post_generation
    def _save(obj, create, extracted, **kwargs):
        if create:
            obj.save()


def locale(code):
    return Locale.objects.get_or_create(language_code=code)[0]


def root_page():
    root = Page.get_first_root_node()
    if root is None:
        root = Page.add_root(instance=Page(title="Root", slug="root", locale=locale("en")))
    return root


def publish(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def make_home_page(**kwargs):
    """An English home page with a Protocols and a Courses section, set as the default site."""
    root = root_page()
    Page.objects.filter(depth=2).exclude(content_type__model="homepage").delete()
    fields = {"title": "Protocol Academy", "slug": "home", "lead": "Victim-centred training."}
    fields.update(kwargs)
    home = root.add_child(instance=HomePage(locale=locale("en"), **fields))
    publish(home)
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "port": 80, "root_page": home, "site_name": "Test"},
    )
    for model, slug, title in (
        (ProtocolIndexPage, "protocols", "Protocols"),
        (CourseIndexPage, "courses", "Courses"),
    ):
        publish(home.add_child(instance=model(title=title, slug=slug, show_in_menus=True)))
    return home


def translate_tree(home, code, titles):
    """Copy `home` and its sections into `code`, retitled from `titles` (old title -> new)."""
    target = locale(code)
    pages = [home, *home.get_descendants().specific()]
    copies = []
    for page in pages:
        copy = page.copy_for_translation(target)
        copy.title = titles.get(page.title, f"{page.title} ({code})")
        copies.append(publish(copy))
    return copies[0]


def add_children(parent, count, model=Page, prefix="page"):
    for index in range(count):
        publish(parent.add_child(instance=model(title=f"{prefix} {index}", slug=f"{prefix}-{index}")))
