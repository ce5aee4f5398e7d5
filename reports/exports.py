"""Writing report tables as CSV and XLSX, safe to open in a spreadsheet."""
import csv
import datetime
import unicodedata
from decimal import Decimal

from .cells import Rate

# A cell starting with one of these is read as a formula by spreadsheet programs
# (OWASP "CSV injection"); tab and carriage return hide such a start.
# Spreadsheet programs also read the full-width and small forms (＝ ＋ － ＠, ﹦ ﹢ ﹣ ﹫) as
# these, so the first character is compared in its compatibility form (NFKC).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def escape_text(text):
    first = unicodedata.normalize("NFKC", text[:1])
    return "'" + text if first.startswith(FORMULA_STARTS) else text


def cell_value(cell):
    """A plain value for a file: numbers stay numbers, text is escaped against formulas."""
    if cell is None:
        return ""
    if isinstance(cell, Rate):
        return "" if cell.value is None else cell.value
    if isinstance(cell, bool):
        return str(cell)
    if isinstance(cell, int | float | Decimal):
        return cell
    if isinstance(cell, datetime.date):
        return cell.isoformat()
    return escape_text(str(cell))  # text, links (their text) and "<5"


class _Echo:
    def write(self, value):
        return value


def csv_lines(columns, rows):
    """The CSV text, line by line (for a streamed response or a file)."""
    writer = csv.writer(_Echo())
    yield "\ufeff"  # so that spreadsheet programs read UTF-8 (Kazakh, Russian) correctly
    yield writer.writerow([cell_value(c) for c in columns])
    for row in rows:
        yield writer.writerow([cell_value(c) for c in row])


def xlsx_write(target, *, title, columns, rows, progress=None):
    """Write an XLSX workbook to `target` (a path or file) row by row, in constant memory."""
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title=_sheet_title(title))
    sheet.append([cell_value(c) for c in columns])
    for count, row in enumerate(rows, start=1):
        sheet.append([cell_value(c) for c in row])
        if progress and count % 2000 == 0:
            progress(count)
    workbook.save(target)


def _sheet_title(title):
    # Sheet titles: at most 31 characters, none of []:*?/\
    return "".join(ch for ch in title if ch not in "[]:*?/\\")[:31] or "Report"
