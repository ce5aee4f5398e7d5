"""The translation status of a protocol, as a panel on its edit page: each language as
current, behind (with the source's changed clauses, word by word) or missing."""
from wagtail.admin.panels import Panel


class TranslationStatusPanel(Panel):
    class BoundPanel(Panel.BoundPanel):
        template_name = "protocols/admin/translation_status_panel.html"

        def get_context_data(self, parent_context=None):
            from .selectors import translation_statuses

            context = super().get_context_data(parent_context)
            key = getattr(self.instance, "translation_key", None)
            context["rows"] = (translation_statuses(translation_key=key)
                               if self.instance and self.instance.pk else [])
            context["this_page"] = self.instance
            return context
