from django.urls import path

from . import views

app_name = "institutions"

urlpatterns = [
    path("join/<str:token>/", views.join, name="join"),
    path("institutions/", views.search, name="search"),
    path("institutions/<int:pk>/request/", views.request_join, name="request_join"),
    path("manage/", views.members, name="members"),
    path("manage/members/<int:pk>/", views.member_history, name="member_history"),
    path("manage/members/<int:pk>/deactivate/", views.member_end, name="member_end"),
    path("manage/members/<int:pk>/restore/", views.member_restore, name="member_restore"),
    path("manage/requests/", views.requests, name="requests"),
    path("manage/requests/<int:pk>/<str:decision>/", views.request_decide, name="request_decide"),
    path("manage/invites/", views.invites, name="invites"),
    path("manage/invites/<int:pk>/revoke/", views.invite_revoke_view, name="invite_revoke"),
]
