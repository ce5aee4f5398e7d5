from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from .mfa import mfa_enabled, mfa_required_for

# Paths behind which sit the CMS admin and learner data.
PROTECTED_PREFIXES = ("/admin/",)
PROTECTED_SEGMENTS = ("/manage/", "/reports/")


class RequireMFAMiddleware:
    """Send editors and administrators to set up two-factor authentication
    before they reach the CMS admin, the institution screens or any report."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if self._protected(request.path) and request.user.is_authenticated:
            if mfa_required_for(request.user) and not mfa_enabled(request.user):
                messages.warning(
                    request,
                    _("Set up two-factor authentication to continue: your role gives you "
                      "access to other people's data."),
                )
                return redirect(f"{reverse('mfa_activate_totp')}?{urlencode({'next': request.path})}")
        return self.get_response(request)

    @staticmethod
    def _protected(path):
        if path.startswith(PROTECTED_PREFIXES):
            return not path.startswith(("/admin/login/", "/admin/logout/"))
        # Public paths carry a language prefix: /ru/manage/...
        rest = path[3:] if len(path) > 3 and path[3] == "/" else path
        return rest.startswith(PROTECTED_SEGMENTS)
