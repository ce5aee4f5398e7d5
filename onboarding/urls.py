from django.urls import path

from . import views

app_name = "onboarding"

urlpatterns = [
    path("", views.staff_import, name="import"),
    path("template.csv", views.staff_import_template, name="template"),
    path("<uuid:token>/", views.staff_import_status, name="status"),
]
