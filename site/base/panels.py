"""The translation status of a course page, lesson or quiz, as a panel on its edit page:
each language as current, behind (with a link comparing the source's revisions since the
one the translation reflects) or missing."""
from wagtail.admin.panels import Panel


class TranslationStatusPanel(Panel):
    class BoundPanel(Panel.BoundPanel):
        template_name = "base/admin/translation_status_panel.html"

        def get_context_data(self, parent_context=None):
            from .translations import page_rows

            context = super().get_context_data(parent_context)
            page = self.instance
            context["rows"] = (page_rows([type(page)], translation_key=page.translation_key)
                               if page is not None and page.pk else [])
            context["this_page"] = page
            return context
