"""Dependencies run one way: domain apps never import reports (reports listen to their
events), and no two apps import each other both ways. Imports inside functions count: a
cycle hidden in a function is still a cycle."""

import ast
from collections import defaultdict
from pathlib import Path

from tests.base.test_dependencies import imported_modules

ROOT = Path(__file__).resolve().parents[2]
DOMAIN_APPS = ["accounts", "institutions", "protocols", "courses", "quizzes"]
# Apps above the domain apps: reports and notifications react to their events, onboarding
# drives their services. The domain apps never import them.
LISTENERS = ["reports", "notifications", "onboarding", "currency"]
APPS = [*DOMAIN_APPS, *LISTENERS]


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


def test_no_domain_app_imports_the_apps_above_it():
    imports = _imports()
    assert {(app, listener): sorted(set(imports[app][listener])) for app in DOMAIN_APPS
            for listener in LISTENERS if imports[app][listener]} == {}


def test_no_two_apps_import_each_other():
    imports = _imports()
    both_ways = {(a, b): (sorted(set(imports[a][b])), sorted(set(imports[b][a])))
                 for a in APPS for b in APPS if a < b and imports[a][b] and imports[b][a]}
    assert both_ways == {}


WRITES = {"create", "bulk_create", "update", "update_or_create", "get_or_create", "delete",
          "save", "bulk_update"}


def _writes(path, tree):
    found = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and node.func.attr in WRITES):
            continue
        receiver = ast.unparse(node.func.value)
        # A manager or queryset write, or an instance saved or deleted; not a dict's
        # update() or the cache's delete().
        if "objects" in receiver or node.func.attr in WRITES - {"update", "delete"} or (
                node.func.attr == "delete" and receiver != "cache"):
            found.append(f"{path.relative_to(ROOT)}:{node.lineno} {receiver}.{node.func.attr}()")
    return found


def _page_routes(tree):
    """The request handlers of page models: methods decorated as RoutablePageMixin routes,
    and serve() overrides."""
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef) and (node.name == "serve" or any(
                ast.unparse(d).split("(")[0] in ("path", "re_path", "route")
                for d in node.decorator_list)):
            yield node


def test_views_do_not_write_models():
    """Views call services for every change (so that each sends its event and is audited);
    a `.save()`, `.update()` or `.delete()` in a view is a change that skipped them. A page's
    request handlers are views too."""
    found = []
    for app in APPS + ["site/base"]:
        for path in sorted((ROOT / app).rglob("*views*.py")):
            found += _writes(path, ast.parse(path.read_text(), filename=str(path)))
        for path in sorted((ROOT / app).rglob("models*.py")):
            tree = ast.parse(path.read_text(), filename=str(path))
            for handler in _page_routes(tree):
                found += _writes(path, handler)
    assert found == []


def _views_imported(path):
    """Every views module of the project `path` imports, relative imports and imports in
    functions too (Django's own helpers, such as redirect_to_login, are not views of ours)."""
    for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
        names = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            module = "." * node.level + (node.module or "")
            joint = "" if module.endswith(".") else "."
            names = [module, *(f"{module}{joint}{alias.name}" for alias in node.names)]
        ours = ("", *APPS, "academy")  # relative, or one of the project's packages
        yield from (name for name in names
                    if "views" in name.split(".") and name.split(".")[0] in ours)


def test_the_views_walk_finds_relative_imports(tmp_path):
    module = tmp_path / "models.py"
    module.write_text("def serve(self):\n    from .views import quiz_serve\n"
                      "    from . import views\n")
    assert sorted(set(_views_imported(module))) == [".views", ".views.quiz_serve"]


def test_pages_do_not_call_views():
    """Pages answer requests through their own routes (RoutablePageMixin) calling services
    and selectors, never through a view function: a view imported by a model is a loop
    (views import models) and a second way into the same behaviour."""
    found = {}
    for app in APPS + ["site"]:
        for path in sorted((ROOT / app).rglob("models*.py")):
            views = sorted(_views_imported(path))
            if views:
                found[str(path.relative_to(ROOT))] = views
    assert found == {}


def test_page_routes_are_found():
    """The walks above see the pages' handlers (a rename would otherwise pass silently)."""
    names = set()
    for app in APPS:
        for path in sorted((ROOT / app).rglob("models*.py")):
            names |= {h.name for h in _page_routes(ast.parse(path.read_text()))}
    assert {"course_home", "lesson_home", "quiz_home"} <= names
