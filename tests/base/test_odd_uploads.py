"""Every upload point is fed a GIF that goes on as a web page and files named after the
payloads of tests/data/xss: each answers with a message, never a 500, and keeps nothing it
refused. The client turns an exception into a 500 response, as a server would."""

import html
import json
from pathlib import Path

import pytest
from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils.translation import gettext
from wagtail.documents.models import Document
from wagtail.images.models import Image

from tests.base.test_odd_input import (
    GIF_THEN_HTML,
    GIF_WITH_HTML_TAIL,
    MARKUP_MESSAGE,
    PAYLOADS,
    _client,
    _gif,
    _superuser,
)
from tests.factories import make_admin, make_institution

pytestmark = pytest.mark.django_db


def _institution_admin():
    unit = make_institution("POL-ODD")
    return make_admin(unit, email="odd.admin@example.org")


# --- uploads -------------------------------------------------------------------------

# Each upload point as its form posts: the file field, the other fields, and
# whether the browser sends it from script (the multiple uploaders).
UPLOADS = {
    "/admin/images/add/": ("file", {"title": "Upload", "collection": "1"}, False),
    "/admin/images/multiple/add/": ("files[]", {}, True),
    "/admin/images/chooser/create/": ("image-chooser-upload-file",
                                      {"image-chooser-upload-title": "Upload",
                                       "image-chooser-upload-collection": "1"}, True),
    "/admin/documents/add/": ("file", {"title": "Upload", "collection": "1"}, False),
    "/admin/documents/multiple/add/": ("files[]", {}, True),
    "/admin/documents/chooser/create/": ("document-chooser-upload-file",
                                         {"document-chooser-upload-title": "Upload",
                                          "document-chooser-upload-collection": "1"}, True),
    "/admin/institutions/import/": ("file", {}, False),
    # The CMS profile picture: Django's ImageField, in Wagtail's account form.
    "/admin/account/": ("avatar-avatar", {}, False),
    # Institution administrators' staff import (not the CMS: their own screens).
    "/en/manage/staff/import/": ("file", {}, False),
}
# Who uploads where: a superuser, except on the institution administrators' screens.
UPLOADERS = {"/en/manage/staff/import/": _institution_admin}
IMAGE_UPLOADS = [path for path in UPLOADS if path.startswith("/admin/images/")]


def _upload(client, path, name, data):
    field, fields, from_script = UPLOADS[path]
    headers = {"x-requested-with": "XMLHttpRequest"} if from_script else {}
    return client.post(path, {**fields, field: SimpleUploadedFile(name, data)}, headers=headers)


def _messages(response):
    """The text of a response, with the HTML inside a JSON answer unpacked."""
    body = response.content.decode()
    if response.get("Content-Type", "").startswith("application/json"):
        answer = json.loads(body)
        body = " ".join(str(answer.get(key, "")) for key in
                        ("error_message", "htmlFragment", "form", "html"))
    return html.unescape(body)


@pytest.mark.parametrize("path", IMAGE_UPLOADS)
@pytest.mark.parametrize("data, message", [
    (GIF_THEN_HTML, "Upload a valid image."),
    (GIF_WITH_HTML_TAIL, MARKUP_MESSAGE),
], ids=["gif-then-html", "gif-with-html-tail"])
def test_an_image_carrying_html_is_refused_with_a_message(path, data, message):
    client = _client(_superuser())
    response = _upload(client, path, "photo.gif", data)
    assert response.status_code < 500
    assert gettext(message) in _messages(response)
    assert not Image.objects.exists()
    assert not list((Path(settings.MEDIA_ROOT) / "original_images").glob("*"))


def test_replacing_an_image_file_with_one_carrying_html_is_refused():
    client = _client(_superuser())
    image = Image.objects.create(title="Room", file=ContentFile(_gif(), name="room.gif"))
    response = client.post(f"/admin/images/{image.pk}/", {
        "title": "Room", "collection": "1",
        "file": SimpleUploadedFile("room.gif", GIF_WITH_HTML_TAIL, "image/gif"),
    })
    assert response.status_code == 200
    assert gettext(MARKUP_MESSAGE) in _messages(response)
    image.refresh_from_db()
    with image.file.open("rb") as stored:
        assert stored.read() == _gif()


@pytest.mark.parametrize("path", IMAGE_UPLOADS)
def test_an_ordinary_image_is_still_accepted(path):
    client = _client(_superuser())
    response = _upload(client, path, "photo.gif", _gif())
    assert response.status_code < 400
    assert Image.objects.count() == 1


# Payloads that can be a file name (no path separator); a dozen is plenty.
NAMED_PAYLOADS = [p for p in PAYLOADS if "/" not in p and "\\" not in p][:12]


@pytest.mark.parametrize("path", UPLOADS)
def test_every_upload_answers_odd_files_without_a_server_error(path):
    client = _client(UPLOADERS.get(path, _superuser)())
    assert client.get(path).status_code == 200  # the uploader may use it: a real test
    files = [("photo.gif", GIF_THEN_HTML), ("photo.gif", GIF_WITH_HTML_TAIL)]
    files += [(f"{name}.gif", _gif()) for name in NAMED_PAYLOADS]
    files += [(f"{name}.txt", name.encode()) for name in NAMED_PAYLOADS]
    files += [(f"{name}.csv", name.encode()) for name in NAMED_PAYLOADS]
    failures = [name for name, data in files
                if _upload(client, path, name, data).status_code >= 500]
    assert failures == []


def test_documents_are_served_so_that_html_in_them_cannot_run():
    document = Document.objects.create(
        title="Page", file=ContentFile(b"<script>alert(1)</script>", name="page.txt"))
    response = _client(_superuser()).get(document.url)
    assert response.status_code == 200
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "default-src 'none'" in response["Content-Security-Policy"]
    assert not response["Content-Type"].startswith("text/html")
    assert response["Content-Disposition"].startswith("attachment")
