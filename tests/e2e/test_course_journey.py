"""A learner enrols, reads, leaves, continues, completes, downloads the certificate, and
the verification page (signed out) confirms it."""

import pytest

from courses.models import Certificate
from tests.e2e.conftest import assert_accessible
from tests.factories import make_course, make_home_page, make_learner, root_page

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def course(transactional_db):
    root_page()
    home = make_home_page()
    index = home.get_children().get(slug="courses").specific
    make_learner(email="learner@example.org")
    course = make_course(index, title="Ending investigative re-enactment",
                         modules=[("Why it harms", ["What re-enactment does",
                                                    "Blame and attrition"]),
                                  ("In practice", ["A private room"])])
    # The first lesson opens with a content note (leading to the support page) and ends with
    # its legal basis, as the demo's lessons do: both are on a page axe checks.
    import json

    from courses.models import LessonPage
    from protocols.models import LegalReference
    from tests.factories import make_info_page, republish

    make_info_page(home, kind="support", title="Support for you")
    cited = LegalReference.objects.create(instrument="criminal_code", article="120", part="1",
                                          title_en="Rape", title_ru="Изнасилование",
                                          title_kk="Зорлау")
    first = LessonPage.objects.get(slug="what-re-enactment-does")
    republish(first, body=json.dumps([
        {"type": "content_note", "value": {"text": "This lesson discusses sexual violence."}},
        {"type": "text", "value": "<p>What re-enactment does: read this.</p>"},
        {"type": "legal_basis", "value": {"references": [cited.pk]}}]))
    return course


def test_learner_takes_a_course_to_a_verified_certificate(page, live_server, course):
    base = live_server.url
    page.goto(f"{base}/en/accounts/login/")
    page.locator("input[name=login]").fill("learner@example.org")
    page.locator("input[name=password]").fill("a-long-test-password")
    page.locator("main form button[type=submit]").first.click()
    page.wait_for_url("**/en/me/")
    assert_accessible(page)

    page.goto(base + course.url)
    assert_accessible(page)
    page.get_by_role("button", name="Enrol in this course").click()
    page.get_by_role("link", name="Continue where you left off").click()
    assert page.get_by_role("heading", level=1).inner_text() == "What re-enactment does"
    assert page.locator(".content-note a", has_text="Support for you").count() == 1
    assert page.locator(".legal-basis", has_text="Criminal Code art. 120(1)").count() == 1
    assert_accessible(page)
    page.get_by_role("button", name="Complete and continue").click()
    assert page.get_by_role("heading", level=1).inner_text() == "Blame and attrition"

    # Leave, then come back through the dashboard.
    page.goto(f"{base}/en/")
    page.goto(f"{base}/en/me/")
    assert_accessible(page)
    page.get_by_role("link", name="Continue Ending investigative re-enactment").click()
    assert page.get_by_role("heading", level=1).inner_text() == "Blame and attrition"
    page.get_by_role("button", name="Complete and continue").click()
    assert page.get_by_role("heading", level=1).inner_text() == "A private room"
    assert_accessible(page)
    page.get_by_role("button", name="Complete the lesson").click()

    # Completed: the course page offers the certificate.
    assert page.url.endswith(course.url)
    assert page.get_by_text("Completed on").count() == 1
    assert_accessible(page)
    with page.expect_download() as download:
        page.get_by_role("link", name="Download your certificate (PDF)").click()
    assert download.value.suggested_filename.endswith(".pdf")
    with open(download.value.path(), "rb") as handle:
        assert handle.read(5) == b"%PDF-"
    code = Certificate.objects.get().code

    # Signed out, anyone can check it.
    page.context.clear_cookies()
    page.goto(f"{base}/en/certificates/{code}/")
    assert page.get_by_text("Valid").count() >= 1
    assert page.get_by_text("Ending investigative re-enactment").count() == 1
    assert_accessible(page)
