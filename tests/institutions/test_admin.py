"""The institution tree and administrator roles, managed in the Wagtail admin."""

import pytest

from accounts.models import AuditLog
from institutions.models import Institution, Role
from tests.factories import UserFactory, give_totp, make_learner, make_tree

pytestmark = pytest.mark.django_db


@pytest.fixture
def superuser_client(client):
    admin = UserFactory(is_superuser=True, is_staff=True)
    give_totp(admin)
    client.force_login(admin)
    client.user = admin
    return client


FIELDS = {"code": "POL-ALM-TUR", "name_en": "Turksib District Police", "name_ru": "УП Турксибского района",
          "name_kk": "Түрксіб ауданының ПБ", "kind": "police", "region": "almaty", "is_active": "on"}


def test_admin_adds_a_unit_under_a_parent(superuser_client):
    tree = make_tree()
    response = superuser_client.post("/admin/institutions/institution/new/",
                                     {**FIELDS, "parent": tree["almaty"].pk})
    assert response.status_code == 302, response.content.decode()[:2000]
    unit = Institution.objects.get(code="POL-ALM-TUR")
    assert unit.get_parent() == tree["almaty"]
    assert unit.depth == 3


def test_admin_adds_a_national_body_at_the_top(superuser_client):
    make_tree()
    response = superuser_client.post("/admin/institutions/institution/new/",
                                     {**FIELDS, "code": "MOJ", "kind": "forensic", "region": "",
                                      "parent": ""})
    assert response.status_code == 302
    assert Institution.objects.get(code="MOJ").is_root()


def test_admin_moves_a_unit_with_its_subtree(superuser_client):
    tree = make_tree()
    almaty = tree["almaty"]
    response = superuser_client.post(
        f"/admin/institutions/institution/edit/{almaty.pk}/",
        {**FIELDS, "code": "POL-ALM", "name_en": "Almaty police", "parent": tree["astana"].pk})
    assert response.status_code == 302
    almaty.refresh_from_db()
    assert almaty.get_parent().code == "POL-AST"
    medeu = Institution.objects.get(code="POL-ALM-MED")
    assert medeu.get_parent() == almaty and medeu.depth == 4


def test_a_unit_cannot_move_under_itself(superuser_client):
    tree = make_tree()
    response = superuser_client.post(
        f"/admin/institutions/institution/edit/{tree['almaty'].pk}/",
        {**FIELDS, "code": "POL-ALM", "parent": tree["almaty_medeu"].pk})
    assert response.status_code == 200  # re-rendered with an error
    assert Institution.objects.get(code="POL-ALM").get_parent().code == "MVD"


def test_duplicate_code_is_refused_with_a_message(superuser_client):
    tree = make_tree()
    response = superuser_client.post("/admin/institutions/institution/new/",
                                     {**FIELDS, "code": "POL-AST", "parent": tree["almaty"].pk})
    assert response.status_code == 200
    assert Institution.objects.filter(code="POL-AST").count() == 1


def test_institution_list_is_the_tree_in_order(superuser_client, django_assert_max_num_queries):
    make_tree()
    superuser_client.get("/admin/institutions/institution/")
    with django_assert_max_num_queries(40) as small:
        html = superuser_client.get("/admin/institutions/institution/").content.decode()
    positions = [html.index(code) for code in ("MVD", "POL-ALM", "POL-ALM-MED", "POL-AST")]
    assert positions == sorted(positions)
    from tests.factories import make_institution

    for index in range(30):
        make_institution(f"EXTRA-{index}", Institution.objects.get(code="POL-AST"))
    with django_assert_max_num_queries(40) as large:
        superuser_client.get("/admin/institutions/institution/")
    assert len(small) == len(large)


def test_granting_a_role_in_the_admin_is_audited(superuser_client):
    tree = make_tree()
    learner = make_learner(tree["almaty"])
    response = superuser_client.post("/admin/institutions/role/new/", {
        "user": learner.pk, "kind": "institution_admin", "institution": tree["almaty"].pk})
    assert response.status_code == 302, response.content.decode()[:3000]
    role = Role.objects.get(user=learner)
    assert AuditLog.objects.filter(event="role_granted", target_user=learner,
                                   actor=superuser_client.user).exists()
    response = superuser_client.post(f"/admin/institutions/role/delete/{role.pk}/")
    assert response.status_code == 302
    assert not Role.objects.filter(user=learner).exists()
    assert AuditLog.objects.filter(event="role_revoked", target_user=learner).exists()


def test_a_national_role_with_an_institution_is_refused(superuser_client):
    tree = make_tree()
    learner = make_learner()
    response = superuser_client.post("/admin/institutions/role/new/", {
        "user": learner.pk, "kind": "national_admin", "institution": tree["almaty"].pk})
    assert response.status_code == 200
    assert not Role.objects.exists()


def test_audit_log_is_read_only_in_the_admin(superuser_client):
    from accounts.services import audit_record

    event = audit_record(event="login", actor=superuser_client.user)
    assert superuser_client.get("/admin/accounts/auditlog/").status_code == 200
    assert superuser_client.get(f"/admin/accounts/auditlog/edit/{event.pk}/").status_code in (302, 403)
    assert superuser_client.post(f"/admin/accounts/auditlog/delete/{event.pk}/").status_code in (302, 403)
    assert AuditLog.objects.filter(pk=event.pk).exists()


def test_an_institution_sets_its_reminder_days_in_the_cms(superuser_client):
    tree = make_tree()
    unit = tree["almaty_medeu"]
    url = f"/admin/institutions/institution/edit/{unit.pk}/"
    fields = {**FIELDS, "code": unit.code, "parent": tree["almaty"].pk}
    refused = superuser_client.post(url, {**fields, "reminder_days": "seven, 1"})
    assert refused.status_code == 200 and "whole numbers of days" in refused.content.decode()
    unit.refresh_from_db()
    assert unit.reminder_days == "" and unit.reminder_steps() == (7, 1)
    assert superuser_client.post(url, {**fields, "reminder_days": "1; 14, 7"}).status_code == 302
    unit.refresh_from_db()
    assert unit.reminder_steps() == (14, 7, 1)
