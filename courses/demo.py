"""Demo courses from site/demo_data/courses/, and demo learners part-way through them.

Idempotent: a course that exists (by slug, in English) is left as it is.
"""

import json
import uuid
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone
from wagtail.models import Locale

from academy.base.demo_data import demo_clause_id, demo_data_all, demo_page_publish
from protocols.demo import demo_legal_references, legal_basis_block
from protocols.models import Audience, ProtocolPage, Topic

from .constants import EnrolmentSource
from .models import CourseIndexPage, CoursePage, LessonPage, ModulePage
from .services import course_enrol, course_outline_for, lesson_complete, lesson_start


def _block(block):
    kind = block["type"]
    if kind == "content_note":
        value = {"text": block["text"]}
    elif kind == "text":
        value = block["html"]
    elif kind == "key_points":
        value = {"items": block["items"]}
    elif kind == "scenario":
        value = {"situation": block["situation"], "question": block["question"],
                 "choices": [{"text": c["text"], "outcome": c["outcome"],
                              "recommended": bool(c.get("recommended"))}
                             for c in block["choices"]]}
    elif kind == "protocol_excerpt":
        value = {"clause_id": demo_clause_id(protocol=block["protocol"], key=block["clause"]),
                 "note": block.get("note", "")}
    elif kind == "reflection":
        value = {"prompt": block["prompt"]}
    else:
        raise ValueError(f"unknown lesson block {kind}")
    return {"type": kind, "value": value, "id": str(uuid.uuid4())}


def _lesson_body(lesson_spec, cited, references):
    """The lesson's blocks, then its legal basis: the snippets it cites (`references`, given
    once for every language, by convention in the English copy)."""
    blocks = [_block(b) for b in lesson_spec["blocks"]]
    keys = lesson_spec.get("references") or cited.get(lesson_spec["key"])
    if keys:
        blocks.append(legal_basis_block(keys, references))
    return json.dumps(blocks)


def _cited(spec):
    return {lesson["key"]: lesson["references"] for module in spec["en"]["modules"]
            for lesson in module["lessons"] if lesson.get("references")}


def _course_fields(spec, content):
    return {"title": content["title"], "description": content["description"],
            "duration_minutes": spec["duration_minutes"]}


def _build(spec, index, references):
    content, cited = spec["en"], _cited(spec)
    course = CoursePage(slug=spec["slug"], certificate_enabled=True,
                        **_course_fields(spec, content))
    index.add_child(instance=course)
    course.audiences.set(Audience.objects.filter(slug__in=spec["audiences"]))
    course.topics.set(Topic.objects.filter(slug__in=spec["topics"]))
    course.protocols.set(ProtocolPage.objects.filter(slug__in=spec["protocols"],
                                                     locale=index.locale))
    course = demo_page_publish(course)
    for module_spec in content["modules"]:
        module = ModulePage(title=module_spec["title"], intro=module_spec["intro"],
                            slug=module_spec["key"])
        course.add_child(instance=module)
        module = demo_page_publish(module)
        for lesson_spec in module_spec["lessons"]:
            lesson = LessonPage(title=lesson_spec["title"], slug=lesson_spec["key"],
                                minutes=lesson_spec["minutes"],
                                body=_lesson_body(lesson_spec, cited, references))
            module.add_child(instance=lesson)
            demo_page_publish(lesson)
    return course


def _translate(course, spec, language, references):
    locale = Locale.objects.get(language_code=language)
    cited = _cited(spec)
    content = spec[language]
    translated = demo_page_publish(course.copy_for_translation(locale),
                                   fields=_course_fields(spec, content))
    for module, module_spec in zip(ModulePage.objects.child_of(course).order_by("path"),
                                   content["modules"], strict=True):
        demo_page_publish(module.copy_for_translation(locale),
                          fields={"title": module_spec["title"], "intro": module_spec["intro"]})
        for lesson, lesson_spec in zip(LessonPage.objects.child_of(module).order_by("path"),
                                       module_spec["lessons"], strict=True):
            body = _lesson_body(lesson_spec, cited, references)
            demo_page_publish(lesson.copy_for_translation(locale),
                              fields={"title": lesson_spec["title"], "body": body})
    return translated


@transaction.atomic
def demo_courses_load():
    created = []
    indexes = {i.locale.language_code: i for i in CourseIndexPage.objects.select_related("locale")}
    if "en" not in indexes:
        return created
    references = demo_legal_references()
    for spec in demo_data_all("courses"):
        if CoursePage.objects.filter(slug=spec["slug"], locale=indexes["en"].locale).exists():
            continue
        course = _build(spec, indexes["en"], references)
        languages = ["en"]
        for language in spec["translations"]:
            if language != "en" and language in indexes:
                _translate(course, spec, language, references)
                languages.append(language)
        created.append(f"course {spec['slug']} ({', '.join(languages)})")
    return created


# (email, course slug, lessons to complete: a number, or "all"; assigned due in days)
DEMO_PROGRESS = [
    ("investigator@academy.example", "ending-investigative-re-enactment", 2, None),
    ("inspector@academy.example", "ending-investigative-re-enactment", "all", None),
    ("patrol@academy.example", "ending-investigative-re-enactment", 1, -7),
    ("forensic@academy.example", "examining-without-hymen-examination", 3, 30),
    ("prosecutor@academy.example", "consent-vulnerability-ex-officio-prosecution", 1, 14),
]


def demo_progress_load():
    """Demo learners part-way through courses (and one finished, with a certificate)."""
    User = get_user_model()
    created = []
    for email, slug, lessons_done, due_in in DEMO_PROGRESS:
        user = User.objects.filter(email=email).first()
        course = CoursePage.objects.filter(slug=slug, locale__language_code="en").first()
        if user is None or course is None:
            continue
        due = timezone.localdate() + timedelta(days=due_in) if due_in is not None else None
        source = EnrolmentSource.ASSIGNED if due else EnrolmentSource.SELF
        _enrolment, new = course_enrol(user=user, course=course, source=source, due_date=due)
        if not new:
            continue
        outline = course_outline_for(course.translation_key)
        lessons = list(LessonPage.objects.live().descendant_of(course).order_by("path"))
        count = len(lessons) if lessons_done == "all" else lessons_done
        for lesson in lessons[:count]:
            lesson_start(user=user, lesson=lesson, course_key=course.translation_key,
                         outline=outline)
            lesson_complete(user=user, lesson=lesson, course_key=course.translation_key,
                            outline=outline)
        if count < len(lessons):
            lesson_start(user=user, lesson=lessons[count], course_key=course.translation_key,
                         outline=outline)
        created.append(f"progress {email} in {slug}")
    return created
