"""What else waits for a learner on their dashboard ("My training"), offered by the apps
above courses (which courses must not import): each registers, in its AppConfig.ready, a
function `(user) -> [DashboardTask]`."""
from dataclasses import dataclass

_providers = []


@dataclass(frozen=True)
class DashboardTask:
    title: str
    url: str
    note: str = ""
    course_key: object = None  # a task about one course is shown on its page too


def dashboard_tasks_provider(function):
    if function not in _providers:
        _providers.append(function)


def dashboard_tasks(user):
    return [task for provider in _providers for task in provider(user)]


def course_tasks(user, course_key):
    """The tasks about one course, for its page."""
    if not user.is_authenticated:
        return []
    return [task for task in dashboard_tasks(user) if task.course_key == course_key]
