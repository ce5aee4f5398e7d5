"""Read the demo content from site/demo_data/ (YAML; its README.md says what is where), and
the helpers every demo loader shares.

Demo data only: `manage.py load_demo` reads it; the site never does.
"""

import copy
import functools
import uuid
from pathlib import Path

import yaml

DEMO_DATA = Path(__file__).resolve().parents[1] / "demo_data"
CLAUSE_NAMESPACE = uuid.UUID("4f1f6f3e-7a51-4d6e-9a57-0d8c9d2b5a10")


@functools.cache
def _parsed(path):
    with path.open(encoding="utf-8") as file:
        return yaml.safe_load(file)


def demo_data_read(name):
    """The data in site/demo_data/<name>.yaml, e.g. "site" or "learners".

    A copy: a loader may change it without changing what the next one reads."""
    return copy.deepcopy(_parsed(DEMO_DATA / f"{name}.yaml"))


def demo_data_all(kind):
    """The data in each file of site/demo_data/<kind>/ ("protocols", "courses", "questions").

    In the order of the file names: the number each name starts with is the order in which
    the demo creates them, which is the order the menus and indexes show them in."""
    paths = sorted((DEMO_DATA / kind).glob("*.yaml"))
    if not paths:
        raise FileNotFoundError(f"no demo data in {DEMO_DATA / kind}")
    return [copy.deepcopy(_parsed(path)) for path in paths]


def demo_clause_id(*, protocol, key):
    """The block id of a protocol clause, from the protocol's slug and the clause's key.

    The same clause gets the same id in every language and every run, so lessons and
    questions can point at it before the protocol exists."""
    return str(uuid.uuid5(CLAUSE_NAMESPACE, f"{protocol}/{key}"))


def demo_page_publish(page, *, fields=None):
    """Set `fields` on a saved page, publish it as a new revision, and return it fresh from
    the database (publishing saves the revision's copy of the page, not this instance)."""
    for name, value in (fields or {}).items():
        setattr(page, name, value)
    page.save_revision().publish()
    return type(page).objects.get(pk=page.pk)
