"""Refreshers at scale: a protocol changes in substance and everyone who confirmed the
version before must re-read it. Needs PostgreSQL and a fresh database: `make bench-currency`.

A live protocol at version N, acknowledged at N by 100,000 learners (ru, kk and en); then
`refreshers_write(translation_key, version=N + 1)` is called directly (no page is published:
that would run the rest of the publish machinery too). Targets: all 100,000 refresher rows
written < 2 minutes and < 200 MB (tracemalloc peak on a separate run, growth of ru_maxrss),
queries per batch flat (the same at 10,000 learners as at 100,000), a second call for the
same version writes 0 rows, and a call with a smaller batch after half the rows were deleted
writes exactly that half again."""

import gc
import time
from contextlib import nullcontext
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.db import connection
from django.db.models.functions import Mod
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from bench.notifications import _maxrss_kb, _measure, _memory, _per_batch
from bench.reports import _current_rss_kb, _ok
from courses.models import CourseOutline, CourseProgress
from currency.models import CourseRefresher, ProtocolRefresher
from currency.services import BATCH, course_refreshers_write, refreshers_write
from protocols.models import ProtocolAcknowledgement, ProtocolPage

SMALL, LEARNERS, CHUNK, SMALL_BATCH = 10_000, 100_000, 5_000, 1_000
COMPLETERS_SMALL, COMPLETERS = 2_000, 20_000
TARGET_S, TARGET_MB = 120, 200
LANGUAGES = ["ru", "kk", "en"]


def _protocol():
    """The first live English protocol and its page in each language (by translation key)."""
    page = (ProtocolPage.objects.live().filter(locale__language_code="en")
            .order_by("path").first())
    pages = {p.locale.language_code: p for p in ProtocolPage.objects.filter(
        translation_key=page.translation_key).select_related("locale")}
    return page, {lang: pages.get(lang, page) for lang in LANGUAGES}


def _learners(start, stop, page, pages):
    """Learners start..stop-1, each with an acknowledgement of version N a month ago (in
    ru, kk or en in turn); seeded a chunk at a time."""
    User = get_user_model()
    month_ago = timezone.now() - timedelta(days=30)
    for lo in range(start, stop, CHUNK):
        users = User.objects.bulk_create(
            [User(email=f"bench.currency.learner{n}@example.org", password="!",
                  date_joined=month_ago) for n in range(lo, min(lo + CHUNK, stop))])
        ProtocolAcknowledgement.objects.bulk_create([ProtocolAcknowledgement(
            user=u, translation_key=page.translation_key, version=page.version,
            page=pages[LANGUAGES[u.pk % 3]], language=LANGUAGES[u.pk % 3],
            acknowledged_at=month_ago + timedelta(minutes=u.pk % 1440)) for u in users])


def _write(key, version, *, trace=False, capture=False, batch_size=BATCH, write=None):
    """One `refreshers_write` (or `write(progress)`): seconds, rows written, tracemalloc
    peak, ru_maxrss before and after, seconds of each batch, [queries of each batch] (the
    last: the empty read)."""
    gc.collect()
    marks, times, maxrss_before = [], [], _maxrss_kb()
    context = CaptureQueriesContext(connection) if capture else nullcontext()

    def progress(_last):
        times.append(time.perf_counter())
        marks.append(len(captured) if capture else 0)

    with context as captured:
        begun = time.perf_counter()
        written, seconds, peak = _measure((lambda: write(progress)) if write else (
            lambda: refreshers_write(translation_key=key, version=version,
                                     batch_size=batch_size, progress=progress)), trace=trace)
        ends = [*marks, len(captured)] if capture else []
    return {"seconds": seconds, "written": written, "peak": peak,
            "maxrss_before": maxrss_before, "maxrss_after": _maxrss_kb(),
            "times": [b - a for a, b in zip([begun, *times], times, strict=False)],
            "batches": [b - a for a, b in zip([0, *ends], ends, strict=False)],
            "sql": [q["sql"] for q in captured.captured_queries] if capture else []}


def _rows(key, version):
    return ProtocolRefresher.objects.filter(translation_key=key, version=version)


def _plan(sql):
    """EXPLAIN ANALYZE of a read the service made (its SQL as captured)."""
    with connection.cursor() as cursor:
        cursor.execute("EXPLAIN ANALYZE " + sql)
        return [row[0] for row in cursor.fetchall()]


def _completers(course_key, start, stop):
    """Learners start..stop-1 who completed the course two months ago."""
    User = get_user_model()
    done = timezone.now() - timedelta(days=60)
    for lo in range(start, stop, CHUNK):
        users = User.objects.bulk_create(
            [User(email=f"bench.currency.completer{n}@example.org", password="!",
                  date_joined=done) for n in range(lo, min(lo + CHUNK, stop))])
        CourseProgress.objects.bulk_create([CourseProgress(
            user=u, course_key=course_key, percent=100, lessons_completed=4,
            lessons_required=4, started_at=done, completed_at=done) for u in users])


class _Events:
    """The domain events sent meanwhile, counted instead of handed to their listeners (the
    notices that follow are measured by `make bench-notifications`)."""

    def __enter__(self):
        from academy import events

        self.saved, self.sent = dict(events._subscribers), []
        events._subscribers.clear()
        events._subscribers[events.DomainEvent].append(self.sent.append)
        return self

    def __exit__(self, *exc):
        from academy import events

        events._subscribers.clear()
        events._subscribers.update(self.saved)


def courses(key, version):
    """20,000 completers of a course teaching the changed clause: all marked "refresher
    needed" with one refresher each, in batches, idempotently."""
    outline = CourseOutline.objects.order_by("pk").first()
    clause = "00000000-0000-4000-8000-00000000c1a5"
    CourseOutline.objects.filter(pk=outline.pk).update(clause_ids=[*outline.clause_ids, clause])
    CourseProgress.objects.filter(course_key=outline.course_key).delete()
    published = timezone.now()

    def write(progress, batch_size=BATCH):
        return course_refreshers_write(translation_key=key, version=version,
                                       clause_ids=[clause], published_at=published,
                                       batch_size=batch_size, progress=progress)

    def write_small_batches(progress):  # enough batches at 2,000 to see one in the middle
        return write(progress, batch_size=SMALL_BATCH)

    def rows():
        return CourseRefresher.objects.filter(course_key=outline.course_key)

    _completers(outline.course_key, 0, COMPLETERS_SMALL)
    with _Events():
        small = _write(key, version, capture=True, write=write_small_batches)
    rows().delete()
    CourseProgress.objects.update(refresher_needed_at=None)
    _completers(outline.course_key, COMPLETERS_SMALL, COMPLETERS)
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")
    rss_start = _current_rss_kb()
    with _Events() as events:
        plain = _write(key, version, write=write)
    written, marked = rows().count(), CourseProgress.objects.filter(
        course_key=outline.course_key, refresher_needed_at__isnull=False).count()
    with _Events() as again_events:
        again = _write(key, version, write=write)
    rows().delete()
    CourseProgress.objects.update(refresher_needed_at=None)
    with _Events():
        traced = _write(key, version, trace=True, write=write)
    rows().delete()
    CourseProgress.objects.update(refresher_needed_at=None)
    with _Events():
        large = _write(key, version, capture=True, write=write_small_batches)
    peak, growth, memory = _memory(plain, traced, rss_start)
    times = plain["times"]
    print(f"course_refreshers_write, {COMPLETERS:,} completers of a course teaching the changed "
          f"clause: {plain['seconds']:.1f} s (with tracemalloc on: {traced['seconds']:.1f} s), "
          f"returned {plain['written']:,}; refreshers {written:,}, courses marked \"refresher "
          f"needed\" {marked:,} {_ok(written == marked == plain['written'] == COMPLETERS)}")
    print(f"  batches: {len(times)} of {BATCH:,}; slowest {max(times):.2f} s; events sent "
          f"{len(events.sent)} (one per batch) {_ok(len(events.sent) == len(times))}")
    print(f"  memory: {memory}")
    counts = set()
    for learners, result in ((COMPLETERS_SMALL, small), (COMPLETERS, large)):
        text, middle = _per_batch(result["batches"])
        counts |= middle
        print(f"  queries, {learners:,} completers, batches of {SMALL_BATCH:,}: {text}, "
              f"{sum(result['batches'])} in all")
    print(f"  queries per batch {'flat' if len(counts) == 1 else 'NOT flat'} "
          f"{_ok(len(counts) == 1)} (the read; then existing, insert, mark the courses, mark "
          f"the certificates, in a transaction)")
    print(f"  second call: {again['seconds']:.1f} s, written {again['written']}, events "
          f"{len(again_events.sent)} (expected 0 and 0) "
          f"{_ok(again['written'] == 0 and not again_events.sent)}")
    return plain["seconds"], max(peak, growth)


def report(page, key, n):
    """The currency report over everyone seeded: 120,000 staff in 10 units, version N+1
    published ten days ago and confirmed by a third of them. Seconds, memory and queries
    for the national view and for one unit (an administrator's view, people listed)."""
    from bench.notifications import _tree
    from institutions.models import Membership
    from institutions.scope import Scope
    from protocols.models import ProtocolVersion
    from reports.currency import currency_tables
    from reports.selectors import Filters

    units = _tree("BENCH-CURRENCY", 10)
    User = get_user_model()
    now = timezone.now()
    people = list(User.objects.filter(email__startswith="bench.currency.").order_by("pk")
                  .values_list("pk", flat=True))
    for lo in range(0, len(people), CHUNK):
        Membership.objects.bulk_create([Membership(
            user_id=pk, institution=units[1 + pk % 10], status="active", started_at=now)
            for pk in people[lo:lo + CHUNK]])
    latest = ProtocolVersion.objects.filter(page=page, number=n).first()
    published = now - timedelta(days=10)
    ProtocolVersion.objects.create(
        translation_key=key, locale=latest.locale, page=page, number=n + 1,
        effective_date=published.date(), published_at=published, clauses=latest.clauses,
        substantive=True, changed_clause_ids=[])
    readers = [pk for pk in people if pk % 3 == 0]
    for lo in range(0, len(readers), CHUNK):
        ProtocolAcknowledgement.objects.bulk_create([ProtocolAcknowledgement(
            user_id=pk, translation_key=key, version=n + 1, page=page, language="en",
            acknowledged_at=published + timedelta(days=pk % 9, hours=1))
            for pk in readers[lo:lo + CHUNK]], ignore_conflicts=True)
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")
    unit = units[1]
    for label, scope, filters in (
            ("national, everyone", Scope.everything(), Filters()),
            (f"one unit ({unit.name}), people listed", Scope(ids=[u.pk for u in units]),
             Filters(unit=units[1]))):
        with CaptureQueriesContext(connection) as captured:
            tables, seconds, peak = _measure(lambda s=scope, f=filters: currency_tables(s, f),
                                             trace=False)
        _none, _traced_seconds, traced_peak = _measure(
            lambda s=scope, f=filters: currency_tables(s, f), trace=True)
        found = {t.key: t for t in tables}
        staff = found["currency_summary"].rows[0][1]
        listed = len(found["currency_people"].rows) if "currency_people" in found else 0
        protocol = next(row for row in found["currency_protocols"].rows
                        if row[0] == page.title)
        print(f"  currency report, {label}: {seconds:.2f} s, {len(captured)} queries, "
              f"tracemalloc peak {traced_peak / 2**20:.0f} MB; staff {staff:,}, "
              f"“{page.title}”: current {protocol[2]}, out of date {protocol[3]} "
              f"({protocol[4]}), median days to confirm {protocol[5]}; "
              f"{listed:,} rows in “Who is out of date”")


def run():
    if connection.vendor != "postgresql":
        print("currency: skipped (needs PostgreSQL: `make bench-currency`)")
        return
    page, pages = _protocol()
    key, n = page.translation_key, page.version
    demo = ProtocolAcknowledgement.objects.filter(translation_key=key).delete()[0]
    _none, seeded, _peak = _measure(lambda: _learners(0, SMALL, page, pages))
    small = _write(key, n + 1, capture=True)
    _rows(key, n + 1).delete()
    _none, more, _peak = _measure(lambda: _learners(SMALL, LEARNERS, page, pages))
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")

    acks = ProtocolAcknowledgement.objects.filter(translation_key=key, version=n)
    print(f"currency: “{page.title}” (translation_key {key}, version N={n}), acknowledged at "
          f"N by {acks.count():,} learners (" + ", ".join(
              f"{lang} {acks.filter(language=lang).count():,}" for lang in LANGUAGES)
          + f"); the demo's {demo} acknowledgements of it removed first; seeded in "
          f"{seeded + more:.1f} s on {connection.vendor}")
    print(f"  refreshers_write(translation_key, version=N+1={n + 1}) called directly, no page "
          f"published (that would run the rest of the publish machinery); BATCH={BATCH:,}")
    rss_start = _current_rss_kb()
    plain = _write(key, n + 1)
    rows = _rows(key, n + 1).count()
    again = _write(key, n + 1)
    _rows(key, n + 1).alias(parity=Mod("user_id", 2)).filter(parity=0).delete()
    half_left = _rows(key, n + 1).count()
    refill = _write(key, n + 1, batch_size=SMALL_BATCH)
    refilled = _rows(key, n + 1).count()
    _rows(key, n + 1).delete()
    traced = _write(key, n + 1, trace=True)
    _rows(key, n + 1).delete()
    large = _write(key, n + 1, capture=True)
    peak, growth, memory = _memory(plain, traced, rss_start)
    times = plain["times"]
    print(f"refreshers_write, {LEARNERS:,} learners: {plain['seconds']:.1f} s (with tracemalloc"
          f" on: {traced['seconds']:.1f} s), returned {plain['written']:,}, rows in the table "
          f"{rows:,} (expected {LEARNERS:,}) {_ok(rows == plain['written'] == LEARNERS)}")
    print(f"  batches: {len(times)} of {BATCH:,}; first {times[0]:.2f} s, last {times[-1]:.2f} s,"
          f" slowest {max(times):.2f} s; {LEARNERS / plain['seconds']:,.0f} rows a second")
    print(f"  memory: {memory}")
    print(f"  target: < {TARGET_S} s {_ok(plain['seconds'] < TARGET_S)}, "
          f"< {TARGET_MB} MB {_ok(max(peak, growth) < TARGET_MB)}")
    counts = set()
    for learners, result in ((SMALL, small), (LEARNERS, large)):
        text, middle = _per_batch(result["batches"])
        counts |= middle
        print(f"  queries, {learners:,} learners: {text}, {sum(result['batches'])} in all")
    flat = len(counts) == 1
    print(f"  queries per batch {'flat' if flat else 'NOT flat'} {_ok(flat)} (BEGIN and COMMIT "
          f"counted: the read, then count and insert in a transaction)")
    print(f"  second call, same version: {again['seconds']:.1f} s, written {again['written']} "
          f"(expected 0) {_ok(again['written'] == 0)}")
    missing = rows - half_left
    print(f"  {missing:,} rows deleted (every even user id), {half_left:,} left; again with "
          f"batch_size={SMALL_BATCH:,}: {refill['seconds']:.1f} s, {len(refill['times'])} "
          f"batches, written {refill['written']:,}, rows now {refilled:,} "
          f"{_ok(refill['written'] == missing and refilled == rows)}")
    reads = [sql for sql in large["sql"] if " GROUP BY " in sql]
    print(f"  plan of the last full batch's read ({len(reads)} reads):")
    for line in _plan(reads[-2]):
        print(f"    {line}")
    course_seconds, course_mb = courses(key, n + 1)
    total = plain["seconds"] + course_seconds
    print(f"from publish to every refresher written ({LEARNERS:,} readers and {COMPLETERS:,} "
          f"completers, the two tasks one after the other): {total:.1f} s "
          f"{_ok(total < TARGET_S)}, peak {max(peak, growth, course_mb):.0f} MB "
          f"{_ok(max(peak, growth, course_mb) < TARGET_MB)}")
    print(f"targets: {LEARNERS:,} refreshers < {TARGET_S} s and < {TARGET_MB} MB, queries per "
          f"batch flat, a second call writes 0, a smaller batch re-writes exactly what is "
          f"missing")
    report(page, key, n)
