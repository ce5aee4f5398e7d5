from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from academy.base.i18n import language_choices

from .constants import Profession, Sex
from .models import Profile


class ProfileForm(forms.ModelForm):
    sex = forms.ChoiceField(
        label=_("Sex (optional)"), choices=Sex.choices, initial=Sex.NOT_SAID,
        widget=forms.RadioSelect,
    )
    year_of_birth = forms.IntegerField(
        label=_("Year of birth (optional)"), required=False, min_value=1930,
        max_value=timezone.now().year - 16,
    )

    class Meta:
        model = Profile
        fields = ["full_name", "profession", "position", "preferred_language", "sex",
                  "year_of_birth"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["profession"].choices = [("", _("Choose your profession"))] + list(
            Profession.choices)
        self.fields["preferred_language"].choices = language_choices()  # in the reader's words
        self.fields["full_name"].widget.attrs["autocomplete"] = "name"
        self.fields["position"].widget.attrs["autocomplete"] = "organization-title"


class AccountDeleteForm(forms.Form):
    password = forms.CharField(label=_("Your password"), strip=False,
                               widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}))

    def __init__(self, *args, user, **kwargs):
        self.user = user
        super().__init__(*args, **kwargs)

    def clean_password(self):
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError(_("The password is not correct."))
        return password
