"""One Scope for manage screens, assignment and reports: everything, some or nothing."""

import pytest
from django.contrib.auth.models import AnonymousUser

from institutions.models import Institution, Membership
from institutions.scope import Scope, scope_for
from tests.factories import UserFactory, make_admin, make_learner, make_tree

pytestmark = pytest.mark.django_db


def test_an_administrator_has_their_subtree_and_filters_by_it():
    tree = make_tree()
    scope = scope_for(make_admin(tree["almaty"]))
    assert not scope.national and scope.learner_level
    assert tree["almaty_medeu"].pk in scope and tree["astana"].pk not in scope
    inside, outside = make_learner(tree["almaty_medeu"]), make_learner(tree["astana_yesil"])
    seen = {m.user_id for m in scope.filter(Membership.objects.all())}
    assert inside.pk in seen and outside.pk not in seen
    assert [i.code for i in scope.roots] == ["POL-ALM"]
    assert scope.children(tree["almaty"]) == [scope.by_id[tree["almaty_medeu"].pk]]


def test_national_administrators_and_superusers_have_everything():
    tree = make_tree()
    for user in (make_admin(None), UserFactory(is_superuser=True)):
        scope = scope_for(user)
        assert scope.national and bool(scope)
        assert tree["astana_yesil"].pk in scope
        assert scope.institutions().count() == Institution.objects.count()
    assert repr(Scope.everything()) == "Scope.everything()"


def test_learners_and_visitors_have_nothing():
    tree = make_tree()
    for user in (make_learner(tree["almaty"]), AnonymousUser()):
        scope = scope_for(user)
        assert not scope and tree["almaty"].pk not in scope
        assert not scope.filter(Membership.objects.all()).exists()
