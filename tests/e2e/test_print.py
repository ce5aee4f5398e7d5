"""A protocol prints as a plain document: no clause refuses to split across pages (a long
clause pushed whole to the next page left half of the first page empty), and the page's
screen layout (a flex column) does not carry over to paper."""
import pytest

from tests.factories import clause_value, make_home_page, make_protocol, root_page

pytestmark = pytest.mark.django_db(transaction=True)


def test_a_long_first_clause_starts_on_the_first_page(browser, live_server):
    root_page()
    home = make_home_page()
    index = home.get_children().get(slug="protocols").specific
    long_clause = " ".join(f"Step {n}: explain what happens next and ask her consent."
                           for n in range(120))
    page_obj = make_protocol(index, sections=[("Before", [clause_value(long_clause),
                                                          "Offer breaks."])])
    context = browser.new_context(viewport={"width": 794, "height": 1123})
    page = context.new_page()
    page.goto(f"{live_server.url}{page_obj.url}")
    page.emulate_media(media="print")
    styles = page.evaluate("""() => ({
        body: getComputedStyle(document.body).display,
        clauses: [...document.querySelectorAll('.clause')].map(
            c => [getComputedStyle(c).breakInside, getComputedStyle(c).display]),
        top: document.querySelector('.clause').getBoundingClientRect().top,
    })""")
    assert styles["body"] == "block"
    assert styles["clauses"] and all(b != "avoid" and d == "block"
                                     for b, d in styles["clauses"])
    assert styles["top"] < 1123 / 2  # the first clause begins in the top half of page one
    assert page.pdf(format="A4")[:4] == b"%PDF"
    context.close()
