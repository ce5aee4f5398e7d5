from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from institutions.models import Institution
from institutions.services import institutions_import_csv
from tests.factories import UserFactory, give_totp, make_institution

pytestmark = pytest.mark.django_db

DEMO_CSV = Path(__file__).resolve().parents[2] / "institutions" / "data" / "demo_institutions.csv"
HEADER = "code,parent_code,kind,region,name_en,name_ru,name_kk\n"


def test_demo_structure_imports_as_a_tree():
    result = institutions_import_csv(data=DEMO_CSV.read_bytes())
    assert result.ok, result.errors
    rows = DEMO_CSV.read_text(encoding="utf-8").strip().splitlines()[1:]
    assert result.created == len(rows) == Institution.objects.count()
    almaty = Institution.objects.get(code="POL-ALM")
    assert almaty.get_parent().code == "MVD"
    assert {c.code for c in almaty.get_children()} >= {"POL-ALM-MED", "POL-ALM-BOS"}
    assert almaty.region == "almaty" and almaty.kind == "police"


def test_one_bad_row_imports_nothing_and_names_the_row():
    csv = (HEADER
           + "MVD,,police,,Ministry,Министерство,Министрлік\n"
           + "POL-ALM,MVD,police,almaty,Almaty police,Полиция Алматы,Алматы полициясы\n"
           + "POL-X,MVD,spaceship,almaty,X,X,X\n"
           + "POL-AST,MVD,police,astana,Astana police,Полиция Астаны,Астана полициясы\n")
    result = institutions_import_csv(data=csv.encode())
    assert not result.ok
    assert [line for line, _ in result.errors] == [4]
    assert "spaceship" in result.errors[0][1]
    assert Institution.objects.count() == 0


@pytest.mark.parametrize(("row", "fragment"), [
    ("A,,police,,n,n,n\nA,,police,,n,n,n\n", "repeats line 2"),
    ("B,NOPE,police,,n,n,n\n", "parent “NOPE”"),
    ("C,,police,atlantis,n,n,n\n", "atlantis"),
    ("D,,police,,n,,n\n", "name_ru is empty"),
    ("bad code!,,police,,n,n,n\n", "must be 1–40"),
    ("E,F,police,,n,n,n\nF,,police,,n,n,n\n", "parent “F”"),
])
def test_each_kind_of_error_is_reported(row, fragment):
    result = institutions_import_csv(data=(HEADER + row).encode())
    assert not result.ok
    assert any(fragment in message for _, message in result.errors), result.errors
    assert Institution.objects.count() == 0


def test_existing_codes_and_parents_are_checked_against_the_database():
    make_institution("MVD", kind="police", region="")
    result = institutions_import_csv(data=(HEADER + "MVD,,police,,n,n,n\n").encode())
    assert "already exists" in result.errors[0][1]
    result = institutions_import_csv(data=(HEADER + "POL-1,MVD,police,almaty,n,n,n\n").encode())
    assert result.ok
    assert Institution.objects.get(code="POL-1").get_parent().code == "MVD"


def test_wrong_header_and_encoding_are_reported():
    assert "Missing columns" in institutions_import_csv(data=b"code,name\nA,B\n").errors[0][1]
    assert "UTF-8" in institutions_import_csv(data="код".encode("cp1251") + b"\xff").errors[0][1]
    assert "no rows" in institutions_import_csv(data=HEADER.encode()).errors[0][1]


def test_admin_import_screen_reports_line_numbers(client):
    admin = UserFactory(is_superuser=True, is_staff=True)
    give_totp(admin)
    client.force_login(admin)
    bad = SimpleUploadedFile("units.csv", (HEADER + "A,,police,,n,n,n\nB,,court,mars,n,n,n\n").encode())
    response = client.post("/admin/institutions/import/", {"file": bad})
    assert response.status_code == 400
    assert "Line 3" in response.content.decode()
    assert Institution.objects.count() == 0
    good = SimpleUploadedFile("units.csv", DEMO_CSV.read_bytes())
    response = client.post("/admin/institutions/import/", {"file": good})
    assert response.status_code == 302
    assert Institution.objects.count() > 40


def test_import_screen_needs_permission(client):
    from django.contrib.auth.models import Permission

    editor = UserFactory(is_staff=True)
    editor.user_permissions.add(Permission.objects.get(codename="access_admin"))
    give_totp(editor)
    client.force_login(editor)
    response = client.get("/admin/institutions/import/")
    assert response.status_code in (302, 403)
