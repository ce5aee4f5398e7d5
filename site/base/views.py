from django.db import connection
from django.http import HttpResponse, HttpResponsePermanentRedirect
from django.shortcuts import redirect
from django.templatetags.static import static
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme, urlencode


def health(request):
    """For load balancers: 200 when the database answers."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return HttpResponse("ok", content_type="text/plain")


def favicon(request):
    return HttpResponsePermanentRedirect(static("img/favicon.svg"))


def admin_login(request):
    """Wagtail's own login form would bypass allauth's rate limits and MFA."""
    target = request.GET.get("next") or "/admin/"
    if not url_has_allowed_host_and_scheme(target, {request.get_host()}):
        target = "/admin/"
    return redirect(f"{reverse('account_login')}?{urlencode({'next': target})}")


def start(request):
    """Where someone lands after signing in: each role at its home (institutions.roles)."""
    from django.contrib.auth.views import redirect_to_login

    from institutions.roles import roles_of

    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    return redirect(roles_of(request.user, request).home_url())
