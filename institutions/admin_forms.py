from django import forms
from django.db import transaction
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from .models import Institution, Role


class InstitutionAdminForm(WagtailAdminModelForm):
    """Edits one node and places it in the tree under the chosen parent."""

    parent = forms.ModelChoiceField(
        label=_("Parent institution"), queryset=Institution.objects.order_by("path"),
        required=False, help_text=_("Leave empty for a national body at the top of the tree."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["parent"].label_from_instance = lambda node: node.indented_name
        if self.instance.pk:
            self.fields["parent"].initial = self.instance.get_parent()
            # A node cannot move under itself or its own descendants.
            self.fields["parent"].queryset = Institution.objects.exclude(
                path__startswith=self.instance.path).order_by("path")

    @transaction.atomic
    def save(self, commit=True):
        parent = self.cleaned_data.get("parent")
        instance = self.instance
        if instance.pk is None:
            if parent:
                return Institution.objects.get(pk=parent.pk).add_child(instance=instance)
            return Institution.add_root(instance=instance)
        # The tree fields (path, depth, numchild) are the tree's, not the form's.
        instance.refresh_from_db(fields=["path", "depth", "numchild"])
        instance.save()
        current_parent = instance.get_parent()
        if (parent.pk if parent else None) != (current_parent.pk if current_parent else None):
            node = Institution.objects.get(pk=instance.pk)
            if parent:
                node.move(Institution.objects.get(pk=parent.pk), pos="last-child")
            else:
                node.move(Institution.get_last_root_node(), pos="last-sibling")
            instance.refresh_from_db()
        return instance


class RoleAdminForm(WagtailAdminModelForm):
    """Grants and changes roles through the services, so each change is audited."""

    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, for_user=for_user, **kwargs)
        self.acting_user = for_user

    @transaction.atomic
    def save(self, commit=True):
        from .services import role_grant, role_revoke

        if self.instance.pk:
            if not self.has_changed():
                return self.instance
            previous = Role.objects.get(pk=self.instance.pk)
            role_revoke(role=previous, revoked_by=self.acting_user)
        # Views read the saved object back from the form.
        self.instance = role_grant(
            user=self.cleaned_data["user"], kind=self.cleaned_data["kind"],
            institution=self.cleaned_data.get("institution"), granted_by=self.acting_user,
        )
        return self.instance
