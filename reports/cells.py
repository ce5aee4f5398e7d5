"""The cells of report tables: rates, suppressed counts, links, and the table itself."""
from dataclasses import dataclass, field

from .constants import SUPPRESS_BELOW

# --- cells ---------------------------------------------------------------------

class Suppressed:
    """A figure describing fewer than SUPPRESS_BELOW learners, hidden in aggregate views."""

    text = f"<{SUPPRESS_BELOW}"

    def __str__(self):
        return self.text


SUPPRESSED = Suppressed()


@dataclass(frozen=True)
class Rate:
    """A percentage; `value` is None when there is nothing to divide by."""

    value: float | None

    @classmethod
    def of(cls, part, whole):
        return cls(round(part * 100 / whole, 1) if whole else None)

    def __str__(self):
        return "–" if self.value is None else f"{self.value:g}%"


@dataclass(frozen=True)
class Link:
    text: str
    url: str

    def __str__(self):
        return self.text


@dataclass
class Table:
    key: str
    title: str
    columns: list
    rows: list = field(default_factory=list)
    note: str = ""
    chart: dict | None = None  # {"value": column index, "max": 100 or None, "unit": "%"}
    basis: str = ""  # what it counts: "training delivered" or "staff coverage" (Basis)

    @property
    def heading(self):
        """The title and what the table counts, as its heading says."""
        return f"{self.title}: {self.basis}" if self.basis else self.title

    def chart_bars(self):
        """Label, value and bar length (0–100) per row, for the server-drawn SVG chart."""
        if not self.chart or not self.rows:
            return []
        index = self.chart["value"]
        values = [_number(row[index]) for row in self.rows]
        top = self.chart.get("max") or max([v for v in values if v is not None] or [0]) or 1
        bars = []
        for row, value in zip(self.rows, values, strict=True):
            bars.append({"label": str(row[0]), "text": str(row[index]),
                         "length": 0 if value is None else round(min(value, top) * 100 / top, 1)})
        return bars


def _number(cell):
    if isinstance(cell, Rate):
        return cell.value
    if isinstance(cell, int | float):
        return cell
    return None


