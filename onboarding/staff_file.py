"""Reading a staff list: CSV with a header row in English, Russian or Kazakh, comma or
semicolon separated, UTF-8 or Windows-1251 (as spreadsheet programs save it). Every row
is checked before anything is written; a bad row is reported with its line and reason."""
import csv
import io
import re
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.utils import translation
from django.utils.translation import gettext as _

from accounts.constants import Profession

# Each column and the headers it may have (compared lower-case, spaces squeezed).
COLUMNS = {
    "email": ["email", "e-mail", "email address", "электронная почта", "эл. почта", "почта",
              "электрондық пошта", "эл. пошта"],
    "full_name": ["full name", "name", "фио", "ф.и.о.", "полное имя", "аты-жөні",
                  "толық аты-жөні", "тегі, аты"],
    "profession": ["profession", "профессия", "кәсібі", "мамандығы", "кәсіп"],
    "position": ["position", "job title", "должность", "лауазымы", "лауазым"],
    "unit": ["unit code", "unit", "код подразделения", "подразделение", "бөлімше коды",
             "бөлімше"],
    "language": ["language", "язык", "тіл"],
}
REQUIRED = ["email", "full_name", "profession", "position", "unit"]
LANGUAGE_NAMES = {"en": ["en", "english", "английский", "ағылшын", "ағылшын тілі"],
                  "ru": ["ru", "russian", "русский", "орыс", "орыс тілі"],
                  "kk": ["kk", "kazakh", "казахский", "қазақ", "қазақ тілі", "қазақша"]}
MAX_ROWS = 20000


class StaffFileError(Exception):
    """The file as a whole cannot be read (encoding, header); the message is for the user."""


@dataclass
class StaffRow:
    line: int
    email: str
    full_name: str
    profession: str
    position: str
    unit_code: str
    language: str


def _squeeze(text):
    return re.sub(r"\s+", " ", (text or "").replace("\ufeff", "")).strip().lower()


def decode(data):
    """Text from the uploaded bytes: UTF-8 (with or without BOM), else Windows-1251."""
    for encoding in ("utf-8-sig", "cp1251"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise StaffFileError(_("The file is not text in UTF-8 or Windows-1251. Save it from your "
                           "spreadsheet as “CSV UTF-8”."))


def _labels(choices):
    """{label in any language, lower-case: value}."""
    found = {}
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            for value, label in choices:
                found[_squeeze(str(label))] = value
    for value, _label in choices:
        found[_squeeze(value)] = value
    return found


def read_rows(text):
    """[StaffRow] from the file's text; StaffFileError when its header cannot be used.
    The rows are not checked yet (see check_rows)."""
    lines = text.splitlines()
    if not lines or not lines[0].strip():
        raise StaffFileError(_("The file is empty: the first line must name the columns."))
    delimiter = max(",;\t", key=lines[0].count)
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    header = [_squeeze(h) for h in next(reader)]
    where = {}
    for column, names in _column_names().items():
        for index, name in enumerate(header):
            if name in names:
                where[column] = index
                break
    missing = [c for c in REQUIRED if c not in where]
    if missing:
        raise StaffFileError(_("The first line must name these columns: %(columns)s. Missing: "
                               "%(missing)s.") % {
            "columns": ", ".join(column_headers()), "missing": ", ".join(
                column_headers()[REQUIRED.index(c)] for c in missing)})
    rows = []
    for row in reader:
        if not any(cell.strip() for cell in row):
            continue
        if len(rows) >= MAX_ROWS:
            raise StaffFileError(_("A file can hold at most %(n)s people; split it in two.")
                                 % {"n": MAX_ROWS})

        def cell(column, row=row):
            index = where.get(column)
            return row[index].strip() if index is not None and index < len(row) else ""

        rows.append(StaffRow(line=reader.line_num, email=cell("email").lower(),
                             full_name=cell("full_name"), profession=cell("profession"),
                             position=cell("position"), unit_code=cell("unit"),
                             language=cell("language")))
    if not rows:
        raise StaffFileError(_("The file names its columns but lists nobody."))
    return rows


def _column_names():
    """Each column's accepted headers: the known names, and the template's own headers in
    every language of the platform (so that a downloaded template always reads back)."""
    names = {column: set(aliases) for column, aliases in COLUMNS.items()}
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            for column, header in zip(COLUMNS, column_headers(), strict=True):
                names[column].add(_squeeze(header))
    return names


def column_headers():
    """The column headers of the template, in the current language."""
    return [_("Email"), _("Full name"), _("Profession"), _("Position"), _("Unit code"),
            _("Language")]


def check_rows(rows, *, units_by_code, default_language):
    """Check every row; returns [(line, message)] (empty when all are good) and fills in
    each good row's profession and language codes."""
    professions = _labels(Profession.choices)
    languages = {_squeeze(name): code for code, names in LANGUAGE_NAMES.items()
                 for name in names}
    errors, first_line = [], {}
    for row in rows:
        problems = []
        try:
            validate_email(row.email)
        except ValidationError:
            problems.append(_("“%(value)s” is not an email address.") % {"value": row.email}
                            if row.email else _("The email is missing."))
        else:
            if row.email in first_line:
                problems.append(_("This email is also on line %(line)s.") % {
                    "line": first_line[row.email]})
            first_line.setdefault(row.email, row.line)
        if not row.full_name:
            problems.append(_("The full name is missing."))
        elif len(row.full_name) > 200:
            problems.append(_("The full name is longer than 200 characters."))
        profession = professions.get(_squeeze(row.profession))
        if profession is None:
            problems.append(_("“%(value)s” is not a profession of the list (for example: "
                              "%(example)s).") % {"value": row.profession,
                                                  "example": Profession.POLICE_INVESTIGATOR.label})
        else:
            row.profession = profession
        if not row.position:
            problems.append(_("The position is missing."))
        elif len(row.position) > 200:
            problems.append(_("The position is longer than 200 characters."))
        if row.unit_code not in units_by_code:
            problems.append(_("“%(value)s” is not the code of one of your units.") % {
                "value": row.unit_code})
        language = languages.get(_squeeze(row.language)) if row.language else default_language
        if language is None:
            problems.append(_("“%(value)s” is not a language of the platform (kk, ru or en).")
                            % {"value": row.language})
        else:
            row.language = language
        errors += [(row.line, problem) for problem in problems]
    return errors
