"""What each kind of notice says and where it leads, in a given language.

A notice stores the facts (`Notification.data`); its words are made when it is read or
mailed, in the reader's language, with links to that language's pages."""
import datetime
from dataclasses import dataclass

from django.urls import reverse
from django.utils import formats, translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from academy.base.i18n import prefer_language

from .constants import Kind


@dataclass
class Notice:
    title: str
    body: str
    url: str  # a path on the site, in the language asked for


class Pages:
    """The pages notices link to, in one language: fetched once per kind of page for a whole
    list of notices (one query each), else one at a time."""

    FIELDS = {"course_key": "courses.CoursePage", "quiz_key": "quizzes.QuizPage",
              "protocol_key": "protocols.ProtocolPage"}

    def __init__(self, language, datas=()):
        self.language = language
        self.found = {}
        wanted = {}
        for d in datas:
            for field, label in self.FIELDS.items():
                if d.get(field):
                    wanted.setdefault(label, set()).add(str(d[field]))
        for label, keys in wanted.items():
            self._fetch(label, keys)

    def _fetch(self, label, keys):
        from django.apps import apps

        pages = (apps.get_model(label).objects.live().filter(translation_key__in=keys)
                 .select_related("locale"))
        chosen = prefer_language(pages, key=lambda p: str(p.translation_key),
                                 language=self.language)
        for key in keys:
            self.found[(label, key)] = chosen.get(key)

    def get(self, label, key):
        key = str(key)
        if (label, key) not in self.found:
            self._fetch(label, {key})
        return self.found[(label, key)]


def _link(d, field, title_field, pages):
    """(title, url) of the page a notice is about, in the reader's language; the title
    stored with the notice and the learner's home when the page is gone."""
    page = pages.get(Pages.FIELDS[field], d[field]) if d.get(field) else None
    if page is None:
        return d.get(title_field, ""), reverse("dashboard")
    return page.title, page.get_url() or reverse("dashboard")


def _date(value):
    if not value:
        return ""
    return formats.date_format(datetime.date.fromisoformat(value), "DATE_FORMAT")


def notice(kind, data, language, pages=None):
    """The Notice of one kind with these facts, in `language`. `pages` (Pages) saves a
    query per notice when many are shown together."""
    pages = pages or Pages(language)
    with translation.override(language):
        return _NOTICES[kind](data, pages)


def _assigned(d, pages):
    course, url = _link(d, "course_key", "course", pages)
    due = _date(d.get("due_date"))
    title = _("New course assigned: %(course)s") % {"course": course}
    lines = [_("%(who)s has assigned you the course “%(course)s”.") % {
        "who": d.get("assigned_by") or _("Your institution"), "course": course}]
    lines.append(_("Please complete it by %(date)s.") % {"date": due} if due else
                 _("There is no due date."))
    return Notice(title, "\n".join(lines), url)


def _reminder(d, pages):
    course, url = _link(d, "course_key", "course", pages)
    days = int(d.get("days", 0))
    if days <= 0:
        title = _("Reminder: “%(course)s” is due today") % {"course": course}
    else:
        title = ngettext("Reminder: “%(course)s” is due in %(days)s day",
                         "Reminder: “%(course)s” is due in %(days)s days", days) % {
            "course": course, "days": days}
    body = _("The course “%(course)s” is due on %(date)s. Continue where you stopped.") % {
        "course": course, "date": _date(d.get("due_date"))}
    return Notice(title, body, url)


def _overdue(d, pages):
    course, url = _link(d, "course_key", "course", pages)
    title = _("Overdue: “%(course)s”") % {"course": course}
    body = _("The course “%(course)s” was due on %(date)s and is not completed yet. Your "
             "institution's administrator can see this.") % {
        "course": course, "date": _date(d.get("due_date"))}
    return Notice(title, body, url)


def _digest(d, pages):
    overdue, pending = d.get("overdue", []), int(d.get("pending", 0))
    title = _("Weekly digest: %(overdue)s overdue, %(pending)s waiting to join") % {
        "overdue": d.get("overdue_total", len(overdue)), "pending": pending}
    lines = []
    if overdue:
        lines.append(_("Overdue training in your units:"))
        lines += [f"- {row['name']} ({row['unit']}): {row['course']}, "
                  + _("due %(date)s") % {"date": _date(row["due_date"])} for row in overdue]
        more = d.get("overdue_total", len(overdue)) - len(overdue)
        if more > 0:
            lines.append(ngettext("…and %(n)s more.", "…and %(n)s more.", more) % {"n": more})
    if pending:
        lines.append(ngettext("%(n)s request to join your units is waiting for a decision.",
                              "%(n)s requests to join your units are waiting for a decision.",
                              pending) % {"n": pending})
    url = (reverse("reports:learners") + "?status=overdue") if overdue else reverse(
        "institutions:requests")
    return Notice(title, "\n".join(lines), url)


def _membership(d, pages):
    institution = d.get(f"institution_{pages.language}") or d.get("institution", "")
    if d.get("status") == "active":
        title = _("You are now a member of %(institution)s") % {"institution": institution}
        body = _("Your institution can now assign you courses and see your training.")
    else:
        title = _("Your request to join %(institution)s was declined") % {
            "institution": institution}
        body = _("If you think this is a mistake, ask your institution's administrator, or "
                 "choose another institution.")
    return Notice(title, body, reverse("dashboard"))


def _answer_marked(d, pages):
    quiz, url = _link(d, "quiz_key", "quiz", pages)
    if d.get("number") and "?" not in url:
        url += f"?result={d['number']}"
    title = _("Your written answer in “%(quiz)s” is marked") % {"quiz": quiz}
    body = (_("It was marked correct.") if d.get("correct") else
            _("It was marked not correct yet. Read the explanation with your result."))
    return Notice(title, body, url)


def _certificate(d, pages):
    course, _url = _link(d, "course_key", "course", pages)
    title = _("Your certificate for “%(course)s” is ready") % {"course": course}
    body = _("Download it from My training; anyone can check it with its code %(code)s.") % {
        "code": d.get("code", "")}
    return Notice(title, body, reverse("dashboard"))


def _protocol_changed(d, pages):
    protocol, url = _link(d, "protocol_key", "protocol", pages)
    title = _("“%(protocol)s” has a new version (%(version)s)") % {
        "protocol": protocol, "version": d.get("version")}
    body = _("You acknowledged an earlier version. Read what changed and acknowledge the new "
             "one.")
    return Notice(title, body, url)


def _course_refresher(d, pages):
    course, url = _link(d, "course_key", "course", pages)
    if d.get("reason") == "expiry":
        title = _("Your certificate for “%(course)s” has expired") % {"course": course}
        body = _("Renew it with a short refresher on the course page.")
    else:
        title = _("Refresher needed: “%(course)s”") % {"course": course}
        body = _("A protocol this course teaches has changed in substance since you completed "
                 "it. Read what changed and answer a few questions on the course page.")
    return Notice(title, body, url)


def _certificate_expiring(d, pages):
    course, url = _link(d, "course_key", "course", pages)
    title = _("Your certificate for “%(course)s” expires on %(date)s") % {
        "course": course, "date": _date(d.get("expires_on"))}
    body = _("When it expires, the course page offers a short refresher to renew it.")
    return Notice(title, body, url)


_NOTICES = {
    Kind.ASSIGNED: _assigned, Kind.REMINDER: _reminder, Kind.OVERDUE: _overdue,
    Kind.DIGEST: _digest, Kind.MEMBERSHIP: _membership, Kind.ANSWER_MARKED: _answer_marked,
    Kind.CERTIFICATE: _certificate, Kind.PROTOCOL_CHANGED: _protocol_changed,
    Kind.COURSE_REFRESHER: _course_refresher, Kind.CERTIFICATE_EXPIRING: _certificate_expiring,
}
