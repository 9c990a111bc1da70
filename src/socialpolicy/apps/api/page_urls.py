"""The API tokens page (outside ``/api/``, so it is an ordinary signed-in page)."""

from django.urls import path

from socialpolicy.apps.api import views

app_name = "api"
urlpatterns = [
    path("", views.token_list, name="tokens"),
    path("<int:pk>/revoke/", views.token_revoke, name="token_revoke"),
]
