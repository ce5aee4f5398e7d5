"""Protocol currency in figures: of the staff in a scope (the people in its units now), who
works to the latest version of each protocol and who is current on each course since the
protocols it teaches last changed; by unit, profession and language; how many days people
took to confirm a new version; the versions' timeline; and who is out of date.

"Current" means, for a protocol, having confirmed its latest version; for a course, having
completed it with no refresher outstanding. "Out of date" means having confirmed only an
earlier version, or needing a refresher. Computed from a fixed number of queries (staff,
versions, confirmations, course completions, titles), whatever the number of people."""
import statistics
from collections import defaultdict
from dataclasses import dataclass, field

from django.utils import formats, timezone
from django.utils.translation import gettext as _

from academy.base.i18n import language_choices
from accounts.constants import Profession

from .cells import SUPPRESSED, Rate, Table
from .constants import SUPPRESS_BELOW, Basis
from .selectors import _titles

PEOPLE_LISTED = 200


@dataclass
class _Item:
    """A protocol or a course, and each staff member's standing on it."""

    key: object
    title: str
    kind: str  # "protocol" or "course"
    current: set = field(default_factory=set)
    outdated: dict = field(default_factory=dict)  # user id -> what they are behind on
    days: dict = field(default_factory=dict)  # user id -> days to confirm the latest version


def _staff(scope, filters):
    """{user id: (institution id, profession, language, name, email)} of the scope's people
    now."""
    people = filters.staff(scope).filter(user__isnull=False)
    rows = people.values_list("user_id", "institution_id", "user__profile__profession",
                              "user__profile__preferred_language", "user__profile__full_name",
                              "user__email")
    return people, {uid: (inst, prof or "", lang or "", name or email, email)
                    for uid, inst, prof, lang, name, email in rows}


def _date(moment):
    return formats.date_format(timezone.localtime(moment), "j E Y") if moment else "—"


def _protocols(people, staff):
    """([_Item] per protocol, {key: [(number, first published, substantive)]})."""
    from protocols.models import ProtocolAcknowledgement, ProtocolPage, ProtocolVersion

    versions = defaultdict(dict)
    for key, number, published, substantive in ProtocolVersion.objects.values_list(
            "translation_key", "number", "published_at", "substantive"):
        known = versions[key].get(number)
        if known is None or published < known[0]:
            versions[key][number] = (published, substantive or (known or (0, False))[1])
    confirmed = defaultdict(lambda: defaultdict(dict))  # key -> user -> version -> when
    for key, version, user_id, when in ProtocolAcknowledgement.objects.filter(
            user__in=people.values("user_id")).values_list(
            "translation_key", "version", "user_id", "acknowledged_at"):
        known = confirmed[key][user_id].get(version)
        if known is None or when < known:
            confirmed[key][user_id][version] = when
    titles = _titles(ProtocolPage, list(versions))
    items, timeline = [], {}
    for key in sorted(versions, key=lambda k: titles.get(k, "")):
        if key not in titles:
            continue
        latest = max(versions[key])
        published = versions[key][latest][0]
        item = _Item(key, titles[key], "protocol")
        for user_id, seen in confirmed[key].items():
            if user_id not in staff:
                continue
            if latest in seen:
                item.current.add(user_id)
                if any(v < latest for v in seen):
                    item.days[user_id] = max(0, (seen[latest] - published).days)
            else:
                item.outdated[user_id] = _("confirmed version %(old)s; the latest is %(new)s") % {
                    "old": max(seen), "new": latest}
        items.append(item)
        timeline[key] = [(number, *versions[key][number], {
            user_id: seen for user_id, seen in confirmed[key].items() if user_id in staff})
            for number in sorted(versions[key])]
    return items, timeline


def _courses(people, staff, titles):
    from courses.models import CourseProgress

    completed = defaultdict(dict)
    for user_id, key, needed in CourseProgress.objects.filter(
            user__in=people.values("user_id"), completed_at__isnull=False).values_list(
            "user_id", "course_key", "refresher_needed_at"):
        if user_id in staff:
            completed[key][user_id] = needed
    items = []
    for key, title in titles.items():
        item = _Item(key, title, "course")
        for user_id, needed in completed.get(key, {}).items():
            if needed is None:
                item.current.add(user_id)
            else:
                item.outdated[user_id] = _("refresher needed since %(date)s") % {
                    "date": _date(needed)}
        items.append(item)
    return items


def _cells(item, members, scope):
    """Staff, current, out of date, share current, median days, for `members` (user ids)."""
    n = len(members)
    if scope.national and n < SUPPRESS_BELOW:
        return [SUPPRESSED] * 5
    current = len(item.current & members)
    outdated = sum(1 for uid in members if uid in item.outdated)
    days = [item.days[uid] for uid in members if uid in item.days]
    median = round(statistics.median(days), 1) if days and item.kind == "protocol" else "–"
    return [n, current, outdated, Rate.of(current, n), median]


def _columns():
    return [_("Staff"), _("Current"), _("Out of date"), _("Current (share of staff)"),
            _("Median days to confirm the latest version")]


def _groups(staff, index):
    grouped = defaultdict(set)
    for user_id, facts in staff.items():
        grouped[facts[index]].add(user_id)
    return grouped


def currency_tables(scope, filters, *, only=None, titles=None):
    """The tables of the currency report (`only`: the keys wanted, for an export)."""
    from .selectors import course_titles

    def want(key):
        return only is None or key in only

    people, staff = _staff(scope, filters)
    everyone = set(staff)
    protocols, timeline = _protocols(people, staff)
    courses = _courses(people, staff, course_titles() if titles is None else titles)
    items = protocols + courses
    tables = []
    if want("currency_summary"):
        behind = {uid for item in items for uid in item.outdated}
        table = Table("currency_summary", _("At a glance"), [_("Figure"), _("Value")])
        table.rows = [[_("Staff in these units"), len(everyone)],
                      [_("Out of date on at least one protocol or course"),
                       SUPPRESSED if scope.national and 0 < len(behind) < SUPPRESS_BELOW
                       else len(behind)],
                      [_("Share of staff up to date on everything they were trained on"),
                       Rate.of(len(everyone - behind), len(everyone))]]
        tables.append(table)
    for key, title, chosen in (
            ("currency_protocols", _("Protocols: staff on the latest version"), protocols),
            ("currency_courses", _("Courses: staff current since the protocols changed"),
             courses)):
        if not want(key):
            continue
        first = _("Protocol") if chosen is protocols else _("Course")
        table = Table(key, title, [first, *_columns()], chart={"value": 4, "max": 100},
                      note=_("Current: confirmed the latest version of the protocol. Out of "
                             "date: confirmed only an earlier one.") if chosen is protocols
                      else _("Current: completed, with no refresher outstanding. Out of date: "
                             "a protocol the course teaches changed, or the certificate "
                             "expired, and the refresher is not done yet."))
        table.rows = [[item.title, *_cells(item, everyone, scope)] for item in chosen]
        tables.append(table)
    if want("currency_units"):
        from .tables import _rolled_up_to

        children = scope.children(filters.unit)
        owner = _rolled_up_to(scope, children)
        by_unit = defaultdict(set)
        for user_id, facts in staff.items():
            child = owner.get(facts[0])
            if child is not None:
                by_unit[child.pk].add(user_id)
        table = Table("currency_units", _("Currency by unit"),
                      [_("Unit"), _("Protocol or course"), *_columns()])
        for child in children:
            if by_unit[child.pk]:
                table.rows += [[child.name, item.title, *_cells(item, by_unit[child.pk], scope)]
                               for item in items]
        tables.append(table)
    for key, title, index, labels in (
            ("currency_professions", _("Currency by profession"), 1, dict(Profession.choices)),
            ("currency_languages", _("Currency by language"), 2, dict(language_choices()))):
        if not want(key):
            continue
        grouped = _groups(staff, index)
        table = Table(key, title, [_("Group"), _("Protocol or course"), *_columns()])
        for value, label in labels.items():
            if grouped.get(value):
                table.rows += [[str(label), item.title, *_cells(item, grouped[value], scope)]
                               for item in items]
        tables.append(table)
    if want("currency_timeline"):
        tables.append(_timeline(protocols, timeline, everyone, scope))
    if want("currency_people") and scope.learner_level:
        tables.append(_people(items, staff, scope))
    for table in tables:
        table.basis = str(Basis.STAFF.label)
    return tables


def _timeline(protocols, timeline, everyone, scope):
    table = Table("currency_timeline", _("Versions and how they were taken up"),
                  [_("Protocol"), _("Version"), _("Published"), _("Kind of change"),
                   _("Staff who confirmed it"), _("Share of staff"),
                   _("Median days to confirm (those who knew an earlier version)")],
                  note=_("Each version since the first, with the staff of these units who "
                         "confirmed it (or a later one) and how long those who had confirmed "
                         "an earlier version took."))
    n = len(everyone)
    for item in protocols:
        for number, published, substantive, seen in timeline[item.key]:
            confirmed = [uid for uid, versions in seen.items() if max(versions) >= number]
            days = [max(0, (versions[number] - published).days) for versions in seen.values()
                    if number in versions and any(v < number for v in versions)]
            kind = (_("first version") if number == min(v[0] for v in timeline[item.key])
                    else _("substantive") if substantive else _("new version"))
            figures = ([SUPPRESSED] * 3 if scope.national and n < SUPPRESS_BELOW else
                       [len(confirmed), Rate.of(len(confirmed), n),
                        round(statistics.median(days), 1) if days else "–"])
            table.rows.append([item.title, number, _date(published), kind, *figures])
    return table


def _people(items, staff, scope):
    """Who is out of date, by name (institution administrators only); the first
    PEOPLE_LISTED on the page, all of them in the download."""
    units = {pk: institution.name for pk, institution in scope.by_id.items()}
    table = Table("currency_people", _("Who is out of date"),
                  [_("Name"), _("Email"), _("Unit"), _("Protocol or course"),
                   _("Where they stand")])
    for item in items:
        for user_id, what in item.outdated.items():
            unit, _profession, _language, name, email = staff[user_id]
            table.rows.append([name, email, units.get(unit, "—"), item.title, what])
    table.rows.sort(key=lambda row: (row[2], row[0], row[3]))
    return table

