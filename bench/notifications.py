"""Notices and onboarding at scale. Needs PostgreSQL and a fresh database:
`make bench-notifications`.

Reminder sweep: 20,000 learners with an assigned course due tomorrow (Kazakhstan time),
enrolled a week ago, not completed. Targets: `reminders_sweep` < 60 s and < 200 MB
(tracemalloc peak and growth of ru_maxrss), queries per batch flat (the same at 2,000
learners as at 20,000), a second sweep the same day writes nothing. Then the outbox: mails
queued per second by `notifications_deliver`, with sending patched out.

Staff onboarding: a CSV of 5,000 people (`onboarding_run`, as the background task runs it)
< 60 s and < 200 MB; the same file uploaded again creates no account."""

import gc
import resource
import statistics
import time
import tracemalloc
from contextlib import nullcontext
from datetime import timedelta
from unittest import mock

from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext, override_settings
from django.utils import timezone

from academy.base.models import OutboundEmail
from academy.base.tasks import email_send
from accounts.models import Profile
from bench.reports import _current_rss_kb, _ok
from courses.models import CoursePage, Enrolment
from institutions.models import Institution, Membership, Role
from notifications.constants import EmailState, Kind
from notifications.models import Notification
from notifications.services import notifications_deliver
from notifications.sweeps import reminders_sweep
from notifications.tasks import deliver
from onboarding.models import JobStatus
from onboarding.services import SYNC_ROWS, onboarding_run, onboarding_start
from onboarding.tasks import onboarding_run_task

SMALL, LEARNERS, CHUNK = 2_000, 20_000, 2_000
ROWS = 5_000
SWEEP_TARGET_S, ONBOARD_TARGET_S, TARGET_MB = 60, 60, 200
LANGUAGES = ["kk", "ru", "en"]
MB = 1024 * 1024


def _tree(code, units):
    """A ministry and `units` district units under it; returns [root, *units]."""
    root = Institution.add_root(code=code, name_en=f"Bench {code}", name_ru=f"Бенч {code}",
                                name_kk=f"Бенч {code}", kind="police", region="almaty")
    nodes = [root]
    for i in range(1, units + 1):  # the root read again each time: numchild as stored
        nodes.append(Institution.objects.get(pk=root.pk).add_child(
            code=f"{code}-{i}", name_en=f"Unit {i}", name_ru=f"Отдел {i}",
            name_kk=f"Бөлім {i}", kind="police", region="almaty"))
    return nodes


def _learners(start, stop, units, course_key):
    """Learners start..stop-1: account, profile, membership, the course assigned a week ago
    and due tomorrow; seeded a chunk at a time (the process stays small)."""
    User = get_user_model()
    week_ago = timezone.now() - timedelta(days=7)
    due = timezone.localdate() + timedelta(days=1)
    for lo in range(start, stop, CHUNK):
        users = User.objects.bulk_create(
            [User(email=f"bench.notify.learner{n}@example.org", password="!",
                  date_joined=week_ago) for n in range(lo, min(lo + CHUNK, stop))])
        Profile.objects.bulk_create(
            [Profile(user=u, full_name=f"Learner {u.pk}", profession="patrol_police",
                     position="Officer", preferred_language=LANGUAGES[u.pk % 3],
                     completed_at=week_ago) for u in users])
        unit_of = {u.pk: units[u.pk % len(units)] for u in users}
        Membership.objects.bulk_create(
            [Membership(user=u, institution=unit_of[u.pk], status="active",
                        requested_at=week_ago, started_at=week_ago) for u in users])
        Enrolment.objects.bulk_create(
            [Enrolment(user=u, course_key=course_key, source="assigned", due_date=due,
                       enrolled_at=week_ago, institution=unit_of[u.pk]) for u in users])


def _measure(fn, *, trace=False):
    """(fn(), seconds, tracemalloc peak in bytes, 0 unless traced)."""
    if trace:
        tracemalloc.start()
    start = time.perf_counter()
    result = fn()
    seconds = time.perf_counter() - start
    peak = tracemalloc.get_traced_memory()[1] if trace else 0
    if trace:
        tracemalloc.stop()
    return result, seconds, peak


def _sweep(*, trace=False, capture=False):
    """One `reminders_sweep` (its own deliver task patched out: the outbox is measured
    apart): seconds, (reminders, overdue) written, tracemalloc peak, ru_maxrss before and
    after, [queries of each batch] (the first with the set-up, the last the empty read)."""
    gc.collect()
    marks, maxrss_before = [], _maxrss_kb()
    context = CaptureQueriesContext(connection) if capture else nullcontext()
    with mock.patch.object(deliver, "delay_on_commit"), context as captured:
        written, seconds, peak = _measure(lambda: reminders_sweep(
            progress=lambda _last: marks.append(len(captured) if capture else 0)), trace=trace)
        ends = [*marks, len(captured)] if capture else []
    return {"seconds": seconds, "written": written, "peak": peak,
            "maxrss_before": maxrss_before, "maxrss_after": _maxrss_kb(),
            "batches": [b - a for a, b in zip([0, *ends], ends, strict=False)]}


def _maxrss_kb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def _sweep_clear():  # so the next sweep writes every notice again
    Notification.objects.filter(kind__in=[Kind.REMINDER, Kind.OVERDUE]).delete()


def _per_batch(batches):
    middle = batches[1:-1] or batches
    return (f"{len(batches) - 1} batches: first {batches[0]} (with set-up), then "
            f"{min(middle)}–{max(middle)} a batch (median {statistics.median(middle):g}), "
            f"{batches[-1]} to finish"), set(batches[1:-1])


def _deliver_all():
    """Call notifications_deliver until nothing waits; email_send.delay is a no-op, so
    mail is stored (OutboundEmail) and marked queued but not sent."""
    waiting = Notification.objects.filter(email_state=EmailState.PENDING).count()
    queued, calls, first = 0, 0, None
    with override_settings(NOTIFICATION_MAILS_PER_MINUTE=10**9), \
            mock.patch.object(email_send, "delay") as sent:
        start = time.perf_counter()
        while True:
            with CaptureQueriesContext(connection) if not calls else nullcontext() as captured:
                mails, left = notifications_deliver()
            first = first or (mails, len(captured))
            queued, calls = queued + mails, calls + 1
            if not left or not mails:
                break
        seconds = time.perf_counter() - start
    return waiting, queued, left, calls, seconds, sent.call_count, first


def _csv(prefix, codes):
    lines = ["email,full name,profession,position,unit code"]
    lines += [f"bench.notify.{prefix}{i}@example.org,Сотрудник {prefix} {i},Patrol police "
              f"officer,Officer,{codes[i % len(codes)]}" for i in range(ROWS)]
    return ("\n".join(lines) + "\n").encode()


def _onboard(admin, data, *, trace=False):
    """onboarding_start (its task patched out), then onboarding_run timed as the task runs
    it; invitation mail stored, not sent."""
    gc.collect()
    emails_before, maxrss_before = OutboundEmail.objects.count(), _maxrss_kb()
    with mock.patch.object(onboarding_run_task, "delay_on_commit") as task, \
            mock.patch.object(email_send, "delay"):
        job, started, _peak = _measure(
            lambda: onboarding_start(user=admin, file_name="bench.csv", data=data))
        assert task.call_count == 1, "expected the file to be left to the background task"
        _none, seconds, peak = _measure(lambda: onboarding_run(job.pk), trace=trace)
    job.refresh_from_db()
    return {"job": job, "started": started, "seconds": seconds, "peak": peak,
            "maxrss_before": maxrss_before, "maxrss_after": _maxrss_kb(),
            "emails": OutboundEmail.objects.count() - emails_before}


def _memory(plain, traced, rss_start):
    peak, growth = traced["peak"] / MB, max(0.0, (plain["maxrss_after"] - rss_start) / 1024)
    return peak, growth, (f"tracemalloc peak {peak:.1f} MB; ru_maxrss "
                          f"{plain['maxrss_before'] / 1024:.0f} → {plain['maxrss_after'] / 1024:.0f}"
                          f" MB ({growth:.1f} MB above the RSS at the start, "
                          f"{rss_start / 1024:.0f} MB)")


def run():
    if connection.vendor != "postgresql":
        print("notifications: skipped (needs PostgreSQL: `make bench-notifications`)")
        return
    course = CoursePage.objects.live().order_by("pk").first()
    units = _tree("BENCH-NOTIFY", 10)[1:]
    _none, seeded, _peak = _measure(lambda: _learners(0, SMALL, units, course.translation_key))
    small = _sweep(capture=True)
    _sweep_clear()
    _none, more, _peak = _measure(lambda: _learners(SMALL, LEARNERS, units,
                                                    course.translation_key))
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")

    print(f"notifications: {LEARNERS:,} learners with “{course.title}” assigned, due "
          f"{timezone.localdate() + timedelta(days=1)} (tomorrow, Asia/Almaty), enrolled a week"
          f" ago; {Enrolment.objects.filter(source='assigned').count():,} assigned enrolments "
          f"in all; seeded in {seeded + more:.1f} s on {connection.vendor}")
    rss_start = _current_rss_kb()
    plain = _sweep()
    again = _sweep()
    _sweep_clear()
    traced = _sweep(trace=True)
    _sweep_clear()
    large = _sweep(capture=True)
    peak, growth, memory = _memory(plain, traced, rss_start)
    print(f"reminders_sweep, {LEARNERS:,} learners: {plain['seconds']:.1f} s (with tracemalloc"
          f" on: {traced['seconds']:.1f} s), written (reminders, overdue) {plain['written']}; "
          f"its deliver.delay_on_commit patched out (the outbox is measured below)")
    print(f"  memory: {memory}")
    print(f"  target: < {SWEEP_TARGET_S} s {_ok(plain['seconds'] < SWEEP_TARGET_S)}, "
          f"< {TARGET_MB} MB {_ok(max(peak, growth) < TARGET_MB)}")
    counts = set()
    for n, result in ((SMALL, small), (LEARNERS, large)):
        text, middle = _per_batch(result["batches"])
        counts |= middle
        print(f"  queries, {n:,} learners: {text}, {sum(result['batches'])} in all")
    flat = len(counts) == 1
    print(f"  queries per batch {'flat' if flat else 'NOT flat'} {_ok(flat)}")
    print(f"  second sweep the same day: {again['seconds']:.1f} s, written {again['written']} "
          f"(expected (0, 0)) {_ok(again['written'] == (0, 0))}")

    waiting, queued, left, calls, seconds, sends, first = _deliver_all()
    print(f"notifications_deliver: {queued:,} mails queued of {waiting:,} waiting in {calls} "
          f"calls, {seconds:.1f} s: {queued / seconds:,.0f} mails queued a second; {left} left;"
          f" first call: {first[1]:,} queries for {first[0]:,} mails")
    print(f"  (email_send.delay patched with a no-op: {sends:,} sends asked for, none made; "
          f"NOTIFICATION_MAILS_PER_MINUTE overridden to 10**9)")

    onboard_units = _tree("BENCH-ONBOARD", 4)
    admin = get_user_model().objects.create_user(email="bench.notify.admin@example.org")
    Profile.objects.create(user=admin, full_name="Bench Admin", profession="other",
                           position="-", completed_at=timezone.now())
    Role.objects.create(user=admin, kind="institution_admin", institution=onboard_units[0])
    codes = [u.code for u in onboard_units]
    data = _csv("staff", codes)
    rss_start = _current_rss_kb()
    first = _onboard(admin, data)
    second = _onboard(admin, data)
    traced = _onboard(admin, _csv("other", codes), trace=True)
    peak, growth, memory = _memory(first, traced, rss_start)
    job = first["job"]
    print(f"onboarding: CSV of {ROWS:,} rows ({len(data) / 1024:.0f} KB, over SYNC_ROWS="
          f"{SYNC_ROWS}: a background task; its delay_on_commit and email_send.delay patched "
          f"out, onboarding_run called directly)")
    print(f"  onboarding_start {first['started']:.2f} s, onboarding_run {first['seconds']:.1f} s "
          f"(with tracemalloc on, another file: {traced['seconds']:.1f} s); status "
          f"{job.status}; invitation mails stored {first['emails']:,}")
    print(f"  result: {job.result}")
    print(f"  memory: {memory}")
    print(f"  target: < {ONBOARD_TARGET_S} s {_ok(first['seconds'] < ONBOARD_TARGET_S)}, "
          f"< {TARGET_MB} MB {_ok(max(peak, growth) < TARGET_MB)}; {ROWS:,} accounts "
          f"{_ok(job.status == JobStatus.DONE and job.result.get('created') == ROWS)}")
    job = second["job"]
    print(f"  same file again: {second['seconds']:.1f} s, status {job.status}, created "
          f"{job.result.get('created')} (expected 0) {_ok(job.result.get('created') == 0)}, "
          f"mails {second['emails']}; result {job.result}")
    print(f"targets: sweep < {SWEEP_TARGET_S} s and < {TARGET_MB} MB, queries per batch flat, "
          f"second sweep writes 0; onboarding of {ROWS:,} < {ONBOARD_TARGET_S} s and "
          f"< {TARGET_MB} MB")
