"""An institution administrator reads, filters, drills into and exports the training report;
a national administrator sees small cells suppressed."""

import io

import pytest
from openpyxl import load_workbook

from tests.e2e.conftest import assert_accessible, sign_in

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def world(police_world):
    return police_world


def test_institution_admin_filters_drills_down_and_exports(page, live_server, world,
                                                          monkeypatch):
    base = live_server.url
    sign_in(page, base, "almaty.admin@example.org", landing="/en/reports/")
    # The overview: figures, two charts and the questions, not every table at once.
    assert page.get_by_role("heading", level=1).inner_text() == "Training overview"
    assert page.locator("figure.chart").count() == 2
    assert page.locator("table").count() == 0
    assert_accessible(page)

    page.get_by_role("link", name="Completion by course", exact=True).click()
    assert page.url.endswith("/en/reports/figures/courses/")
    course = world["courses"][0]
    page.get_by_label("Course", exact=True).select_option(label=course.title)
    page.get_by_label("Enrolled from", exact=True).fill("2020-01-01")
    page.get_by_role("button", name="Apply filters").click()
    assert f"course={course.translation_key}" in page.url and "date_from=2020-01-01" in page.url
    courses = page.locator("#table-courses table tbody tr")
    assert courses.count() == 1 and course.title in courses.first.inner_text()
    assert_accessible(page)

    # Another question, from the overview: the filters go along.
    page.get_by_role("link", name="Training overview").click()
    assert f"course={course.translation_key}" in page.url
    page.get_by_role("link", name="Completion by unit", exact=True).click()
    assert "/en/reports/figures/units/" in page.url and "date_from=2020-01-01" in page.url
    page.locator("#table-units table").get_by_role("link", name=world["almaty"].name_en).click()
    assert f"unit={world['almaty'].pk}" in page.url
    assert page.get_by_role("heading", level=1).inner_text().endswith(world["almaty"].name_en)
    assert world["almaty_medeu"].name_en in page.locator("#table-units").inner_text()
    assert f"course={course.translation_key}" in page.url  # the filters stay on drill-down
    assert_accessible(page)

    with page.expect_download() as download_info:
        page.locator("#table-units").get_by_role("link", name="XLSX").click()
    download = download_info.value
    assert download.suggested_filename.endswith(".xlsx")
    sheet = load_workbook(io.BytesIO(open(download.path(), "rb").read())).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][0] == "Unit" and rows[1][0] == world["almaty_medeu"].name_en
    shown = page.locator("#table-units table tbody tr").first.locator("td").first.inner_text()
    assert str(rows[1][1]) == shown

    page.get_by_role("link", name="Training overview").click()
    page.get_by_role("navigation", name="Reports").get_by_role("link", name="Learners",
                                                              exact=True).click()
    assert_accessible(page)
    assert page.locator("table tbody tr").count() >= 1

    # A long list is prepared in the background; the page says when it is ready.
    monkeypatch.setattr("reports.views.EXPORT_SYNC_LIMIT", 5)
    page.get_by_role("link", name="XLSX").click()
    page.wait_for_url("**/en/reports/exports/**")
    assert "being prepared" in page.get_by_role("status").first.inner_text()  # the message
    status = page.locator(".export-status")
    assert status.get_attribute("role") == "status"
    assert_accessible(page)
    page.get_by_role("link", name="Download (XLSX)").wait_for()
    with page.expect_download() as download_info:
        page.get_by_role("link", name="Download (XLSX)").click()
    sheet = load_workbook(io.BytesIO(open(download_info.value.path(), "rb").read())).active
    assert sheet.max_row > 6

    page.get_by_role("link", name="Back to the reports").click()
    page.get_by_role("navigation", name="Reports").get_by_role("link",
                                                              name="Email summaries").click()
    page.get_by_label("Institution").select_option(label=world["almaty"].name_en)
    page.get_by_label("Email me a summary").select_option("weekly")
    page.get_by_role("button", name="Save").click()
    assert "You will receive the summary" in page.get_by_role("status").first.inner_text()
    assert f"{world['almaty'].name_en}: Weekly" in page.locator("main").inner_text()
    assert_accessible(page)


def test_national_admin_sees_small_cells_suppressed(page, live_server, world):
    base = live_server.url
    sign_in(page, base, "national@example.org")
    page.goto(f"{base}/en/reports/figures/units/?unit={world['ministry'].pk}")
    assert_accessible(page)
    units = page.locator("#table-units table tbody tr")
    astana = units.filter(has_text=world["astana"].name_en)
    assert astana.locator("td abbr").first.inner_text() == "<5"
    assert "Fewer than 5 learners" in astana.locator("td abbr").first.get_attribute("title")
    almaty = units.filter(has_text=world["almaty"].name_en)
    assert almaty.locator("td").first.inner_text().isdigit()
    page.get_by_role("link", name="Training overview").click()
    assert page.get_by_role("navigation", name="Reports").get_by_role(
        "link", name="Learners", exact=True).count() == 0


def test_no_report_page_is_taller_than_two_screens(browser, live_server, world):
    """At 1280×800 the overview, protocol currency and every figure page fit in two screens
    (1,600 px)."""
    from reports.overview import FIGURES

    context = browser.new_context(viewport={"width": 1280, "height": 800}, locale="en-GB")
    page = context.new_page()
    base = live_server.url
    sign_in(page, base, "almaty.admin@example.org")
    heights = {}
    for path in ["/en/reports/", "/en/reports/currency/",
                 *[f"/en/reports/figures/{key}/" for key in FIGURES]]:
        page.goto(f"{base}{path}")
        heights[path] = page.evaluate("document.documentElement.scrollHeight")
    context.close()
    assert {path: h for path, h in heights.items() if h > 1600} == {}


def test_the_kazakh_index_keeps_its_columns_apart(browser, live_server, world):
    """Long Kazakh words wrap inside their column instead of running over the next."""
    context = browser.new_context(viewport={"width": 1280, "height": 800}, locale="kk-KZ")
    page = context.new_page()
    sign_in(page, live_server.url, "almaty.admin@example.org", language="kk",
            landing="/kk/reports/")
    boxes = page.evaluate("""[...document.querySelectorAll('.question-index > div')].map(d => {
        const r = d.getBoundingClientRect();
        const widest = Math.max(...[...d.querySelectorAll('*')].map(
            e => e.getBoundingClientRect().right));
        return [r.left, r.right, r.top, widest];
    })""")
    context.close()
    assert len(boxes) == 4
    for _left, right, _top, widest in boxes:
        assert widest <= right + 1, boxes
    rows = {}
    for left, right, top, _widest in boxes:
        rows.setdefault(round(top), []).append((left, right))
    for row in rows.values():
        row.sort()
        assert all(a[1] <= b[0] for a, b in zip(row, row[1:], strict=False)), row
