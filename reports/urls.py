from django.urls import path

from . import views

app_name = "reports"

urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("figures/<slug:key>/", views.figure, name="figure"),
    path("learners/", views.learners, name="learners"),
    path("currency/", views.currency, name="currency"),
    path("export/", views.export, name="export"),
    path("exports/<uuid:token>/", views.export_status, name="export_status"),
    path("exports/<uuid:token>/download/", views.export_download, name="export_download"),
    path("subscriptions/", views.subscriptions, name="subscriptions"),
    path("subscriptions/<int:pk>/cancel/", views.subscription_cancel, name="subscription_cancel"),
]
