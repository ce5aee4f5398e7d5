"""Every interface string has a real Russian and Kazakh translation, compiled."""

import gettext
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.utils import translation

from tests.conftest import require

PROJECT_DIR = Path(__file__).resolve().parents[2]
LOCALE_DIR = PROJECT_DIR / "locale"
# Names and codes that read the same in every language.
SAME_IN_EVERY_LANGUAGE = {"Site", "Audience", "paragraph"}


def _entries(po_path):
    """(msgctxt, msgid, msgstr list, flags) for each entry of a .po file, header skipped."""
    text = po_path.read_text(encoding="utf-8")
    entries = []
    for block in re.split(r"\n\s*\n", text):
        if "msgid" not in block:
            continue
        flags = " ".join(line for line in block.splitlines() if line.startswith("#,"))
        fields = {}
        current = None
        for line in block.splitlines():
            match = re.match(r'^(msgctxt|msgid_plural|msgid|msgstr(?:\[\d\])?) "(.*)"$', line)
            if match:
                current = match.group(1)
                fields[current] = match.group(2)
            elif line.startswith('"') and current:
                fields[current] += line[1:-1]
        if fields.get("msgid") == "":
            continue
        strs = [v for k, v in fields.items() if k.startswith("msgstr")]
        entries.append((fields.get("msgctxt"), fields["msgid"], strs, flags))
    return entries


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_every_string_is_translated(language):
    entries = _entries(LOCALE_DIR / language / "LC_MESSAGES" / "django.po")
    assert len(entries) > 40
    for _ctx, msgid, strs, flags in entries:
        assert "fuzzy" not in flags, msgid
        assert all(strs), f"{language}: untranslated {msgid!r}"
        if msgid not in SAME_IN_EVERY_LANGUAGE:
            assert all(s != msgid for s in strs), f"{language}: copied from English: {msgid!r}"


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_compiled_catalogue_matches_the_source(language):
    po = _entries(LOCALE_DIR / language / "LC_MESSAGES" / "django.po")
    with open(LOCALE_DIR / language / "LC_MESSAGES" / "django.mo", "rb") as handle:
        catalogue = gettext.GNUTranslations(handle)._catalog
    def unescape(text):
        return text.replace('\\"', '"').replace("\\n", "\n") if text else text

    for ctx, msgid, strs, _flags in po:
        key = f"{unescape(ctx)}\x04{unescape(msgid)}" if ctx else unescape(msgid)
        compiled = catalogue.get(key, catalogue.get((key, 0)))
        assert compiled == unescape(strs[0]), msgid


def test_catalogues_cover_every_string_in_the_code(tmp_path):
    """makemessages over the code finds no string the catalogues lack."""
    require(shutil.which("xgettext"), "GNU gettext (xgettext)")
    work = tmp_path / "tree"
    shutil.copytree(
        PROJECT_DIR, work,
        ignore=shutil.ignore_patterns(".venv", ".git", "var", "node_modules", "*.sqlite3",
                                      "__pycache__", "tests", "bench"),
    )
    subprocess.run(
        [sys.executable, "manage.py", "makemessages", "-l", "ru", "--no-obsolete",
         "--ignore=.venv", "--ignore=var"],
        cwd=work, check=True, capture_output=True, timeout=300,
        env={"DJANGO_SETTINGS_MODULE": "academy.settings.test", "PATH": "/usr/bin:/bin",
             "PYTHONPATH": str(work)},
    )
    fresh = {(c, m) for c, m, _s, _f in _entries(work / "locale/ru/LC_MESSAGES/django.po")}
    committed = {(c, m) for c, m, _s, _f in _entries(LOCALE_DIR / "ru/LC_MESSAGES/django.po")}
    assert fresh - committed == set(), "run `make messages` and translate the new strings"


@pytest.mark.parametrize(
    ("language", "expected"),
    [("ru", "Перейти к основному содержанию"), ("kk", "Негізгі мазмұнға өту")],
)
def test_project_catalogue_takes_precedence(language, expected):
    assert [code for code, _ in settings.LANGUAGES] == ["en", "ru", "kk"]
    with translation.override(language):
        assert translation.gettext("Skip to main content") == expected
