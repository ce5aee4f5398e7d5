from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Q
from django.http import Http404, HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from accounts.constants import AuditEvent
from accounts.decorators import profile_required
from accounts.services import audit_record

from .constants import MembershipStatus
from .forms import InstitutionSearchForm, InviteForm
from .models import Institution, Invite, Membership
from .scope import scope_for
from .selectors import membership_current, memberships_in, person_label, user_is_administrator
from .services import (
    MembershipError,
    invite_create,
    invite_revoke,
    membership_approve,
    membership_end,
    membership_join_by_invite,
    membership_reject,
    membership_request,
    membership_restore,
)

PER_PAGE = 50


# --- learners ---------------------------------------------------------------

@profile_required
def join(request, token):
    invite = Invite.objects.select_related("institution").filter(token=token).first()
    if request.method == "POST":
        try:
            membership = membership_join_by_invite(user=request.user, token=token, request=request)
        except MembershipError as error:
            messages.error(request, str(error))
        else:
            messages.success(request, _("You are now a member of %(institution)s.")
                             % {"institution": membership.institution.name})
            return redirect("dashboard")
    usable = invite is not None and invite.is_usable
    return render(request, "institutions/join.html",
                  {"invite": invite, "usable": usable,
                   "current": membership_current(user=request.user)},
                  status=200 if usable else 410)


@profile_required
def search(request):
    form = InstitutionSearchForm(request.GET or None)
    results = Institution.objects.none()
    if form.is_valid() and form.cleaned_data["q"]:
        q = form.cleaned_data["q"]
        results = Institution.objects.filter(
            Q(name_en__icontains=q) | Q(name_ru__icontains=q) | Q(name_kk__icontains=q)
            | Q(code__iexact=q),
            is_active=True,
        ).order_by("path")[:30]
    return render(request, "institutions/search.html", {"form": form, "results": results})


@profile_required
@require_POST
def request_join(request, pk):
    institution = get_object_or_404(Institution, pk=pk, is_active=True)
    try:
        membership_request(user=request.user, institution=institution, request=request)
    except MembershipError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("Your request to join %(institution)s has been sent. An "
                                    "administrator will approve it.")
                         % {"institution": institution.name})
    return redirect("dashboard")


# --- institution administrators ---------------------------------------------------

def administrator_required(view):
    """Administrators only: anyone else gets 403 (and the refusal is logged)."""

    @login_required
    def wrapper(request, *args, **kwargs):
        if not user_is_administrator(request.user):
            audit_record(event=AuditEvent.ACCESS_DENIED, request=request, path=request.path)
            raise PermissionDenied
        return view(request, *args, **kwargs)

    wrapper.__name__ = view.__name__
    return wrapper


def _in_scope_or_404(request, queryset, pk):
    """The object if it lies in the user's subtree; 404 (logged) if not, or if it does not exist."""
    obj = queryset.filter(pk=pk).first()
    if obj is None:
        audit_record(event=AuditEvent.ACCESS_DENIED, request=request, path=request.path)
        raise Http404
    return obj


# Above this many institutions in scope, the filter is a code field, not a list.
FILTER_LIST_LIMIT = 150


@administrator_required
def members(request):
    scope = scope_for(request.user)
    visible = scope.institutions()
    memberships = memberships_in(scope)
    institution_code = (request.GET.get("institution") or "").strip()
    selected = None
    if institution_code:
        selected = visible.filter(code__iexact=institution_code).first()
        if selected is None:
            raise Http404
        memberships = memberships.filter(institution__path__startswith=selected.path)
    page = Paginator(memberships, PER_PAGE).get_page(request.GET.get("page"))
    choices = list(visible.order_by("path")[: FILTER_LIST_LIMIT + 1])
    return render(request, "institutions/manage/members.html", {
        "page_obj": page,
        "institutions": choices if len(choices) <= FILTER_LIST_LIMIT else None,
        "selected": selected,
        "institution_code": institution_code,
        "pending_count": memberships_in(scope, status=MembershipStatus.PENDING).count(),
    })


@administrator_required
def member_end(request, pk):
    """Deactivate a member, after a page that names them and says what it does."""
    membership = _in_scope_or_404(request, memberships_in(scope_for(request.user)), pk)
    if request.method == "POST":
        try:
            membership_end(membership=membership, actor=request.user, request=request)
        except MembershipError as error:
            messages.error(request, str(error))
        else:
            messages.success(request, _("The membership of %(name)s has been deactivated. "
                                        "You can undo it from their history.")
                             % {"name": person_label(membership)})
            return redirect("institutions:member_history", pk=membership.pk)
        return redirect("institutions:members")
    return render(request, "institutions/manage/confirm.html", {
        "title": _("Deactivate this member?"),
        "people": [person_label(membership)], "total": 1,
        "consequences": [
            _("They will no longer be a member of %(institution)s, and will not appear in its "
              "lists or receive its assignments.") % {"institution": membership.institution.name},
            _("Their training stays in their account, and what they did here still counts in "
              "the reports of the training your units delivered."),
            _("You can undo this from their history."),
        ],
        "confirm_label": _("Deactivate"), "cancel_url": reverse("institutions:members"),
    })


@administrator_required
def member_history(request, pk):
    """A member's memberships in the administrator's units, newest first, with the undo of
    a deactivation."""
    scope = scope_for(request.user)
    membership = _in_scope_or_404(request, scope.filter(
        Membership.objects.select_related("user__profile", "institution")), pk)
    history = list(scope.filter(Membership.objects.filter(user_id=membership.user_id))
                   .select_related("institution", "decided_by__profile")
                   .order_by("-requested_at", "-pk")) if membership.user_id else [membership]
    latest = history[0]
    return render(request, "institutions/manage/member_history.html", {
        "membership": membership, "person": person_label(membership), "history": history,
        "restorable": latest.status == MembershipStatus.ENDED and not Membership.objects.filter(
            user_id=membership.user_id, status=MembershipStatus.ACTIVE).exists(),
        "latest": latest,
    })


@administrator_required
@require_POST
def member_restore(request, pk):
    scope = scope_for(request.user)
    membership = _in_scope_or_404(
        request, scope.filter(Membership.objects.filter(status=MembershipStatus.ENDED)), pk)
    try:
        membership_restore(membership=membership, actor=request.user, request=request)
    except MembershipError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("%(name)s is a member of %(institution)s again.")
                         % {"name": person_label(membership),
                            "institution": membership.institution.name})
    return redirect("institutions:member_history", pk=membership.pk)


@administrator_required
def requests(request):
    pending = memberships_in(scope_for(request.user), status=MembershipStatus.PENDING).order_by(
        "requested_at")
    page = Paginator(pending, PER_PAGE).get_page(request.GET.get("page"))
    return render(request, "institutions/manage/requests.html", {"page_obj": page})


@administrator_required
def request_decide(request, pk, decision):
    """Approve a request at once; reject one after a page that names who asked."""
    if decision not in ("approve", "reject"):
        raise Http404
    membership = _in_scope_or_404(
        request, memberships_in(scope_for(request.user), status=MembershipStatus.PENDING), pk)
    if request.method != "POST":
        if decision == "approve":
            return HttpResponseNotAllowed(["POST"])
        return render(request, "institutions/manage/confirm.html", {
            "title": _("Reject this request to join?"),
            "people": [person_label(membership)], "total": 1,
            "consequences": [
                _("They will not become a member of %(institution)s.")
                % {"institution": membership.institution.name},
                _("They can ask again later, or join with an invite link."),
            ],
            "confirm_label": _("Reject"), "cancel_url": reverse("institutions:requests"),
        })
    service = membership_approve if decision == "approve" else membership_reject
    try:
        service(membership=membership, approver=request.user, request=request)
    except MembershipError as error:
        messages.error(request, str(error))
    else:
        text = (_("%(name)s has joined %(institution)s.") if decision == "approve"
                else _("The request of %(name)s to join %(institution)s has been rejected."))
        messages.success(request, text % {"name": membership.user,
                                          "institution": membership.institution.name})
    return redirect("institutions:requests")


@administrator_required
def invites(request):
    scope = scope_for(request.user)
    form = InviteForm(request.POST or None, institutions=scope.institutions())
    if request.method == "POST" and form.is_valid():
        invite = invite_create(
            institution=form.cleaned_data["institution"], created_by=request.user,
            days_valid=form.cleaned_data["days_valid"], max_uses=form.cleaned_data["max_uses"],
            request=request,
        )
        messages.success(request, _("Invite link created for %(institution)s.")
                         % {"institution": invite.institution.name})
        return redirect("institutions:invites")
    listed = scope.filter(Invite.objects.all()).select_related("institution").order_by(
        "-created_at")
    page = Paginator(listed, PER_PAGE).get_page(request.GET.get("page"))
    return render(request, "institutions/manage/invites.html", {"form": form, "page_obj": page},
                  status=400 if form.errors else 200)


@administrator_required
def invite_revoke_view(request, pk):
    """Revoke an invite link, after a page that says who can no longer use it."""
    invite = _in_scope_or_404(request, scope_for(request.user).filter(
        Invite.objects.select_related("institution")), pk)
    if request.method == "POST":
        invite_revoke(invite=invite, actor=request.user, request=request)
        messages.success(request, _("The invite link has been revoked."))
        return redirect("institutions:invites")
    return render(request, "institutions/manage/confirm.html", {
        "title": _("Revoke this invite link?"),
        "people": [],
        "consequences": [
            _("Nobody else can join %(institution)s with this link; send a new one to those "
              "who have not used it yet.") % {"institution": invite.institution.name},
            ngettext("The %(count)s person who joined with it stays a member.",
                     "The %(count)s people who joined with it stay members.", invite.uses)
            % {"count": invite.uses},
        ],
        "confirm_label": _("Revoke"), "cancel_url": reverse("institutions:invites"),
    })
