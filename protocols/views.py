from django.conf import settings
from django.http import JsonResponse
from django.utils.translation import gettext as _

from .selectors import clause_current


def clause_detail(request, clause_id):
    """The current text of one protocol clause, by its stable id (JSON)."""
    language = request.GET.get("lang") or request.LANGUAGE_CODE
    if language not in dict(settings.LANGUAGES):
        return JsonResponse({"error": _("Unknown language.")}, status=400)
    record = clause_current(clause_id=clause_id, language=language)
    if record is None:
        return JsonResponse({"error": _("No published protocol has this clause.")}, status=404)
    page = record.page
    return JsonResponse({
        "id": str(record.clause_id),
        "number": record.number,
        "section": record.section,
        "text": record.text,
        "language": record.locale.language_code,
        "protocol": {"title": page.title, "version": record.version,
                     "url": request.build_absolute_uri(page.url + f"#clause-{record.clause_id}")},
    })
