"""Run every benchmark and print its figures: `make bench`."""

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

from bench import courses, home_page, institutions, protocol_page, quizzes  # noqa: E402

if __name__ == "__main__":
    call_command("migrate", verbosity=0)
    call_command("load_demo", stdout=open(os.devnull, "w"))
    for module in (home_page, protocol_page, courses, quizzes, institutions):
        module.run()
