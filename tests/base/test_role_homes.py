"""Each role at home: the page someone lands on after signing in, and the account menu that
offers them the pages of the roles they hold, and no others."""
import re

import pytest
from django.contrib.auth.models import Group

from tests.factories import (
    give_totp,
    make_admin,
    make_editor,
    make_home_page,
    make_learner,
    make_tree,
)

pytestmark = pytest.mark.django_db

MENU = {"My training": "/en/me/", "Notifications": "/en/notifications/",
        "Manage my institution": "/en/manage/", "Reports": "/en/reports/", "CMS": "/admin/",
        "Account": "/en/me/profile/"}


@pytest.fixture
def people(db):
    make_home_page()
    tree = make_tree()
    superuser = make_learner(email="root@example.org")
    superuser.is_superuser = True
    superuser.save()
    give_totp(superuser)
    return {
        "learner": make_learner(tree["almaty_medeu"], email="learner@example.org"),
        "institution_admin": make_admin(tree["almaty"], email="inst@example.org"),
        "national_admin": make_admin(None, email="national@example.org"),
        "editor": make_editor(group="Test editors"),
        "superuser": superuser,
    }


HOMES = {"learner": "/en/me/", "institution_admin": "/en/reports/",
         "national_admin": "/en/reports/", "editor": "/admin/", "superuser": "/en/reports/"}
OFFERED = {
    "learner": {"My training", "Notifications", "Account"},
    "institution_admin": {"My training", "Notifications", "Manage my institution", "Reports",
                          "Account"},
    "national_admin": {"My training", "Notifications", "Reports", "Account"},
    "editor": {"My training", "Notifications", "CMS", "Account"},
    "superuser": {"My training", "Notifications", "Reports", "CMS", "Account"},
}


@pytest.mark.parametrize("who", sorted(HOMES))
def test_each_role_starts_at_its_home(client, people, who):
    client.force_login(people[who])
    response = client.get("/en/start/")
    assert response.status_code == 302 and response["Location"] == HOMES[who]


@pytest.mark.parametrize("who", sorted(OFFERED))
def test_the_menu_offers_each_role_its_pages_and_only_those(client, people, who):
    client.force_login(people[who])
    page = client.get("/en/me/").content.decode()
    menu = page[page.index('class="account-menu"'):page.index("</details>")]
    offered = {title for title, url in MENU.items() if f'href="{url}"' in menu}
    assert offered == OFFERED[who]
    assert "Sign out" in menu
    # Every page offered opens for them (the menu never offers a page that refuses).
    for title in offered:
        target = MENU[title]
        response = client.get(target)
        assert response.status_code in (200, 302), (title, response.status_code)
        if response.status_code == 302:  # the CMS may first ask for its own pages
            assert not response["Location"].startswith("/en/accounts/login"), title


def test_a_visitor_has_no_menu_and_start_asks_them_to_sign_in(client, people):
    page = client.get("/en/protocols/").content.decode()
    assert "account-menu" not in page and 'href="/en/accounts/login/"' in page
    response = client.get("/en/start/")
    assert response.status_code == 302 and "/en/accounts/login/" in response["Location"]


def test_signing_in_lands_on_start_unless_a_page_was_asked_for(client, people):
    response = client.post("/en/accounts/login/", {"login": "learner@example.org",
                                                   "password": "a-long-test-password"})
    assert response.status_code == 302 and response["Location"] == "/en/start/"
    client.logout()
    response = client.post("/en/accounts/login/?next=/en/courses/",
                           {"login": "learner@example.org", "password": "a-long-test-password"})
    assert response["Location"] == "/en/courses/"


def test_the_roles_cost_one_query_then_none_until_they_change(people,
                                                             django_assert_num_queries):
    from django.test import RequestFactory

    from institutions.models import Role
    from institutions.roles import roles_of

    user = people["institution_admin"]
    with django_assert_num_queries(1):
        request = RequestFactory().get("/")
        first = roles_of(user, request)
        assert roles_of(user, request) is first
    assert first.institution_admin and not first.national_admin and not first.cms
    with django_assert_num_queries(0):  # the next page: from the cache
        assert roles_of(user, RequestFactory().get("/")) == first
    # A role taken away, or a group given, shows on the next page.
    Role.objects.filter(user=user).delete()
    assert not roles_of(user, RequestFactory().get("/")).institution_admin
    user.groups.add(Group.objects.get(name="Test editors"))
    assert roles_of(user, RequestFactory().get("/")).cms


def test_the_menu_marks_the_current_page(client, people):
    client.force_login(people["institution_admin"])
    page = client.get("/en/reports/").content.decode()
    assert re.search(r'href="/en/reports/" aria-current="page">Reports<', page)
    assert not re.search(r'href="/en/me/" aria-current="page"', page)
