from django import forms
from django.utils.translation import gettext_lazy as _

from academy.base.i18n import language_choices
from accounts.constants import Profession
from institutions.constants import InstitutionKind, Region

from .constants import Basis, Frequency


def _languages():
    return [("", _("All languages")), *language_choices()]



class ReportFilterForm(forms.Form):
    basis = forms.ChoiceField(
        label=_("Count"), required=False, choices=[
            (Basis.DELIVERED, _("Training delivered: where learners were when they trained")),
            (Basis.STAFF, _("Staff coverage: the people in these units now, wherever they "
                            "trained"))])
    course = forms.ChoiceField(label=_("Course"), required=False)
    date_from = forms.DateField(label=_("Enrolled from"), required=False,
                                widget=forms.DateInput(attrs={"type": "date"}))
    date_to = forms.DateField(label=_("Enrolled until"), required=False,
                              widget=forms.DateInput(attrs={"type": "date"}))
    region = forms.ChoiceField(label=_("Region"), required=False,
                               choices=[("", _("All regions")), *Region.choices])
    kind = forms.ChoiceField(label=_("Kind of institution"), required=False,
                             choices=[("", _("All kinds")), *InstitutionKind.choices])
    profession = forms.ChoiceField(label=_("Profession"), required=False,
                                   choices=[("", _("All professions")), *Profession.choices])
    language = forms.ChoiceField(label=_("Language"), required=False, choices=_languages)
    unit = forms.IntegerField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args, courses=None, with_basis=True, **kwargs):
        super().__init__(*args, **kwargs)
        if not with_basis:
            del self.fields["basis"]  # a list of people is always of the people there now
        self.fields["course"].choices = [("", _("All courses")),
                                         *[(str(k), t) for k, t in (courses or {}).items()]]

    def filters(self, scope):
        """The Filters this form describes (none when invalid). A unit outside `scope`
        raises LookupError."""
        import uuid

        from .selectors import Filters

        if not (self.is_bound and self.is_valid()):
            return Filters()
        data = self.cleaned_data
        filters = Filters(date_from=data["date_from"], date_to=data["date_to"],
                          region=data["region"], kind=data["kind"],
                          profession=data["profession"], language=data["language"],
                          course_key=uuid.UUID(data["course"]) if data["course"] else None,
                          basis=data.get("basis") or Basis.DELIVERED)
        if data["unit"] is not None:
            filters.unit = scope.by_id.get(data["unit"])
            if filters.unit is None:
                raise LookupError(data["unit"])
        return filters

    def clean(self):
        data = super().clean()
        if data.get("date_from") and data.get("date_to") and data["date_from"] > data["date_to"]:
            raise forms.ValidationError(_("The start of the period is after its end."))
        return data


class SubscriptionForm(forms.Form):
    institution = forms.ModelChoiceField(label=_("Institution"), queryset=None)
    frequency = forms.ChoiceField(label=_("Email me a summary"),
                                  choices=[("", _("Never")), *Frequency.choices], required=False)

    def __init__(self, *args, institutions=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["institution"].queryset = institutions


class CurrencyFilterForm(ReportFilterForm):
    """The currency report counts the people in the units now, whenever they trained: no
    period, course or basis to choose."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, with_basis=False, **kwargs)
        for name in ("course", "date_from", "date_to"):
            del self.fields[name]

    def clean(self):
        data = super().clean()
        data.update(course="", date_from=None, date_to=None)
        return data
