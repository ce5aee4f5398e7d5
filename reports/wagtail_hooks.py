from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from institutions.selectors import user_is_administrator


def reports_redirect(request):
    """The reports live on the public site (same selectors, same scope check), in the
    editor's language."""
    language = (translation.get_language() or "en")[:2]
    with translation.override(language if language in ("en", "ru", "kk") else "en"):
        return redirect(reverse("reports:dashboard"))


@hooks.register("register_admin_urls")
def register_reports_url():
    return [path("training-reports/", reports_redirect, name="reports_redirect")]


class ReportsMenuItem(MenuItem):
    def is_shown(self, request):
        return user_is_administrator(request.user)


@hooks.register("register_admin_menu_item")
def register_reports_menu_item():
    return ReportsMenuItem(_("Training reports"), reverse("reports_redirect"), icon_name="table",
                           order=250)
