from django import forms
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from courses.models import CoursePage

MAX_BYTES = 5 * 1024 * 1024


class StaffImportForm(forms.Form):
    file = forms.FileField(
        label=_("Staff list (CSV)"),
        help_text=_("One person per line: email, full name, profession, position, unit code "
                    "and, if you wish, language (kk, ru or en). The first line names the "
                    "columns, in Kazakh, Russian or English."))
    course = forms.ModelChoiceField(label=_("Assign a course (optional)"), required=False,
                                    queryset=CoursePage.objects.none(),
                                    empty_label=_("No course for now"))
    due_date = forms.DateField(label=_("Due date"), required=False,
                               widget=forms.DateInput(attrs={"type": "date"}))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["course"].queryset = CoursePage.objects.live().filter(
            locale__language_code=(get_language() or "en")[:2]).order_by("title")

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_BYTES:
            raise forms.ValidationError(_("The file is larger than 5 MB: split it in two."))
        if not upload.name.lower().endswith((".csv", ".txt")):
            raise forms.ValidationError(_("Upload a .csv file (save the spreadsheet as CSV)."))
        return upload

    def clean(self):
        data = super().clean()
        due = data.get("due_date")
        if due and not data.get("course"):
            self.add_error("course", _("Choose the course the due date is for."))
        if due and due < timezone.localdate():
            self.add_error("due_date", _("The due date is in the past."))
        return data
