from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware

# Paths that live outside the language prefixes: a 404 there is an answer,
# not a reason to redirect to /en/...
UNPREFIXED = ("/api/", "/admin/", "/documents/", "/healthz", "/static/", "/media/")


class LocaleMiddleware(DjangoLocaleMiddleware):
    def process_response(self, request, response):
        if request.path_info.startswith(UNPREFIXED):
            return response
        return super().process_response(request, response)
