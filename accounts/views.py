import json

from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from .forms import AccountDeleteForm, ProfileForm
from .models import Profile
from .services import account_data_export, account_delete, profile_save


@login_required
def profile(request):
    instance = Profile.objects.filter(user=request.user).first()
    form = ProfileForm(request.POST or None, instance=instance)
    if request.method == "POST" and form.is_valid():
        profile_save(user=request.user, data=form.cleaned_data)
        messages.success(request, _("Your profile has been saved."))
        target = request.GET.get("next") or ""
        if not url_has_allowed_host_and_scheme(target, {request.get_host()}):
            target = ""
        return redirect(target or "dashboard")
    return render(request, "accounts/profile.html", {"form": form, "is_new": instance is None})


@login_required
def privacy(request):
    return render(request, "accounts/privacy.html", {"form": AccountDeleteForm(user=request.user)})


@login_required
def privacy_export(request):
    data = account_data_export(user=request.user, request=request)
    response = HttpResponse(
        json.dumps(data, ensure_ascii=False, indent=2), content_type="application/json; charset=utf-8"
    )
    stamp = timezone.now().strftime("%Y%m%d")
    response["Content-Disposition"] = f'attachment; filename="protocol-academy-my-data-{stamp}.json"'
    return response


@login_required
@require_POST
def privacy_delete(request):
    form = AccountDeleteForm(request.POST, user=request.user)
    if not form.is_valid():
        return render(request, "accounts/privacy.html", {"form": form}, status=400)
    user = request.user
    logout(request)
    account_delete(user=user, request=None)
    messages.success(request, _("Your account and personal data have been deleted."))
    return redirect("/")


def invitation(request, token):
    """An invited person chooses their password (signed out); then they are signed in."""
    from django.contrib.auth import login
    from django.contrib.auth.forms import SetPasswordForm

    from .invitations import InvitationError, invitation_accept, invitation_user

    try:
        user = invitation_user(token)
    except InvitationError as error:
        return render(request, "accounts/invitation.html", {"error": str(error)}, status=400)
    form = SetPasswordForm(user, request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            user = invitation_accept(token=token, password=form.cleaned_data["new_password1"],
                                     request=request)
        except InvitationError as error:
            return render(request, "accounts/invitation.html", {"error": str(error)},
                          status=400)
        login(request, user, backend="allauth.account.auth_backends.AuthenticationBackend")
        messages.success(request, _("Welcome. Your password is set and your email confirmed."))
        return redirect("dashboard")
    return render(request, "accounts/invitation.html", {"form": form, "invited": user},
                  status=400 if form.errors else 200)
