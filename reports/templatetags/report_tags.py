from django import template
from django.utils.html import format_html
from django.utils.translation import gettext as _

from reports.cells import Link, Suppressed

register = template.Library()


@register.simple_tag
def report_cell(cell):
    """One table cell: a drill-down link, a suppressed small number, or plain text."""
    if isinstance(cell, Link):
        return format_html('<a href="{}">{}</a>', cell.url, cell.text)
    if isinstance(cell, Suppressed):
        return format_html('<abbr title="{}">{}</abbr>',
                           _("Fewer than 5 learners: not shown, to protect their privacy"),
                           cell.text)
    if cell is None or cell == "":
        return "—"
    return str(cell)


@register.inclusion_tag("reports/includes/bar_chart.html")
def bar_chart(table, limit=None):
    """The table's chart: one row per table row (the first `limit` when given)."""
    bars = table.chart_bars()
    if limit:
        bars = bars[:limit]
    what = table.columns[table.chart["value"]] if table.chart else ""
    return {"table": table, "bars": bars, "what": what}
