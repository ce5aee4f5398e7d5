from csp.constants import HEADER, SELF, UNSAFE_INLINE
from csp.middleware import CSPMiddleware as BaseCSPMiddleware
from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware

# Paths that live outside the language prefixes: a 404 there is an answer,
# not a reason to redirect to /en/...
UNPREFIXED = ("/api/", "/admin/", "/documents/", "/healthz", "/static/", "/media/")


ADMIN_PREFIX = "/admin/"
# Added to the site's policy on CMS pages (see CSPMiddleware below).
ADMIN_POLICY = {"script-src": [UNSAFE_INLINE], "style-src": [UNSAFE_INLINE]}
ADMIN_FRAME_ANCESTORS = [SELF]


class LocaleMiddleware(DjangoLocaleMiddleware):
    def process_response(self, request, response):
        if request.path_info.startswith(UNPREFIXED):
            return response
        return super().process_response(request, response)


class CSPMiddleware(BaseCSPMiddleware):
    """The site's Content-Security-Policy, with the CMS's needs on CMS pages only.

    Wagtail's admin runs inline scripts and styles and frames its own preview, so under
    /admin/ scripts and styles may be inline and the admin may frame itself (CSP
    frame-ancestors 'self', X-Frame-Options SAMEORIGIN). Every other page keeps the strict
    policy: no inline script or style, never framed.
    """

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if request.path_info.startswith(ADMIN_PREFIX):
            parts.update = {**(parts.update or {}), **ADMIN_POLICY}
            parts.replace = {**(parts.replace or {}), "frame-ancestors": ADMIN_FRAME_ANCESTORS}
        return parts

    def process_response(self, request, response):
        if request.path_info.startswith(ADMIN_PREFIX):
            response["X-Frame-Options"] = "SAMEORIGIN"
            # A preview is the public page rendered through the middleware once more, as a
            # request for its public URL: its strict header gives way to the admin's.
            del response[HEADER]
        return super().process_response(request, response)
