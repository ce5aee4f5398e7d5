"""The protocol workflow's last step keeps translations in step: it will not approve a new
source version while a translation is behind the version now live. A moderator may approve
anyway, with a reason that goes to the audit log; the translation then shows as behind. A
translation catching up is never held back."""
import json

import pytest
from django.contrib.auth.models import Group
from django.core.exceptions import PermissionDenied

from accounts.models import AuditLog
from protocols.models import ProtocolPage, TranslationsCurrentTask
from protocols.selectors import translation_statuses
from protocols.workflow import protocol_workflow_ensure
from tests.currency.test_refreshers import CLAUSES, RU, _body
from tests.factories import UserFactory, give_totp, republish, translate_tree

pytestmark = pytest.mark.django_db


def _member(email, *groups):
    user = UserFactory(email=email)
    for name in groups:
        user.groups.add(Group.objects.get(name=name))
    give_totp(user)
    return user


@pytest.fixture
def world(index, django_capture_on_commit_callbacks):
    from tests.factories import make_protocol

    en = make_protocol(index, sections=[("The interview", CLAUSES)])
    home = index.get_parent()
    translate_tree(home, "ru", {"Protocols": "Протоколы", "Courses": "Курсы"})
    ru = ProtocolPage.objects.get(translation_key=en.translation_key, locale__language_code="ru")
    republish(ru, body=_body(ru, RU), change_kind="editorial")
    workflow = protocol_workflow_ensure(index_pages=[index, ru.get_parent()])
    people = {"editor": _member("editor@example.org"),
              "civil": _member("civil@example.org", "Civil-society reviewers"),
              "legal": _member("legal@example.org", "Legal reviewers"),
              "moderator": _member("moderator@example.org", "Legal reviewers", "Moderators")}
    with django_capture_on_commit_callbacks(execute=True):  # version 2, in English only
        en = republish(en, body=_body(en, [CLAUSES[0], "Ask whom she prefers.", CLAUSES[2]]))
    return {"en": en, "ru": ru, "workflow": workflow, "people": people}


def _to_legal_review(world, page, text, callbacks):
    """Submit a new revision of `page` and let civil society approve it."""
    page = ProtocolPage.objects.get(pk=page.pk)
    body = json.loads(_body(page, [CLAUSES[0] if page.locale.language_code == "en" else RU[0],
                                   text, CLAUSES[2]]))
    page.body = json.dumps(body)
    page.save_revision(user=world["people"]["editor"])
    with callbacks(execute=True):
        state = world["workflow"].start(page, world["people"]["editor"])
        task_state = state.current_task_state
        task_state.task.specific.on_action(task_state, world["people"]["civil"], "approve")
    state.refresh_from_db()
    assert state.current_task_state.task.name == "Legal review"
    return state, state.current_task_state


def _actions(task_state, user, page):
    return [name for name, _label, _form in task_state.task.specific.get_actions(page, user)]


def test_the_default_workflow_gates_on_translations():
    from protocols.workflow import protocol_workflow_ensure as ensure
    from tests.factories import make_home_page

    home = make_home_page()
    workflow = ensure(index_pages=[home.get_children().get(slug="protocols")])
    assert isinstance(list(workflow.tasks)[-1].specific, TranslationsCurrentTask)


def test_a_new_source_version_waits_for_its_translations(world,
                                                         django_capture_on_commit_callbacks):
    state, task_state = _to_legal_review(world, world["en"], "Ask whom she prefers, and offer "
                                         "a woman.", django_capture_on_commit_callbacks)
    en = ProtocolPage.objects.get(pk=world["en"].pk)
    legal, moderator = world["people"]["legal"], world["people"]["moderator"]
    assert _actions(task_state, legal, en) == ["reject"]
    assert _actions(task_state, moderator, en) == ["reject", "override"]
    with pytest.raises(PermissionDenied):
        task_state.task.specific.on_action(task_state, legal, "approve")
    with pytest.raises(PermissionDenied):  # an override needs a reason
        task_state.task.specific.on_action(task_state, moderator, "override", comment=" ")
    assert ProtocolPage.objects.get(pk=en.pk).version == 2
    with django_capture_on_commit_callbacks(execute=True):
        task_state.task.specific.on_action(task_state, moderator, "override",
                                           comment="Court ruling takes effect on Monday.")
    assert ProtocolPage.objects.get(pk=en.pk).version == 3
    entry = AuditLog.objects.get(event="translation_gate_overridden")
    assert entry.actor == moderator and entry.detail["behind"] == ["ru"]
    assert entry.detail["reason"] == "Court ruling takes effect on Monday."
    statuses = {row["language"]: row["status"] for row in translation_statuses()}
    assert statuses["ru"] == "behind"


def test_once_the_translation_catches_up_the_source_is_approved(
        world, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        ru = republish(ProtocolPage.objects.get(pk=world["ru"].pk),
                       body=_body(world["ru"], [RU[0], "Спросите, кого она предпочитает.", RU[2]]))
    assert ru.version == 2
    state, task_state = _to_legal_review(world, world["en"], "Ask whom she prefers, and offer "
                                         "a woman.", django_capture_on_commit_callbacks)
    assert "approve" in _actions(task_state, world["people"]["legal"], world["en"])
    with django_capture_on_commit_callbacks(execute=True):
        task_state.task.specific.on_action(task_state, world["people"]["legal"], "approve")
    assert ProtocolPage.objects.get(pk=world["en"].pk).version == 3


def test_a_translation_catching_up_is_not_held_back(world, django_capture_on_commit_callbacks):
    state, task_state = _to_legal_review(world, world["ru"], "Спросите, кого она предпочитает.",
                                         django_capture_on_commit_callbacks)
    ru = ProtocolPage.objects.get(pk=world["ru"].pk)
    assert "approve" in _actions(task_state, world["people"]["legal"], ru)
    with django_capture_on_commit_callbacks(execute=True):
        task_state.task.specific.on_action(task_state, world["people"]["legal"], "approve")
    assert ProtocolPage.objects.get(pk=ru.pk).version == 2
