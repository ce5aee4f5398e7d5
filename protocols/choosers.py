"""The clause chooser: editors pick a protocol clause by its number, and the id is stored.

Lessons quote clauses and quiz questions point at clauses by id, so that a clause can
be reworded, renumbered or translated without breaking them. Editors never type ids:
they pick from the numbered clauses of published protocols, grouped by protocol.
Whatever still reaches a field as text (a pasted link, `#clause-<id>`, an id stored
before the chooser) is read as the id it contains.

This lives apart from blocks.py because it reads published clauses (selectors, then
models), and models import blocks.py.
"""

import json
import re
import uuid

from django import forms
from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from .selectors import clause_choices, clause_published

_UUID = re.compile(r"[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}", re.I)


def clause_id_normalise(value):
    """The clause id in `value` (an id, `clause-<id>`, `#clause-<id>`, or a link ending in
    one), as a canonical UUID string; None when it holds none."""
    if isinstance(value, uuid.UUID):
        return str(value)
    found = _UUID.findall(str(value or ""))
    # A link may carry other ids in its path; the clause is the anchor at the end.
    return str(uuid.UUID(found[-1])) if found else None


def _choices_with_blank():
    # A blank first option, so that a new excerpt never silently quotes the first clause.
    return [("", _("Choose a protocol clause"))] + clause_choices()


class ClauseChoiceField(forms.ChoiceField):
    """One clause of a published protocol, picked from a list grouped by protocol."""

    default_error_messages = {
        "invalid_choice": _("Choose a clause from the list: “%(value)s” is not a clause of a "
                            "published protocol."),
    }

    def __init__(self, **kwargs):
        kwargs.setdefault("choices", _choices_with_blank)
        super().__init__(**kwargs)

    def to_python(self, value):
        value = super().to_python(value)
        return (clause_id_normalise(value) or value) if value else value

    def valid_value(self, value):
        # The list offers exactly the published clauses; asking for the one chosen is a
        # small query, where walking the whole list would be one per excerpt of a lesson.
        return clause_id_normalise(value) == value and clause_published(clause_id=value)


class ClauseSelectMultiple(forms.SelectMultiple):
    """A multiple select of clauses that keeps showing chosen clauses it cannot list (their
    protocol is unpublished for now), so that saving the form does not drop them."""

    def optgroups(self, name, value, attrs=None):
        groups = super().optgroups(name, value, attrs)
        listed = {str(option["value"]) for _group, options, _index in groups for option in options}
        missing = [v for v in value if v and v not in listed]
        if missing:
            label = _("Not published at the moment")
            options = [self.create_option(name, v, v, True, len(groups), subindex, attrs)
                       for subindex, v in enumerate(missing)]
            groups.append((label, options, len(groups)))
        return groups


class ClauseMultipleChoiceField(forms.MultipleChoiceField):
    """Clauses of published protocols, picked from a list grouped by protocol. Ids the list
    cannot offer (a protocol unpublished for now) are kept; text that holds no clause id
    is refused."""

    widget = ClauseSelectMultiple
    default_error_messages = {
        "invalid_choice": _("“%(value)s” is not a protocol clause: choose clauses from the "
                            "list."),
    }

    def __init__(self, **kwargs):
        kwargs.setdefault("choices", clause_choices)
        super().__init__(**kwargs)
        self.widget.attrs.setdefault("size", 12)

    def to_python(self, value):
        if isinstance(value, str):
            # Text rather than a choice from the list: a JSON list, or ids and links
            # separated by commas, spaces or new lines.
            try:
                value = json.loads(value)
            except ValueError:
                value = re.split(r"[\s,;]+", value)
        if not isinstance(value, (list, tuple)):
            value = [value] if value else []
        ids = []
        for item in value:
            if item in (None, ""):
                continue
            normalised = clause_id_normalise(item) or str(item)
            if normalised not in ids:
                ids.append(normalised)
        return ids

    def valid_value(self, value):
        return clause_id_normalise(value) == value


class ClauseIdsField(models.JSONField):
    """A list of protocol clause ids (JSON), edited with the clause chooser."""

    def formfield(self, **kwargs):
        # Not JSONField's text box of JSON: the chooser, whose values are a list already.
        return models.Field.formfield(self, **{"form_class": ClauseMultipleChoiceField, **kwargs})


class ClauseChooserBlock(blocks.FieldBlock):
    """A protocol clause for a StreamField, stored as its id (a UUID string)."""

    def __init__(self, required=True, help_text=None, validators=(), **kwargs):
        self.field_options = {"required": required, "help_text": help_text,
                              "validators": validators}
        super().__init__(**kwargs)

    @cached_property
    def field(self):
        return ClauseChoiceField(**self.field_options)

    def to_python(self, value):
        # Ids stored before the chooser may carry the anchor's "clause-" prefix.
        return clause_id_normalise(value) or value

    def get_searchable_content(self, value):
        return []

    class Meta:
        icon = "doc-full"
