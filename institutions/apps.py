from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class InstitutionsConfig(AppConfig):
    name = "institutions"
    verbose_name = _("Institutions")

    def ready(self):
        from accounts.mfa import mfa_requirement
        from accounts.services import account_data_section, account_erasure_step

        from .selectors import user_is_administrator
        from .services import memberships_data, memberships_erase

        account_data_section("memberships", memberships_data)
        account_erasure_step(memberships_erase)
        mfa_requirement(user_is_administrator)
