import pytest
from django.contrib.auth.models import AnonymousUser

from institutions.scope import institutions_visible_to
from tests.factories import UserFactory, make_admin, make_learner, make_tree

pytestmark = pytest.mark.django_db


@pytest.fixture
def tree():
    return make_tree()


def codes(queryset):
    return sorted(queryset.values_list("code", flat=True))


def test_institution_admin_sees_own_institution_and_units_below(tree):
    admin = make_admin(tree["almaty"])
    assert codes(institutions_visible_to(admin)) == ["POL-ALM", "POL-ALM-MED"]


def test_admin_of_a_district_does_not_see_the_city_above(tree):
    admin = make_admin(tree["almaty_medeu"])
    assert codes(institutions_visible_to(admin)) == ["POL-ALM-MED"]


def test_admin_of_two_institutions_sees_both_subtrees(tree):
    from institutions.models import Role

    admin = make_admin(tree["almaty_medeu"])
    Role.objects.create(user=admin, kind="institution_admin", institution=tree["astana"])
    assert codes(institutions_visible_to(admin)) == ["POL-ALM-MED", "POL-AST", "POL-AST-YES"]


def test_national_admin_and_superuser_see_everything(tree):
    assert len(codes(institutions_visible_to(make_admin(None)))) == 5
    superuser = UserFactory(is_superuser=True, is_staff=True)
    assert len(codes(institutions_visible_to(superuser))) == 5


def test_learners_and_visitors_see_nothing(tree):
    assert codes(institutions_visible_to(make_learner(tree["almaty"]))) == []
    assert codes(institutions_visible_to(AnonymousUser())) == []


def test_scope_is_one_query(tree, django_assert_num_queries):
    admin = make_admin(tree["almaty"])
    with django_assert_num_queries(1):
        list(institutions_visible_to(admin))


def test_a_code_that_shares_a_path_prefix_is_not_leaked(tree):
    """Paths are fixed-width steps, so 'POL-ALM' never matches a sibling by text."""
    from tests.factories import make_institution

    for index in range(12):  # enough siblings that paths differ only in late characters
        make_institution(f"EXTRA-{index}", tree["ministry"])
    admin = make_admin(tree["almaty"])
    assert codes(institutions_visible_to(admin)) == ["POL-ALM", "POL-ALM-MED"]
