from django.urls import path

from . import views

app_name = "currency"

urlpatterns = [
    path("protocols/<uuid:translation_key>/", views.refresher, name="refresher"),
    path("courses/<uuid:course_key>/", views.course_refresher, name="course_refresher"),
]
