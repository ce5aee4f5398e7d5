"""Choosing, among translations, the one in the reader's language."""

from django.conf import settings
from django.utils.translation import get_language


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
