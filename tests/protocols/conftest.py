import pytest

from tests.factories import make_home_page


@pytest.fixture
def index():
    """The English protocol index page of a fresh site."""
    home = make_home_page()
    return home.get_children().get(slug="protocols").specific
