"""Editorial workflow, moderation mail through Celery, and what the admin stores."""

import json

import pytest
from django.contrib.auth.models import Group
from wagtail.models import WorkflowState

from academy.base.models import OutboundEmail
from protocols.models import ProtocolPage, ProtocolVersion
from protocols.workflow import protocol_workflow_ensure
from tests.factories import UserFactory, give_totp, protocol_body

pytestmark = pytest.mark.django_db


def _member(group_name, email):
    user = UserFactory(email=email)
    user.groups.add(Group.objects.get(name=group_name))
    give_totp(user)
    return user


def test_workflow_needs_civil_society_then_legal_review_and_mails_through_the_queue(
        index, django_capture_on_commit_callbacks, mailoutbox):
    workflow = protocol_workflow_ensure(index_pages=[index])
    assert [t.name for t in workflow.tasks] == ["Civil-society review", "Legal review"]
    editor = UserFactory(email="editor@example.org")
    civil = _member("Civil-society reviewers", "civil@example.org")
    legal = _member("Legal reviewers", "legal@example.org")
    page = ProtocolPage(title="Referral to support services", slug="referral", summary="s.", live=False,
                        body=protocol_body([("Referral", ["Offer the crisis-centre number."])]))
    index.add_child(instance=page)
    page.save_revision(user=editor)
    with django_capture_on_commit_callbacks(execute=True):
        state = workflow.start(page, editor)
    assert any("civil@example.org" in email.to for email in OutboundEmail.objects.all())
    assert any("civil@example.org" in m.to for m in mailoutbox)
    task_state = state.current_task_state
    task_state.task.specific.on_action(task_state, civil, "approve")
    state.refresh_from_db()
    page.refresh_from_db()
    assert not page.live and state.current_task_state.task.name == "Legal review"
    task_state = state.current_task_state
    task_state.task.specific.on_action(task_state, legal, "approve")
    page.refresh_from_db()
    state.refresh_from_db()
    assert page.live and state.status == WorkflowState.STATUS_APPROVED
    assert ProtocolVersion.objects.filter(page=page, number=1).exists()


def test_workflow_set_up_is_idempotent(index):
    first = protocol_workflow_ensure(index_pages=[index])
    second = protocol_workflow_ensure(index_pages=[index])
    assert first.pk == second.pk and len(second.tasks) == 2


def _admin_client(client):
    admin = UserFactory(is_superuser=True, is_staff=True)
    give_totp(admin)
    client.force_login(admin)
    return client


def _contentstate(text, url):
    return json.dumps({
        "blocks": [{"key": "a1b2c", "text": text, "type": "unstyled", "depth": 0,
                    "inlineStyleRanges": [], "entityRanges": [{"offset": 0, "length": 5, "key": 0}],
                    "data": {}}],
        "entityMap": {"0": {"type": "LINK", "mutability": "MUTABLE", "data": {"url": url}}},
    })


def test_a_crafted_admin_post_cannot_store_a_javascript_link(client, index):
    client = _admin_client(client)
    data = {
        "title": "Crafted", "slug": "crafted", "summary": "A summary.", "version": "1",
        "effective_date": "2025-01-01", "change_summary": "", "change_kind": "auto",
        "body-count": "1", "body-0-type": "section", "body-0-deleted": "", "body-0-order": "0",
        "body-0-id": "", "body-0-value-heading": "Heading",
        "body-0-value-clauses-count": "1", "body-0-value-clauses-0-deleted": "",
        "body-0-value-clauses-0-order": "0", "body-0-value-clauses-0-id": "",
        "body-0-value-clauses-0-value-text": _contentstate("Click here", "javascript:alert(1)"),
        "body-0-value-clauses-0-value-elements-count": "0",
        "action-publish": "action-publish",
    }
    response = client.post(f"/admin/pages/add/protocols/protocolpage/{index.pk}/", data)
    assert response.status_code == 302, response.content.decode()[:3000]
    page = ProtocolPage.objects.get(slug="crafted")
    assert page.live
    stored = json.dumps(list(page.body.raw_data))
    assert "Click" in stored and "here" in stored
    assert "javascript:" not in stored
    html = client.get(page.url).content.decode()
    assert "Click" in html and "javascript:" not in html


def test_an_image_needs_alternative_text(index):
    from django.core.exceptions import ValidationError

    from protocols.blocks import ImageBlock

    with pytest.raises(ValidationError):
        ImageBlock().clean({"image": None, "alt_text": "  ", "caption": ""})


def test_scheduled_publishing_runs_from_the_beat_task(index):
    from datetime import timedelta

    from django.conf import settings
    from django.utils import timezone

    from protocols.tasks import scheduled_publish

    page = ProtocolPage(title="Scheduled", slug="scheduled", summary="s.", live=False,
                        body=protocol_body([("A", ["One clause."])]))
    index.add_child(instance=page)
    page.go_live_at = timezone.now() + timedelta(hours=1)
    revision = page.save_revision()
    revision.publish()  # with go_live_at in the future this only schedules
    page.refresh_from_db()
    assert not page.live and revision.approved_go_live_at is not None
    # The hour has passed.
    past = timezone.now() - timedelta(minutes=1)
    revision.content["go_live_at"] = past.isoformat()
    revision.approved_go_live_at = past
    revision.save(update_fields=["content", "approved_go_live_at"])
    ProtocolPage.objects.filter(pk=page.pk).update(go_live_at=past)
    scheduled_publish.delay()
    page.refresh_from_db()
    assert page.live
    assert ProtocolVersion.objects.filter(page=page).exists()
    schedule = settings.CELERY_BEAT_SCHEDULE["publish-scheduled-pages"]
    assert schedule["task"] == scheduled_publish.name


def test_search_is_in_the_readers_language(client, index):
    from tests.factories import make_protocol, translate_tree

    page = make_protocol(index, title="Forensic examination", sections=[
        ("Examination", ["Examine promptly, close to the survivor."])])
    translate_tree(index.get_parent(), "ru", {"Protocol Academy": "Академия",
                                              "Protocols": "Протоколы", "Courses": "Курсы",
                                              page.title: "Судебно-медицинская экспертиза"})
    ru = ProtocolPage.objects.get(locale__language_code="ru")
    ru.summary = "Экспертиза без осмотра девственной плевы."
    ru.save_revision().publish()
    html = client.get("/ru/protocols/?q=экспертиза").content.decode()
    assert "Судебно-медицинская экспертиза" in html
    html = client.get("/en/protocols/?q=экспертиза").content.decode()
    assert "Forensic examination" not in html and "Судебно" not in html
