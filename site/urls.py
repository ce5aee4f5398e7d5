from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from academy.base import views as base_views
from courses import views as course_views
from institutions import views as institution_views
from protocols import views as protocol_views

urlpatterns = [
    # The CMS signs in through allauth's form, under its rate limits and MFA.
    path("admin/login/", base_views.admin_login),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("healthz", base_views.health, name="health"),
    path("favicon.ico", base_views.favicon),
    path("api/protocols/clauses/<uuid:clause_id>/", protocol_views.clause_detail,
         name="protocol_clause"),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Every public page carries its language in the URL (/en/, /ru/, /kk/), so a
# link shared between colleagues opens in the language it was sent in.
urlpatterns += i18n_patterns(
    path("accounts/", include("allauth.urls")),
    # "My training": the learner's home, made of courses, memberships and certificates.
    # After sign-in: each role's home (the learner's, an administrator's overview, the CMS).
    path("start/", base_views.start, name="start"),
    path("me/", course_views.dashboard, name="dashboard"),
    path("me/", include("accounts.urls")),
    path("certificates/<str:code>/", course_views.certificate_verify, name="certificate_verify"),
    path("certificates/<str:code>/download/", course_views.certificate_download,
         name="certificate_download"),
    path("manage/assign/", institution_views.administrator_required(course_views.assign),
         name="course_assign"),
    path("reports/", include("reports.urls")),
    path("notifications/", include("notifications.urls")),
    path("manage/staff/import/", include("onboarding.urls")),
    path("refreshers/", include("currency.urls")),
    path("", include("institutions.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
