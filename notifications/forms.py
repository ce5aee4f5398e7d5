from django import forms
from django.utils.translation import gettext_lazy as _

from .constants import OPTIONAL


class PreferencesForm(forms.Form):
    """The optional kinds of notice, each on or off. Mandatory ones are not in the form."""

    wanted = forms.MultipleChoiceField(
        label=_("Tell me, on the site and by email, when"), required=False,
        widget=forms.CheckboxSelectMultiple, choices=[(k.value, k.label) for k in OPTIONAL])
