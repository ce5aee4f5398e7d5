"""Every package the project's code imports is declared in pyproject.toml.

A package installed only because another one happens to need it (qrcode, through
django-allauth[mfa]) disappears the day that other package stops needing it."""

import ast
import importlib.metadata
import re
import sys
import tomllib
from pathlib import Path

from django.conf import settings

ROOT = Path(__file__).resolve().parents[2]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text())
FIRST_PARTY = {"academy", "site", *PYPROJECT["tool"]["setuptools"]["packages"], "tests", "bench"}
APP_FOLDERS = ["site", *[p for p in PYPROJECT["tool"]["setuptools"]["packages"] if p != "academy"]]
TEST_FOLDERS = ["tests", "bench"]


def _normalise(name):
    return re.sub(r"[-_.]+", "-", name).lower()


def _declared(*groups):
    requirements = list(PYPROJECT["project"]["dependencies"])
    for group in groups:
        requirements += PYPROJECT["project"]["optional-dependencies"][group]
    return {_normalise(re.match(r"[A-Za-z0-9._-]+", r).group()) for r in requirements}


def imported_modules(path):
    """The absolute module names `path` imports, imports inside functions included."""
    for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and not node.level and node.module:
            yield node.module


def _imports(folders):
    """{top-level module: first file importing it} over every module in `folders`."""
    found = {}
    for folder in folders:
        for path in sorted((ROOT / folder).rglob("*.py")):
            for name in imported_modules(path):
                found.setdefault(name.split(".")[0], str(path.relative_to(ROOT)))
    return found


def _undeclared(modules, declared):
    distributions = importlib.metadata.packages_distributions()
    missing = []
    for module, where in sorted(modules.items()):
        if module in sys.stdlib_module_names or module in FIRST_PARTY:
            continue
        owners = {_normalise(d) for d in distributions.get(module, [])}
        assert owners, f"{module} (imported in {where}) is not installed at all"
        if not owners & declared:
            missing.append(f"{module} ({where}) from {sorted(owners)}")
    return missing


def test_the_walk_sees_the_imports_it_checks():
    modules = _imports(APP_FOLDERS)
    assert {"django", "wagtail", "qrcode", "openpyxl", "bleach"} <= set(modules)


def test_every_package_the_application_imports_is_declared():
    modules = _imports(APP_FOLDERS)
    modules.update({app.split(".")[0]: "INSTALLED_APPS" for app in settings.INSTALLED_APPS})
    assert _undeclared(modules, _declared()) == []


def test_every_package_the_tests_and_benchmarks_import_is_declared():
    assert _undeclared(_imports(TEST_FOLDERS), _declared("test")) == []
