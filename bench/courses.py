"""Lesson page render (signed-in learner, warm) and progress writes with concurrent clients.

Targets: lesson page p95 < 50 ms and <= 8 queries; a progress write <= 3 queries.
Run on PostgreSQL (`make bench-pg`) for the concurrency figure to mean anything."""

import statistics
import threading
import time

from django.db import connection, connections
from django.test import Client

from courses.models import CoursePage, LessonPage
from courses.services import course_outline_for, lesson_complete
from tests.factories import make_learner

RUNS = 100
WRITERS = 8
WRITE_SECONDS = 3


def _count_queries(fn):
    queries = []
    with connection.execute_wrapper(lambda ex, sql, *a: queries.append(sql) or ex(sql, *a)):
        fn()
    return len(queries)


def run():
    course = CoursePage.objects.filter(locale__language_code="en").first()
    lessons = list(LessonPage.objects.live().descendant_of(course).order_by("path"))
    outline = course_outline_for(course.translation_key)
    learner = make_learner(email="bench.lesson@example.org")
    client = Client()
    client.force_login(learner)
    url = lessons[1].url
    client.get(url)
    queries = _count_queries(lambda: client.get(url))
    samples = []
    for _ in range(RUNS):
        start = time.perf_counter()
        response = client.get(url)
        samples.append((time.perf_counter() - start) * 1000)
    assert response.status_code == 200
    samples.sort()
    print(f"courses: lesson page, signed-in learner, {RUNS} warm requests (test client)")
    print(f"  queries {queries}  median {statistics.median(samples):.2f} ms  "
          f"p95 {samples[int(RUNS * 0.95) - 1]:.2f} ms")

    first = make_learner(email="bench.first@example.org")
    write_queries = _count_queries(lambda: lesson_complete(
        user=first, lesson=lessons[0], course_key=course.translation_key, outline=outline))
    repeat_queries = _count_queries(lambda: lesson_complete(
        user=first, lesson=lessons[0], course_key=course.translation_key, outline=outline))

    writers = [make_learner(email=f"bench.writer{n}@example.org") for n in range(WRITERS)]
    counts = [0] * WRITERS
    stop = time.monotonic() + WRITE_SECONDS

    def write(index):
        n = 0
        try:
            while time.monotonic() < stop:
                lesson = lessons[n % len(lessons)]
                lesson_complete(user=writers[index], lesson=lesson,
                                course_key=course.translation_key, outline=outline)
                n += 1
        finally:
            counts[index] = n
            connections.close_all()

    threads = [threading.Thread(target=write, args=(i,)) for i in range(WRITERS)]
    started = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.monotonic() - started
    print(f"  progress write: {write_queries} queries (first completion), {repeat_queries} "
          f"(repeat); {sum(counts) / elapsed:.0f} writes/s with {WRITERS} concurrent clients "
          f"on {connection.vendor}")
    print("  targets: lesson page p95 < 50 ms and <= 8 queries; a progress write <= 3 queries")
