"""Choosing, among translations, the one in the reader's language."""

from django.conf import settings
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

# "In <language>", as a reader of each interface language writes it ("на английском",
# "ағылшын тілінде"): for notices about content shown in another language.
IN_LANGUAGE = {"en": _("in English"), "ru": _("in Russian"), "kk": _("in Kazakh")}


def in_language(code):
    return str(IN_LANGUAGE.get(code, code))


# Language names in the reader's language, for lists, filters and report rows (the header's
# language switcher keeps each language's own name, marked with its `lang`).
LANGUAGE_NAMES = {"en": _("English"), "ru": _("Russian"), "kk": _("Kazakh")}


def language_choices():
    """settings.LANGUAGES, named in the reader's language (a callable, for form choices)."""
    return [(code, LANGUAGE_NAMES.get(code, name)) for code, name in settings.LANGUAGES]


def reader_language():
    return (get_language() or settings.LANGUAGE_CODE)[:2]


def localised(obj, field):
    """`obj.<field>_<reader's language>`, falling back to the English field."""
    return getattr(obj, f"{field}_{reader_language()}", None) or getattr(obj, f"{field}_en")


def prefer_language(objects, *, key, language=None):
    """{key(obj): obj}, keeping for each key the object whose locale is the reader's
    language, else the first seen. Objects need `locale` loaded (select_related)."""
    language = language or reader_language()
    chosen = {}
    for obj in objects:
        k = key(obj)
        if k not in chosen or obj.locale.language_code == language:
            chosen[k] = obj
    return chosen


def in_reading_order(objects, language=None):
    """`objects` (with `locale` loaded) ordered for a reader of `language`: theirs first,
    then the platform's languages in their order."""
    language = language or reader_language()
    order = [code for code, _name in settings.LANGUAGES]
    return sorted(objects, key=lambda o: (o.locale.language_code != language,
                                          order.index(o.locale.language_code)
                                          if o.locale.language_code in order else len(order)))
