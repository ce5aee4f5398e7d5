"""Run the benchmarks and print their figures: `make bench` runs them all, `python -m bench
reports quizzes` only the ones named. `reports`, `notifications` and `currency` are never run
by default: each needs a fresh PostgreSQL database of its own and takes minutes
(`make bench-reports`, `make bench-notifications`, `make bench-currency`)."""

import os
import sys
import tempfile
from pathlib import Path

# A throw-away SQLite database unless DATABASE_URL names another one.
_tmp = tempfile.mkdtemp(prefix="academy-bench-")
os.environ.setdefault("DATABASE_URL", f"sqlite:///{Path(_tmp) / 'bench.sqlite3'}")
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "academy.settings.test")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402

from bench import (  # noqa: E402
    courses,
    currency,
    home_page,
    institutions,
    notifications,
    protocol_page,
    quizzes,
    reports,
)

MODULES = {"home_page": home_page, "protocol_page": protocol_page, "courses": courses,
           "quizzes": quizzes, "institutions": institutions, "reports": reports,
           "notifications": notifications, "currency": currency}
DEFAULT = ("home_page", "protocol_page", "courses", "quizzes", "institutions")

if __name__ == "__main__":
    names = sys.argv[1:] or DEFAULT
    unknown = [name for name in names if name not in MODULES]
    if unknown:
        sys.exit(f"unknown benchmark {', '.join(unknown)}; choose from {', '.join(MODULES)}")
    call_command("migrate", verbosity=0)
    import time

    started = time.perf_counter()
    call_command("load_demo", stdout=open(os.devnull, "w"))
    from courses.models import CoursePage, LessonPage
    from protocols.models import ProtocolPage
    from quizzes.models import Question

    print(f"load_demo: {time.perf_counter() - started:.1f} s for "
          f"{ProtocolPage.objects.count()} protocol pages, {CoursePage.objects.count()} course "
          f"pages, {LessonPage.objects.count()} lesson pages and {Question.objects.count()} "
          f"questions in en, ru and kk, with the generated learners")
    for name in names:
        MODULES[name].run()
