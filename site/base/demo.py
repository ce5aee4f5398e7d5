"""Load the demo content. Idempotent: what exists is left exactly as it is."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from wagtail.models import Locale, Page, Site

from courses.models import CourseIndexPage
from protocols.models import ProtocolIndexPage

from .demo_content import DEMO_USERS, HOME
from .models import HomePage


def _home_fields(content):
    return {
        "title": content["title"],
        "lead": content["lead"],
        "intro": content["intro"],
        "body": [
            {
                "type": "audiences",
                "value": {
                    "heading": content["audiences_heading"],
                    "audiences": [{"title": t, "text": x} for t, x in content["audiences"]],
                },
            }
        ],
    }


def _publish(page, fields):
    for name, value in fields.items():
        setattr(page, name, value)
    page.save_revision().publish()
    return page


def _ensure_translation(source, locale, fields, created):
    translation = source.get_translation_or_none(locale)
    if translation is None:
        translation = source.copy_for_translation(locale)
        _publish(translation, fields)
        created.append(f"{translation.specific_class.__name__} ({locale.language_code})")
    return translation


@transaction.atomic
def demo_load():
    """Create locales, the home page and section pages in en/ru/kk, and demo users.

    Returns a list of what was created (empty on a second run).
    """
    created = []
    locales = {}
    for code, _name in settings.LANGUAGES:
        locales[code], was_created = Locale.objects.get_or_create(language_code=code)
        if was_created:
            created.append(f"Locale {code}")  # older databases, before base.0002

    root = Page.get_first_root_node()
    home = HomePage.objects.filter(locale=locales["en"]).first()
    if home is None:
        # Wagtail's first migration makes a placeholder "Welcome" page (and a
        # Site pointing at it); the real home page takes its place.
        root.get_children().exact_type(Page).filter(slug="home").delete()
        home = root.add_child(
            instance=HomePage(slug="home", locale=locales["en"], **_home_fields(HOME["en"]))
        )
        home.save_revision().publish()
        created.append("HomePage (en)")

    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(
            hostname="localhost", port=80, root_page=home, is_default_site=True,
            site_name=settings.WAGTAIL_SITE_NAME,
        )
        created.append("Site")
    elif site.root_page_id != home.pk:
        site.root_page = home
        site.site_name = settings.WAGTAIL_SITE_NAME
        site.save()
        created.append("Site root")
    sections = []
    for model, key in ((ProtocolIndexPage, "protocols"), (CourseIndexPage, "courses")):
        section = model.objects.child_of(home).first()
        if section is None:
            section = home.add_child(
                instance=model(
                    slug=key, show_in_menus=True, locale=locales["en"],
                    title=HOME["en"][key]["title"], intro=HOME["en"][key]["intro"],
                )
            )
            section.save_revision().publish()
            created.append(f"{model.__name__} (en)")
        sections.append((section, key))

    for code in ("ru", "kk"):
        _ensure_translation(home, locales[code], _home_fields(HOME[code]), created)
        for section, key in sections:
            fields = {"title": HOME[code][key]["title"], "intro": HOME[code][key]["intro"]}
            _ensure_translation(section, locales[code], fields, created)

    created += demo_users_load()
    return created


def demo_users_load():
    from allauth.account.models import EmailAddress

    User = get_user_model()
    created = []
    for spec in DEMO_USERS:
        if User.objects.filter(email__iexact=spec["email"]).exists():
            continue
        fields = {k: v for k, v in spec.items() if k not in {"email", "password", "role"}}
        user = User.objects.create_user(email=spec["email"], password=spec["password"], **fields)
        EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
        created.append(f"User {user.email}")
    return created
