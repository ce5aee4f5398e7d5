from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from .constants import MANDATORY, OPTIONAL, Kind
from .forms import PreferencesForm
from .models import Mute, Notification
from .notices import Pages, notice
from .services import (
    NotificationError,
    mutes_set,
    notifications_read,
    unsubscribe,
    unsubscribe_read,
)

PER_PAGE = 25


@login_required
def notification_list(request):
    page = Paginator(Notification.objects.filter(user=request.user).only(
        "pk", "kind", "data", "created_at", "read_at"), PER_PAGE).get_page(request.GET.get("page"))
    language = get_language()
    pages = Pages(language, [n.data for n in page.object_list])
    items = [(n, notice(n.kind, n.data, language, pages)) for n in page.object_list]
    unread = sum(1 for n, _text in items if n.read_at is None)
    return render(request, "notifications/list.html", {
        "page": page, "items": items, "unread_here": unread})


@login_required
def notification_open(request, pk):
    """Follow a notice to what it is about, marking it read on the way."""
    notification = Notification.objects.filter(pk=pk, user=request.user).first()
    if notification is None:
        raise Http404
    notifications_read(user=request.user, ids=[notification.pk])
    return redirect(notice(notification.kind, notification.data, get_language()).url)


@login_required
@require_POST
def notification_read(request):
    ids = None if request.POST.get("all") else [
        int(pk) for pk in request.POST.getlist("id") if pk.isdigit()]
    if ids == []:
        messages.error(request, _("Choose a notice to mark as read."))
    else:
        changed = notifications_read(user=request.user, ids=ids)
        if changed:
            messages.success(request, _("Marked as read."))
    return redirect("notifications:list")


@login_required
def preferences(request):
    muted = set(Mute.objects.filter(user=request.user).values_list("kind", flat=True))
    form = PreferencesForm(request.POST or None, initial={
        "wanted": [k.value for k in OPTIONAL if k not in muted]})
    if request.method == "POST" and form.is_valid():
        wanted = set(form.cleaned_data["wanted"])
        mutes_set(user=request.user, muted_kinds=[k for k in OPTIONAL if k not in wanted])
        messages.success(request, _("Your notice settings are saved."))
        return redirect("notifications:preferences")
    return render(request, "notifications/preferences.html", {
        "form": form, "mandatory": [Kind(k) for k in Kind if k in MANDATORY]})


@csrf_exempt  # the signed token is the credential; mail programs POST without a session
def unsubscribe_view(request, token):
    """A link from a mail, signed out or in. GET asks (link scanners must not unsubscribe
    anyone); POST, from the page or from a mail program's one-click button (RFC 8058),
    stops that one kind of mail."""
    if request.method == "POST":
        try:
            _user_id, kind = unsubscribe(token)
        except NotificationError as error:
            return render(request, "notifications/unsubscribe.html",
                          {"error": str(error)}, status=400)
        return render(request, "notifications/unsubscribe.html",
                      {"done": True, "kind": Kind(kind)})
    try:
        _user_id, kind = unsubscribe_read(token)
    except NotificationError as error:
        return render(request, "notifications/unsubscribe.html", {"error": str(error)},
                      status=400)
    return render(request, "notifications/unsubscribe.html", {"kind": kind})
