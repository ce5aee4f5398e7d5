import pytest

from tests.factories import make_course, make_home_page


@pytest.fixture
def home():
    return make_home_page()


@pytest.fixture
def course_index(home):
    return home.get_children().get(slug="courses").specific


@pytest.fixture
def course(course_index):
    return make_course(course_index)
