from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.views.generic import DeleteView
from wagtail.admin.viewsets.model import ModelViewSet

from .admin_forms import InstitutionAdminForm, RoleAdminForm
from .forms import InstitutionImportForm
from .models import Institution, Role
from .services import institutions_import_csv, role_revoke


class InstitutionViewSet(ModelViewSet):
    model = Institution
    icon = "site"
    menu_label = _("Institutions")
    add_to_admin_menu = True
    menu_order = 300
    list_display = ["indented_name", "code", "kind", "region", "is_active"]
    list_filter = ["kind", "region", "is_active"]
    search_fields = ["name_en", "name_ru", "name_kk", "code"]
    ordering = ["path"]
    list_per_page = 100
    # The form places the node in the tree under the chosen parent.
    edit_handler = ObjectList(
        [FieldPanel(name) for name in ("parent", "code", "name_en", "name_ru", "name_kk",
                                        "kind", "region", "is_active", "reminder_days")],
        base_form_class=InstitutionAdminForm,
    )


class RoleDeleteView(DeleteView):
    def delete_action(self):
        role_revoke(role=self.object, revoked_by=self.request.user, request=self.request)


class RoleViewSet(ModelViewSet):
    model = Role
    icon = "key"
    menu_label = _("Administrators")
    add_to_admin_menu = True
    menu_order = 310
    list_display = ["user", "kind", "institution", "granted_at"]
    list_filter = ["kind"]
    edit_handler = ObjectList(
        [FieldPanel("user"), FieldPanel("kind"), FieldPanel("institution")],
        base_form_class=RoleAdminForm,
    )
    delete_view_class = RoleDeleteView


def institutions_import(request):
    if not request.user.has_perm("institutions.add_institution"):
        raise PermissionDenied
    form = InstitutionImportForm(request.POST or None, request.FILES or None)
    result = None
    if request.method == "POST" and form.is_valid():
        result = institutions_import_csv(data=form.cleaned_data["file"].read(),
                                         actor=request.user, request=request)
        if result.ok:
            messages.success(request, _("%(count)s institutions imported.") % {"count": result.created})
            return redirect("institutions_institution:index")
    return render(request, "institutions/admin/import.html", {"form": form, "result": result},
                  status=400 if result and not result.ok else 200)
