"""Load the demo content (site/demo_data/). Idempotent: what exists is left exactly as it is."""

import datetime
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from wagtail.models import Locale, Page, Site

from courses.demo import demo_courses_load, demo_progress_load
from courses.models import CourseIndexPage
from protocols.demo import demo_protocols_load
from protocols.models import ProtocolIndexPage
from quizzes.demo import demo_attempts_load, demo_quizzes_load
from reports.demo import demo_reports_load

from .demo_data import demo_data_read, demo_page_publish
from .models import HomePage, InfoPage

DEMO_GROUPS = {"editor": "Editors", "moderator": "Moderators",
               "reviewer": "Civil-society reviewers", "legal_reviewer": "Legal reviewers"}
DEMO_INSTITUTIONS_CSV = (
    Path(__file__).resolve().parents[2] / "institutions" / "data" / "demo_institutions.csv"
)


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
                    "audiences": content["audiences"],
                },
            }
        ],
    }


def _ensure_translation(source, locale, fields, created):
    translation = source.get_translation_or_none(locale)
    if translation is None:
        translation = source.copy_for_translation(locale)
        translation = demo_page_publish(translation, fields=fields)
        created.append(f"{translation.specific_class.__name__} ({locale.language_code})")
    return translation


@transaction.atomic
def demo_load():
    """Create locales, the home page and section pages in en/ru/kk, and demo users.

    Returns a list of what was created (empty on a second run).
    """
    created = []
    home_content = demo_data_read("site")["home"]
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
            instance=HomePage(slug="home", locale=locales["en"], **_home_fields(home_content["en"]))
        )
        home = demo_page_publish(home)
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
                    title=home_content["en"][key]["title"], intro=home_content["en"][key]["intro"],
                )
            )
            section = demo_page_publish(section)
            created.append(f"{model.__name__} (en)")
        sections.append((section, key))

    for code in ("ru", "kk"):
        _ensure_translation(home, locales[code], _home_fields(home_content[code]), created)
        for section, key in sections:
            fields = {"title": home_content[code][key]["title"],
                      "intro": home_content[code][key]["intro"]}
            _ensure_translation(section, locales[code], fields, created)
    created += demo_info_pages_load(home, locales)

    created += demo_institutions_load()
    created += demo_protocols_load()
    created += demo_courses_load()
    created += demo_quizzes_load()
    created += demo_users_load()
    created += demo_progress_load()
    created += demo_attempts_load()
    created += demo_reports_load()
    return created


def _info_fields(content, kind):
    return {"title": content["title"], "summary": content["summary"],
            "body": content["body"].strip(), "kind": kind,
            "reviewed_on": datetime.date(2026, 12, 2)}


def demo_info_pages_load(home, locales):
    """About, help, support, the accessibility statement and the privacy notice, in three languages
    (site/demo_data/info_pages.yaml), linked from every page's footer."""
    created = []
    for item in demo_data_read("info_pages")["pages"]:
        page = InfoPage.objects.filter(locale=locales["en"], kind=item["kind"]).first()
        if page is None:
            page = home.add_child(instance=InfoPage(slug=item["slug"], locale=locales["en"],
                                                    **_info_fields(item["en"], item["kind"])))
            page = demo_page_publish(page)
            created.append(f"InfoPage {item['kind']} (en)")
        for code in ("ru", "kk"):
            _ensure_translation(page, locales[code], _info_fields(item[code], item["kind"]),
                                created)
    return created


def demo_institutions_load():
    from institutions.models import Institution
    from institutions.services import institutions_import_csv

    if Institution.objects.exists():
        return []
    result = institutions_import_csv(data=DEMO_INSTITUTIONS_CSV.read_bytes())
    if not result.ok:
        raise RuntimeError(f"demo institutions do not import: {result.errors}")
    return [f"{result.created} institutions"]


def demo_users_load():
    from allauth.account.models import EmailAddress
    from allauth.mfa.models import Authenticator
    from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
    from allauth.mfa.totp.internal.auth import TOTP
    from django.contrib.auth.models import Group

    from accounts.services import profile_save
    from institutions.constants import RoleKind
    from institutions.models import Institution, Invite
    from institutions.services import (
        invite_create,
        membership_approve,
        membership_request,
        role_grant,
    )

    User = get_user_model()
    created = []
    demo = demo_data_read("site")
    institutions = {i.code: i for i in Institution.objects.all()}
    for spec in demo["users"]:
        if User.objects.filter(email__iexact=spec["email"]).exists():
            continue
        role = spec["role"]
        user = User.objects.create_user(
            email=spec["email"], password=demo["password"],
            is_staff=role in {"superuser", "editor", "moderator"},
            is_superuser=role == "superuser",
        )
        EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
        profile_save(user=user, data={
            "full_name": spec["full_name"], "profession": spec["profession"],
            "position": spec["position"], "preferred_language": spec["language"],
        })
        group_name = DEMO_GROUPS.get(role)
        if group_name:
            user.groups.add(Group.objects.get_or_create(name=group_name)[0])
        if role == "national_admin":
            role_grant(user=user, kind=RoleKind.NATIONAL_ADMIN)
        if role == "institution_admin":
            institution = institutions[spec["institution"]]
            role_grant(user=user, kind=RoleKind.INSTITUTION_ADMIN, institution=institution)
        if "institution" in spec:
            membership = membership_request(user=user, institution=institutions[spec["institution"]])
            membership_approve(membership=membership, approver=None)
        if "request" in spec:
            membership_request(user=user, institution=institutions[spec["request"]])
        if role != "learner" and not Authenticator.objects.filter(user=user).exists():
            TOTP.activate(user, demo["totp_secret"])
            RecoveryCodes.activate(user)
        created.append(f"User {user.email} ({role})")
    almaty = institutions.get("POL-ALM")
    if almaty and not Invite.objects.filter(institution=almaty).exists():
        invite_create(institution=almaty, created_by=None, days_valid=365, max_uses=500)
        created.append("Invite link for POL-ALM")
    return created


def demo_invite_path():
    from institutions.models import Invite

    invite = Invite.objects.filter(institution__code="POL-ALM", revoked_at__isnull=True).first()
    return f"/ru/join/{invite.token}/" if invite else None
