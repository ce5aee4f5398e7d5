from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from .models import AuditLog


class AuditLogPolicy(ModelPermissionPolicy):
    """Superusers read the audit log; nobody adds, edits or deletes it in the admin."""

    def user_has_permission(self, user, action):
        return action == "view" and user.is_active and user.is_superuser

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


register_permission_policy(AuditLog, AuditLogPolicy(AuditLog))


class AuditLogViewSet(ModelViewSet):
    model = AuditLog
    icon = "history"
    menu_label = _("Audit log")
    add_to_admin_menu = True
    menu_order = 900
    list_display = ["at", "event", "actor_label", "target_user", "institution", "ip_address"]
    list_filter = ["event"]
    search_fields = ["actor_label"]
    inspect_view_enabled = True
    form_fields = ["event"]


@hooks.register("register_admin_viewset")
def register_audit_log():
    return AuditLogViewSet("accounts_auditlog", url_prefix="accounts/auditlog")
