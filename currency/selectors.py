"""What a learner must re-read, and the refresher page: the clauses changed since the
version they confirmed, word by word, in their language where it exists."""
import random

from django.conf import settings
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from academy.base.i18n import in_reading_order, prefer_language
from courses.dashboard import DashboardTask
from courses.models import CoursePage, LessonPage
from courses.selectors import course_in_language
from courses.services import course_outline_for
from protocols.constants import ClauseChange
from protocols.models import ProtocolPage, ProtocolVersion
from protocols.selectors import protocol_version_diff
from quizzes.constants import QuestionKind
from quizzes.selectors import course_questions
from quizzes.services import options_by_question, options_order

from .models import CourseRefresher, ProtocolRefresher, RefresherReason


def _open(user, translation_key=None):
    """The newest open refresher of each protocol (a newer one includes an older one)."""
    rows = ProtocolRefresher.objects.filter(user=user, done_at__isnull=True)
    if translation_key is not None:
        rows = rows.filter(translation_key=translation_key)
    newest = {}
    for row in rows.order_by("translation_key", "version"):
        newest[row.translation_key] = row
    return newest


def refresher_tasks(user):
    """The dashboard's "To do": one line per protocol to re-read."""
    refreshers = _open(user)
    if not refreshers:
        return []
    pages = prefer_language(ProtocolPage.objects.live().filter(
        translation_key__in=list(refreshers)).select_related("locale"),
        key=lambda p: p.translation_key)
    return [DashboardTask(
        title=_("Read what changed in “%(protocol)s” and confirm version %(version)s") % {
            "protocol": pages[key].title, "version": row.version},
        url=reverse("currency:refresher", kwargs={"translation_key": key}))
        for key, row in refreshers.items() if key in pages]


def _in_language(rows, language):
    """The row in `language`, else in the first of the platform's languages that has it;
    with whether it is a fallback."""
    rows = in_reading_order(rows, language)
    return (rows[0], rows[0].locale.language_code != language) if rows else (None, False)


def _versions(pairs):
    """The ProtocolVersion rows of (protocol key, number) pairs, in every language: one
    query."""
    wanted = Q(pk__in=[])
    for translation_key, number in pairs:
        wanted |= Q(translation_key=translation_key, number=number)
    return list(ProtocolVersion.objects.filter(wanted).select_related("locale", "page"))


def _changes(versions, *, translation_key, from_version, version, language, clause_ids=None):
    """Version `version` of a protocol (among `versions`) in the reader's language, or the
    first language it exists in, and its clauses changed since `from_version`, word by
    word, limited to `clause_ids` (by default, those the version changed in substance);
    None when that version is not there."""
    versions = [v for v in versions if v.translation_key == translation_key]
    new, fallback = _in_language([v for v in versions if v.number == version], language)
    if new is None:
        return None
    # The version they knew, in the same language as the new one, so that the words compare.
    old = next((v for v in versions if v.number == from_version
                and v.locale_id == new.locale_id), None)
    changes = protocol_version_diff(old, new) if old else []
    wanted = set(new.changed_clause_ids if clause_ids is None else clause_ids)
    changes = [c for c in changes if c["kind"] != ClauseChange.MOVED
               and (c.get("new") or c.get("old"))["id"] in wanted]
    return {"version": new, "old_version": old, "changes": changes, "fallback": fallback,
            "content_language": new.locale.language_code}


def refresher_context(*, user, translation_key):
    """The open refresher of `user` for this protocol, with the page to confirm and the
    changed clauses; None when there is nothing to re-read."""
    refresher = _open(user, translation_key).get(translation_key)
    if refresher is None:
        return None
    found = _changes(_versions([(translation_key, refresher.from_version),
                                (translation_key, refresher.version)]),
                     translation_key=translation_key, from_version=refresher.from_version,
                     version=refresher.version, language=get_language())
    if found is None:
        return None
    page = ProtocolPage.objects.live().filter(pk=found["version"].page_id).first()
    return {"refresher": refresher, "page": page, **found}


def _open_course(user, course_key=None):
    rows = CourseRefresher.objects.filter(user=user, done_at__isnull=True)
    if course_key is not None:
        rows = rows.filter(course_key=course_key)
    return list(rows.order_by("created_at", "pk"))


def course_refresher_tasks(user):
    """The dashboard's "To do": one line per course to refresh."""
    rows = _open_course(user)
    if not rows:
        return []
    reasons = {}
    for row in rows:
        reasons.setdefault(row.course_key, set()).add(row.reason)
    courses = prefer_language(CoursePage.objects.live().filter(
        translation_key__in=list(reasons)).select_related("locale"),
        key=lambda p: p.translation_key)
    return [DashboardTask(
        title=_("Refresher needed: “%(course)s”") % {"course": courses[key].title},
        note=" ".join(str(RefresherReason(r).label) for r in sorted(found)),
        url=reverse("currency:course_refresher", kwargs={"course_key": key}),
        course_key=key)
        for key, found in reasons.items() if key in courses]


def refresher_items(*, user, course, rows):
    """The refresher quiz: up to CURRENCY_REFRESHER_QUESTIONS of the course's questions
    that cite the clauses to refresh (any of them, to renew an expired certificate),
    drawn for this learner and try; the same on the page and when scored."""
    clause_ids = {str(c) for row in rows for c in row.clause_ids}
    renewal = any(row.reason == RefresherReason.EXPIRY for row in rows)
    candidates = [q for q in course_questions(course=course).exclude(
        kind=QuestionKind.FREE_TEXT).order_by("pk")
        if renewal or clause_ids & {str(c) for c in q.clause_ids or []}]
    rng = random.Random(f"{user.pk}:{rows[0].pk}:{max(row.attempts for row in rows)}")
    chosen = rng.sample(candidates, min(settings.CURRENCY_REFRESHER_QUESTIONS,
                                        len(candidates)))
    options = options_by_question(chosen)
    return [{"question": str(q.translation_key),
             "options": options_order(q, options[q.pk], rng=rng)} for q in chosen]


def _lessons_to_reread(course, full_rows):
    """For a renewal by the full course: its required lessons in order, in the reader's
    language, with whether each was read again since the renewal began."""
    if not full_rows:
        return []
    outline = course_outline_for(course.translation_key)
    keys = outline.required_keys if outline else []
    done = {key for row in full_rows for key in row.lessons_done}
    pages = prefer_language(LessonPage.objects.live().filter(translation_key__in=keys)
                            .select_related("locale"), key=lambda p: str(p.translation_key))
    return [{"page": pages[key], "done": key in done} for key in keys if key in pages]


def course_refresher_context(*, user, course_key):
    """What `user` must do to bring a course current again: the protocol changes since they
    completed it (the clauses the course teaches), or the expired certificate, and the
    refresher quiz; None when the course is current."""
    rows = _open_course(user, course_key)
    course = course_in_language(course_key=course_key)
    if not rows or course is None:
        return None
    language = get_language()
    changed = [row for row in rows if row.reason == RefresherReason.PROTOCOL]
    versions = _versions([(row.translation_key, n) for row in changed
                          for n in (row.version - 1, row.version)])
    changes = []
    for row in changed:
        found = _changes(versions, translation_key=row.translation_key,
                         from_version=row.version - 1, version=row.version, language=language,
                         clause_ids=row.clause_ids)
        if found is not None:
            changes.append(found)
    expired = [row for row in rows if row.reason == RefresherReason.EXPIRY]
    lessons = _lessons_to_reread(course, [row for row in rows if row.full])
    return {"course": course, "rows": rows, "protocol_changes": changes,
            "expired": bool(expired), "attempts": max(row.attempts for row in rows),
            "lessons": lessons, "lessons_done": sum(1 for item in lessons if item["done"]),
            "lessons_left": sum(1 for item in lessons if not item["done"]),
            "last_score": rows[-1].last_score,
            "items": refresher_items(user=user, course=course, rows=rows),
            "pass_mark": settings.CURRENCY_REFRESHER_PASS_MARK}
