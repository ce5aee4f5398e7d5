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


def dashboard_tasks_provider(function):
    if function not in _providers:
        _providers.append(function)


def dashboard_tasks(user):
    return [task for provider in _providers for task in provider(user)]
