from django import forms
from django.utils.translation import gettext_lazy as _

from .models import Institution


class InviteForm(forms.Form):
    institution = forms.ModelChoiceField(label=_("Institution"), queryset=Institution.objects.none())
    days_valid = forms.IntegerField(label=_("Valid for (days)"), min_value=1, max_value=90,
                                    initial=14)
    max_uses = forms.IntegerField(label=_("Maximum number of people"), min_value=1,
                                  max_value=1000, initial=25)

    def __init__(self, *args, institutions, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields["institution"]
        field.queryset = institutions.order_by("path")
        field.label_from_instance = lambda institution: institution.indented_name


class InstitutionSearchForm(forms.Form):
    q = forms.CharField(label=_("Institution name or code"), max_length=100, required=False)


class InstitutionImportForm(forms.Form):
    file = forms.FileField(
        label=_("CSV file"),
        help_text=_("UTF-8 CSV with the columns code, parent_code, kind, region, name_en, "
                    "name_ru, name_kk. A parent must come before its children."),
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > 5 * 1024 * 1024:
            raise forms.ValidationError(_("The file is larger than 5 MB."))
        return upload
