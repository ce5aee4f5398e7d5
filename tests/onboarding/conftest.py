from tests.notifications.conftest import world  # noqa: F401
