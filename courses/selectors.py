from django.utils import timezone
from wagtail.models import Page

from academy.base.i18n import in_reading_order, prefer_language
from protocols.models import ClauseRecord

from .completion import course_activities
from .constants import CertificateStatus, LearnerStatus
from .dashboard import course_tasks
from .models import Certificate, CoursePage, CourseProgress, Enrolment, LessonPage, LessonProgress
from .status import learner_status


def courses_for_index(*, index_page, **filters):
    from academy.base.selectors import pages_for_index

    return pages_for_index(model=CoursePage, index_page=index_page, **filters)


def course_in_language(*, course_key, language=None):
    """The live course in `language`, else in the first language it exists in."""
    courses = in_reading_order(CoursePage.objects.live().filter(translation_key=course_key)
                               .select_related("locale"), language)
    return courses[0] if courses else None


def course_structure(course, *, specific_lessons=True):
    """[(module, [lessons])] of a course, in order, in one query (two for lesson fields)."""
    from django.contrib.contenttypes.models import ContentType

    from .models import ModulePage

    types = ContentType.objects.get_for_models(ModulePage, LessonPage)
    pages = list(Page.objects.live().filter(
        path__startswith=course.path, depth__in=[course.depth + 1, course.depth + 2],
        content_type__in=types.values(),
    ).order_by("path"))
    modules = [p for p in pages if p.depth == course.depth + 1]
    lessons = [p for p in pages if p.depth == course.depth + 2]
    if specific_lessons:
        lessons = list(LessonPage.objects.filter(pk__in=[p.pk for p in lessons]).order_by("path"))
    by_module = {m.path: [] for m in modules}
    for lesson in lessons:
        parent_path = lesson.path[: -LessonPage.steplen]
        if parent_path in by_module:
            by_module[parent_path].append(lesson)
    return [(m, by_module[m.path]) for m in modules]


def course_structure_cached(course):
    """The course's modules and lessons (plain pages), cached until the page tree changes."""
    from django.core.cache import cache

    from academy.base.navigation import tree_version

    key = f"academy:course-structure:{course.pk}:{tree_version()}"
    structure = cache.get(key)
    if structure is None:
        structure = course_structure(course, specific_lessons=False)
        cache.set(key, structure, timeout=60 * 60 * 24)
    return structure


def completed_lesson_keys(*, user, course_key):
    if not user.is_authenticated:
        return set()
    return set(str(k) for k in LessonProgress.objects.filter(
        user=user, course_key=course_key, completed_at__isnull=False
    ).values_list("lesson_key", flat=True))


def prerequisites_missing(*, user, course):
    """The live prerequisite courses `user` has not completed yet."""
    prerequisites = list(course.prerequisites.live())
    if not prerequisites:
        return []
    done = set()
    if user.is_authenticated:
        done = set(CourseProgress.objects.filter(
            user=user, course_key__in=[p.translation_key for p in prerequisites],
            completed_at__isnull=False).values_list("course_key", flat=True))
    return [p for p in prerequisites if p.translation_key not in done]


def _protocols_taught(course):
    """The course's protocols, each in the reader's language where it is translated (a
    course's translation may still name the source-language pages): one query."""
    from protocols.models import ProtocolPage

    chosen = prefer_language(ProtocolPage.objects.live().filter(
        translation_key__in=course.protocols.values("translation_key")).select_related(
        "locale"), key=lambda page: page.translation_key)
    return sorted(chosen.values(), key=lambda page: page.title)


def course_page_context(*, course, request):
    user = request.user
    structure = course_structure(course)
    done = completed_lesson_keys(user=user, course_key=course.translation_key)
    progress = enrolment = None
    if user.is_authenticated:
        enrolment = Enrolment.objects.filter(user=user, course_key=course.translation_key).first()
        progress = CourseProgress.objects.filter(user=user,
                                                 course_key=course.translation_key).first()
    lessons = [lesson for _module, module_lessons in structure for lesson in module_lessons]
    resume = None
    if progress and progress.last_lesson_key:
        resume = next((lesson for lesson in lessons
                       if lesson.translation_key == progress.last_lesson_key), None)
    first_open = next((lesson for lesson in lessons if str(lesson.translation_key) not in done),
                      None)
    certificate = None
    if progress and progress.completed_at:
        certificate = Certificate.objects.filter(user=user, course_key=course.translation_key,
                                                 status=CertificateStatus.VALID).first()
    return {
        "structure": [
            {"module": module,
             "lessons": [{"page": lesson, "done": str(lesson.translation_key) in done}
                         for lesson in module_lessons]}
            for module, module_lessons in structure
        ],
        "lesson_count": len(lessons),
        "enrolment": enrolment,
        "progress": progress,
        "continue_lesson": (resume if resume and str(resume.translation_key) not in done
                            else first_open) or resume,
        "certificate": certificate,
        "audiences": list(course.audiences.all()),
        "protocols": _protocols_taught(course),
        "prerequisites_missing": prerequisites_missing(user=user, course=course),
        "quizzes": course_activities(user=user, course=course),
        "course_tasks": (course_tasks(user, course.translation_key)
                         if progress and progress.refresher_needed_at else []),
    }


def clause_records_for(*, clause_ids, language=None):
    """{clause id: ClauseRecord} in the reader's language where it exists: one query."""
    records = ClauseRecord.objects.filter(clause_id__in=clause_ids).select_related(
        "page", "locale")
    return prefer_language(records, key=lambda r: str(r.clause_id), language=language)


def course_of(page):
    """The course a module, lesson or quiz belongs to (Wagtail's ancestors): one query."""
    if isinstance(page, CoursePage):
        return page
    return CoursePage.objects.ancestor_of(page).first()


def lesson_page_context(*, lesson, request):
    course = getattr(request, "academy_course", None) or course_of(lesson)
    structure = course_structure_cached(course)
    module = next((m for m, _lessons in structure if lesson.path.startswith(m.path)), None)
    lessons = [item for _module, module_lessons in structure for item in module_lessons]
    position = next((i for i, item in enumerate(lessons) if item.pk == lesson.pk), 0)
    done = completed_lesson_keys(user=request.user, course_key=course.translation_key)
    clause_ids = []
    for block in lesson.body:
        if block.block_type == "protocol_excerpt":
            clause_ids.append(block.value["clause_id"].replace("clause-", ""))
    return {
        "course": course,
        "module": module,
        "structure": [{"module": m, "lessons": [{"page": item,
                                                 "done": str(item.translation_key) in done}
                                                for item in ls]} for m, ls in structure],
        "previous_lesson": lessons[position - 1] if position > 0 else None,
        "next_lesson": lessons[position + 1] if position + 1 < len(lessons) else None,
        "lesson_number": position + 1,
        "lesson_total": len(lessons),
        "lesson_done": str(lesson.translation_key) in done,
        "done_count": sum(1 for item in lessons if str(item.translation_key) in done),
        "clauses": clause_records_for(clause_ids=clause_ids) if clause_ids else {},
    }


def learner_courses(*, user):
    """The dashboard's courses: enrolments with progress, title in the reader's language,
    where to continue, due dates and certificates. A fixed number of queries."""
    enrolments = list(Enrolment.objects.filter(user=user).order_by("-enrolled_at"))
    keys = [e.course_key for e in enrolments]
    progress = {p.course_key: p for p in CourseProgress.objects.filter(user=user,
                                                                       course_key__in=keys)}
    courses = prefer_language(
        CoursePage.objects.live().filter(translation_key__in=keys).select_related("locale"),
        key=lambda page: page.translation_key)
    last_keys = [p.last_lesson_key for p in progress.values() if p.last_lesson_key]
    lessons = prefer_language(
        LessonPage.objects.live().filter(translation_key__in=last_keys).select_related("locale"),
        key=lambda page: page.translation_key)
    certificates = {c.course_key: c for c in Certificate.objects.filter(
        user=user, course_key__in=keys, status=CertificateStatus.VALID)}
    today = timezone.localdate()
    rows = []
    for enrolment in enrolments:
        course = courses.get(enrolment.course_key)
        if course is None:
            continue
        summary = progress.get(enrolment.course_key)
        status = learner_status(started_at=summary.started_at if summary else None,
                                completed_at=summary.completed_at if summary else None,
                                due_date=enrolment.due_date, today=today)
        rows.append({
            "course": course,
            "enrolment": enrolment,
            "percent": summary.percent if summary else 0,
            "completed": status == LearnerStatus.COMPLETED,
            "continue": lessons.get(summary.last_lesson_key) if summary else None,
            "status": status,
            "overdue": status == LearnerStatus.OVERDUE,
            "certificate": certificates.get(enrolment.course_key),
            "refresher_needed": bool(summary and summary.refresher_needed_at),
        })
    return rows
