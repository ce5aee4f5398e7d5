from functools import wraps

from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import urlencode

from .services import profile_is_complete


def profile_required(view):
    """Signed in, with a completed profile; otherwise to the profile form and back."""

    @login_required
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not profile_is_complete(request.user):
            return redirect(f"{reverse('accounts:profile')}?{urlencode({'next': request.path})}")
        return view(request, *args, **kwargs)

    return wrapper
