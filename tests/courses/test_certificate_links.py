"""A certificate's mail and its QR code link to the certificate's language on the configured
site (they used to say /en/ and port 8000 whatever the learner read)."""
from unittest import mock

import pytest

from accounts.models import Profile
from courses.services import course_outline_for, lesson_complete
from tests.factories import course_lessons, make_learner, translate_tree

pytestmark = pytest.mark.django_db


def test_links_follow_the_certificate_language(course, home, mailoutbox, settings,
                                               django_capture_on_commit_callbacks):
    from courses import certificates

    settings.WAGTAILADMIN_BASE_URL = "https://academy.example.kz"
    translate_tree(home, "kk", {course.title: "Оқиғаны қайта сахналауды тоқтату"})
    learner = make_learner()
    Profile.objects.filter(user=learner).update(preferred_language="kk")
    learner.refresh_from_db()
    outline = course_outline_for(course.translation_key)
    drawn = []
    real = certificates.certificate_render

    def record(**kwargs):
        drawn.append(kwargs["verify_url"])
        return real(**kwargs)

    with mock.patch.object(certificates, "certificate_render", side_effect=record), \
            django_capture_on_commit_callbacks(execute=True):
        for lesson in course_lessons(course):
            lesson_complete(user=learner, lesson=lesson, course_key=course.translation_key,
                            outline=outline)
    [mail] = [m for m in mailoutbox if m.to == [learner.email]]
    [qr] = drawn
    assert qr.startswith("https://academy.example.kz/kk/certificates/")
    assert qr in mail.body
    assert "https://academy.example.kz/kk/certificates/" in mail.body and "/en/" not in mail.body
    assert ":8000" not in mail.body
