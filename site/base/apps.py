from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class BaseConfig(AppConfig):
    name = "academy.base"
    label = "base"
    verbose_name = _("Site")

    def ready(self):
        from . import navigation  # noqa: F401  (connects the menu cache invalidation)
