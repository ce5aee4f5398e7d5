from django import forms
from django.utils.translation import gettext_lazy as _

from academy.base.i18n import language_choices
from academy.base.selectors import search_terms

from .models import Audience, Topic


class ProtocolFilterForm(forms.Form):
    q = forms.CharField(label=_("Search protocols"), max_length=100, required=False)
    audience = forms.ModelChoiceField(label=_("Profession"), queryset=Audience.objects.all(),
                                      required=False, empty_label=_("All professions"),
                                      to_field_name="slug")
    topic = forms.ModelChoiceField(label=_("Topic"), queryset=Topic.objects.all(), required=False,
                                   empty_label=_("All topics"), to_field_name="slug")
    language = forms.ChoiceField(label=_("Available in"), required=False,
                                 choices=lambda: [("", _("This language")),
                                                  *language_choices()])

    def clean_q(self):
        q = self.cleaned_data["q"]
        if q and not search_terms(q):
            raise forms.ValidationError(
                _("Type a word or a number to search for: punctuation and symbols alone "
                  "cannot be searched."),
                code="no_words",
            )
        return q
