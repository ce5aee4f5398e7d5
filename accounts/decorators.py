from functools import wraps

from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import urlencode

from .services import profile_is_complete

_SESSION_KEY = "academy_profile_complete"


def profile_redirect(request):
    """None when the user is signed in with a completed profile; otherwise the redirect to
    sign in, or to the profile form and back. A completed profile stays completed, so the
    answer is remembered for the session."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    if request.session.get(_SESSION_KEY) == request.user.pk:
        return None
    if profile_is_complete(request.user):
        request.session[_SESSION_KEY] = request.user.pk
        return None
    return redirect(f"{reverse('accounts:profile')}?{urlencode({'next': request.path})}")


def profile_required(view):
    """Signed in, with a completed profile; otherwise to the profile form and back."""

    @login_required
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        return profile_redirect(request) or view(request, *args, **kwargs)

    return wrapper
