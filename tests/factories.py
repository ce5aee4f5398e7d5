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


def make_info_page(home, kind="about", title="About Protocol Academy", body="<p>Who we are.</p>",
                   **fields):
    from academy.base.models import InfoPage

    page = InfoPage(title=title, slug=fields.pop("slug", kind), kind=kind, body=body,
                    summary=fields.pop("summary", f"{title}."), **fields)
    home.add_child(instance=page)
    return publish(page)


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


# --- people and institutions ---------------------------------------------------

def make_institution(code, parent=None, kind="police", region="almaty", **names):
    from institutions.models import Institution

    fields = {
        "code": code, "kind": kind, "region": region,
        "name_en": names.get("name_en", f"{code} (en)"),
        "name_ru": names.get("name_ru", f"{code} (ru)"),
        "name_kk": names.get("name_kk", f"{code} (kk)"),
    }
    if parent is None:
        return Institution.add_root(**fields)
    parent.refresh_from_db()
    return parent.add_child(**fields)


def make_learner(institution=None, email=None, profession="police_investigator", verified=True):
    from allauth.account.models import EmailAddress

    from accounts.services import profile_save
    from institutions.constants import MembershipStatus
    from institutions.models import Membership

    user = UserFactory(**({"email": email} if email else {}))
    if verified:
        EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    profile_save(user=user, data={"full_name": f"{user.first_name} {user.last_name}",
                                  "profession": profession, "position": "Investigator",
                                  "preferred_language": "ru"})
    if institution is not None:
        from django.utils import timezone

        Membership.objects.create(user=user, institution=institution,
                                  status=MembershipStatus.ACTIVE, started_at=timezone.now())
    return user


def make_admin(institution=None, email=None, mfa=True):
    """An institution administrator of `institution`, or national when it is None."""
    from institutions.constants import RoleKind
    from institutions.models import Role

    user = make_learner(institution, email=email)
    kind = RoleKind.INSTITUTION_ADMIN if institution else RoleKind.NATIONAL_ADMIN
    Role.objects.create(user=user, kind=kind, institution=institution)
    if mfa:
        give_totp(user)
    return user


def make_editor(email="editor@example.org", group="Editors"):
    """A CMS user who is not an administrator of anything: in a group that may open the
    CMS (Wagtail's access_admin), with two-factor authentication."""
    from django.contrib.auth.models import Group, Permission

    user = make_learner(email=email)
    editors, _created = Group.objects.get_or_create(name=group)
    editors.permissions.add(Permission.objects.get(codename="access_admin",
                                                   content_type__app_label="wagtailadmin"))
    user.groups.add(editors)
    give_totp(user)
    return user


TEST_TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"


def totp_code(secret=None):
    """The current TOTP code, never one about to expire (allauth checks the current period)."""
    import time

    from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value

    if time.time() % 30 > 25:
        time.sleep(30 - time.time() % 30 + 0.5)
    return format_hotp_value(hotp_value(secret or TEST_TOTP_SECRET, int(time.time()) // 30))


def give_totp(user):
    from allauth.mfa.totp.internal.auth import TOTP

    TOTP.activate(user, TEST_TOTP_SECRET)


def make_tree():
    """Two city police departments with district units, as in the demo."""
    ministry = make_institution("MVD", kind="police", region="")
    almaty = make_institution("POL-ALM", ministry, region="almaty")
    almaty_medeu = make_institution("POL-ALM-MED", almaty, region="almaty")
    astana = make_institution("POL-AST", ministry, region="astana")
    astana_yesil = make_institution("POL-AST-YES", astana, region="astana")
    return {"ministry": ministry, "almaty": almaty, "almaty_medeu": almaty_medeu,
            "astana": astana, "astana_yesil": astana_yesil}


# --- protocols -------------------------------------------------------------------

def clause_value(text, elements=(), clause_id=None):
    import uuid

    return {"type": "item", "id": clause_id or str(uuid.uuid4()),
            "value": {"text": f"<p>{text}</p>", "elements": list(elements)}}


def protocol_body(sections):
    """sections: [(heading, [clause text or clause_value dict, ...]), ...]"""
    import json
    import uuid

    return json.dumps([
        {"type": "section", "id": str(uuid.uuid4()),
         "value": {"heading": heading,
                   "clauses": [c if isinstance(c, dict) else clause_value(c) for c in clauses]}}
        for heading, clauses in sections
    ])


def make_protocol(index, title="Interviewing an adult survivor", slug=None, sections=None,
                  version=1, **fields):
    from django.utils.text import slugify

    from protocols.models import ProtocolPage

    sections = sections or [("Before the interview", ["Offer a private room.",
                                                      "Ask which interviewer the survivor prefers."]),
                            ("During the interview", ["Never ask for a re-enactment."])]
    page = ProtocolPage(title=title, slug=slug or slugify(title), summary=f"{title}.",
                        version=version, body=protocol_body(sections), **fields)
    index.add_child(instance=page)
    return publish(page)


def republish(page, **changes):
    """Edit a live protocol through a new revision and publish it."""
    for name, value in changes.items():
        setattr(page, name, value)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


# --- courses ---------------------------------------------------------------------

def make_course(index, title="Ending investigative re-enactment", modules=None, **fields):
    """A published course: modules = [(module title, [lesson title, ...]), ...]."""
    import json

    from django.utils.text import slugify

    from courses.models import CoursePage, LessonPage, ModulePage

    modules = modules or [("Why it harms", ["What re-enactment does", "Blame and attrition"]),
                          ("In practice", ["A private room", "One interview"])]
    course = CoursePage(title=title, slug=slugify(title), description=f"{title}.", **fields)
    index.add_child(instance=course)
    publish(course)
    for module_title, lessons in modules:
        module = ModulePage(title=module_title, slug=slugify(module_title))
        course.add_child(instance=module)
        publish(module)
        for lesson_title in lessons:
            body = json.dumps([{"type": "text", "value": f"<p>{lesson_title}: read this.</p>"}])
            lesson = LessonPage(title=lesson_title, slug=slugify(lesson_title), body=body)
            module.add_child(instance=lesson)
            publish(lesson)
    return CoursePage.objects.get(pk=course.pk)


def course_lessons(course):
    from courses.models import LessonPage

    return list(LessonPage.objects.live().descendant_of(course).order_by("path"))


def complete_course(learner, course):
    """Complete every lesson of `course` through the service (call it where on-commit
    callbacks run, for the certificate and the events that follow)."""
    from courses.services import course_outline_for, lesson_complete

    outline = course_outline_for(course.translation_key)
    for lesson in course_lessons(course):
        lesson_complete(user=learner, lesson=lesson, course_key=course.translation_key,
                        outline=outline)


# --- quizzes ---------------------------------------------------------------------

def make_question(kind="single", options=(("Yes", False), ("No", True)), prompt=None,
                  explanation="Because the protocol says so.", clause_ids=(), scoring=None,
                  locale_code="en", marker=""):
    from quizzes.models import Question, QuestionOption

    question = Question(kind=kind, prompt=prompt or f"A {kind} question?",
                        explanation=explanation, clause_ids=list(clause_ids),
                        scoring=scoring or "all_or_nothing", locale=locale(locale_code))
    question.options = [QuestionOption(text=text, is_correct=correct,
                                       explanation=marker if correct else "", sort_order=n)
                        for n, (text, correct) in enumerate(options)]
    question.save()
    return question


def make_quiz(parent, questions, title="Check your understanding", **fields):
    from django.utils.text import slugify

    from quizzes.models import QuizPage

    quiz = QuizPage(title=title, slug=slugify(title), **fields)
    parent.add_child(instance=quiz)
    quiz.questions.set(questions)
    return publish(quiz)
