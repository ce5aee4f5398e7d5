"""Certificates and report exports are private: kept outside any public folder, with no URL,
in every settings module, and served only by the views that check who is asking."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.apps import apps
from django.db import models
from django.http import Http404
from django.test import RequestFactory
from django.views.static import serve

from academy.base.storage import PrivateFileStorage, files_make_private, private_storage
from courses.models import Certificate
from courses.tasks import certificate_issue
from tests.factories import complete_course, make_learner

PROJECT_DIR = Path(__file__).resolve().parents[2]
OWN_APPS = {"base", "accounts", "institutions", "protocols", "courses", "quizzes", "reports"}
# FileFields whose files anyone may fetch by URL. None so far: a new one must be added here
# on purpose, or use private_storage.
PUBLIC_FILE_FIELDS = set()

_READ_SETTINGS = """
import json
from django.conf import settings
from django.core.files.storage import storages
print(json.dumps({"media": str(settings.MEDIA_ROOT), "static": str(settings.STATIC_ROOT),
                  "private": str(settings.PRIVATE_MEDIA_ROOT),
                  "backend": type(storages["private"]).__name__}))
"""


@pytest.mark.parametrize("module", ["dev", "test", "production", "worker_test"])
def test_no_settings_put_private_files_under_a_public_folder(module, tmp_path):
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": f"academy.settings.{module}",
           # enough for production and worker settings to load; nothing is connected to
           "DJANGO_SECRET_KEY": "x" * 60, "DJANGO_ALLOWED_HOSTS": "academy.example.kz",
           "DATABASE_URL": "postgres://nobody@127.0.0.1:1/none", "REDIS_URL": "redis://127.0.0.1:1/0",
           "WORKER_TEST_DB_NAME": "none", "EMAIL_FILE_PATH": str(tmp_path),
           "WORKER_TEST_MEDIA_ROOT": str(tmp_path / "media")}
    out = subprocess.run([sys.executable, "-c", "import django; django.setup()\n" + _READ_SETTINGS],
                         cwd=PROJECT_DIR, env=env, capture_output=True, text=True, check=True)
    found = json.loads(out.stdout.strip().splitlines()[-1])
    private = Path(found["private"]).resolve()
    for public in (found["media"], found["static"]):
        public = Path(public).resolve()
        assert private != public and public not in private.parents and private not in public.parents
    assert found["backend"] == "PrivateFileStorage"


def test_every_file_field_of_ours_is_private_or_declared_public():
    for model in apps.get_models():
        if model._meta.app_label not in OWN_APPS:
            continue
        for field in model._meta.get_fields():
            if isinstance(field, models.FileField):
                label = f"{model._meta.label}.{field.name}"
                assert isinstance(field.storage, PrivateFileStorage) or label in PUBLIC_FILE_FIELDS, label


def test_private_files_have_no_url(settings):
    with pytest.raises(ValueError):
        private_storage().url("certificates/certificate-ABC.pdf")


def publicly_served(settings, name):
    """What a server of MEDIA_ROOT (Django's static serve in DEBUG, or a web server's
    /media/ alias) answers for `name`."""
    try:
        serve(RequestFactory().get(f"/media/{name}"), name, document_root=settings.MEDIA_ROOT)
    except Http404:
        return False
    return True


@pytest.mark.django_db
def test_a_certificate_is_served_only_to_its_owner(client, settings, course_for_certificate,
                                                   django_capture_on_commit_callbacks):
    course = course_for_certificate
    learner = make_learner()
    with django_capture_on_commit_callbacks(execute=True):
        complete_course(learner, course)
    code = certificate_issue.delay(learner.pk, str(course.translation_key)).get()
    certificate = Certificate.objects.get(code=code)
    name = certificate.file.name
    assert Path(certificate.file.path).is_relative_to(settings.PRIVATE_MEDIA_ROOT)
    assert not (Path(settings.MEDIA_ROOT) / name).exists()
    assert not publicly_served(settings, name)
    assert client.get(f"/media/{name}").status_code == 404

    url = f"/en/certificates/{code}/download/"
    assert client.get(url).status_code == 302  # signed out: sign in first
    client.force_login(make_learner(email="someone.else@example.org"))
    assert client.get(url).status_code == 404
    client.force_login(learner)
    response = client.get(url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith(b"%PDF-")


def test_files_saved_before_are_moved_out_of_the_public_folder(settings):
    old = Path(settings.MEDIA_ROOT) / "certificates" / "certificate-OLD1.pdf"
    old.parent.mkdir(parents=True)
    old.write_bytes(b"%PDF-old")
    assert files_make_private(["certificates/certificate-OLD1.pdf", "certificates/gone.pdf"]) == 1
    assert not old.exists()
    assert private_storage().open("certificates/certificate-OLD1.pdf").read() == b"%PDF-old"


@pytest.fixture
def course_for_certificate(db):
    from tests.factories import make_course, make_home_page

    index = make_home_page().get_children().get(slug="courses").specific
    return make_course(index, modules=[("Why it harms", ["What it does"])])

