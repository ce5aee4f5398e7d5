from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NotificationsConfig(AppConfig):
    name = "notifications"
    verbose_name = _("Notifications")

    def ready(self):
        from accounts.services import account_data_section, account_erasure_step

        from .listeners import subscribe
        from .services import notifications_data, notifications_erase

        subscribe()
        account_data_section("notifications", notifications_data)
        account_erasure_step(notifications_erase)
