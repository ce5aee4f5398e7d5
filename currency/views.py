from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from protocols.services import protocol_acknowledge

from .selectors import refresher_context


@login_required
def refresher(request, translation_key):
    """The changed clauses of a protocol since the version this learner confirmed; then
    they confirm the new one."""
    context = refresher_context(user=request.user, translation_key=translation_key)
    if context is None or context["page"] is None:
        messages.info(request, _("You are up to date with this protocol."))
        return redirect("dashboard")
    if request.method == "POST":
        protocol_acknowledge(user=request.user, page=context["page"])
        messages.success(request, _("Thank you: you have confirmed version %(version)s.") % {
            "version": context["version"].number})
        return redirect("dashboard")
    return render(request, "currency/refresher.html", context)
