"""Dependencies run one way: domain apps never import reports (reports listen to their
events), and no two apps import each other both ways. Imports inside functions count: a
cycle hidden in a function is still a cycle."""

import ast
from collections import defaultdict
from pathlib import Path

from tests.base.test_dependencies import imported_modules

ROOT = Path(__file__).resolve().parents[2]
DOMAIN_APPS = ["accounts", "institutions", "protocols", "courses", "quizzes"]
APPS = [*DOMAIN_APPS, "reports"]


def _imports():
    """{app: {imported app: [file, ...]}} over every module of the apps (migrations aside)."""
    found = defaultdict(lambda: defaultdict(list))
    for app in APPS:
        for path in sorted((ROOT / app).rglob("*.py")):
            if "migrations" in path.parts:
                continue
            for name in imported_modules(path):
                top = name.split(".")[0]
                if top in APPS and top != app:
                    found[app][top].append(str(path.relative_to(ROOT)))
    return found


def test_the_walk_finds_imports_between_apps():
    assert "institutions" in _imports()["courses"]


def test_no_domain_app_imports_reports():
    imports = _imports()
    assert {app: sorted(set(imports[app]["reports"])) for app in DOMAIN_APPS
            if imports[app]["reports"]} == {}


def test_no_two_apps_import_each_other():
    imports = _imports()
    both_ways = {(a, b): (sorted(set(imports[a][b])), sorted(set(imports[b][a])))
                 for a in APPS for b in APPS if a < b and imports[a][b] and imports[b][a]}
    assert both_ways == {}


WRITES = {"create", "bulk_create", "update", "update_or_create", "get_or_create", "delete",
          "save", "bulk_update"}


def test_views_do_not_write_models():
    """Views call services for every change (so that each sends its event and is audited);
    a `.save()`, `.update()` or `.delete()` in a view is a change that skipped them."""
    found = []
    for app in APPS + ["site/base"]:
        for path in sorted((ROOT / app).rglob("*views*.py")):
            for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
                if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                        and node.func.attr in WRITES):
                    continue
                receiver = ast.unparse(node.func.value)
                # A manager or queryset write, or an instance saved or deleted; not a dict's
                # update() or the cache's delete().
                if "objects" in receiver or node.func.attr in WRITES - {"update", "delete"} or (
                        node.func.attr == "delete" and receiver != "cache"):
                    found.append(f"{path.relative_to(ROOT)}:{node.lineno} {receiver}."
                                 f"{node.func.attr}()")
    assert found == []
