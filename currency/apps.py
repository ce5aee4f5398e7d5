from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CurrencyConfig(AppConfig):
    name = "currency"
    verbose_name = _("Protocol currency")

    def ready(self):
        from courses.dashboard import dashboard_tasks_provider

        from .listeners import subscribe
        from .selectors import course_refresher_tasks, refresher_tasks

        subscribe()
        dashboard_tasks_provider(refresher_tasks)
        dashboard_tasks_provider(course_refresher_tasks)
