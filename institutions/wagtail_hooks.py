from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .admin_views import InstitutionViewSet, RoleViewSet, institutions_import


@hooks.register("register_admin_viewset")
def register_viewsets():
    return [
        InstitutionViewSet("institutions_institution", url_prefix="institutions/institution"),
        RoleViewSet("institutions_role", url_prefix="institutions/role"),
    ]


@hooks.register("register_admin_urls")
def register_import_url():
    return [path("institutions/import/", institutions_import, name="institutions_import")]


class ImportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("institutions.add_institution")


@hooks.register("register_admin_menu_item")
def register_import_menu_item():
    return ImportMenuItem(_("Import institutions"), reverse("institutions_import"),
                          icon_name="upload", order=305)
