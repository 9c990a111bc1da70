from django.urls import path

from socialpolicy.apps.mfa import views

app_name = "mfa"
urlpatterns = [
    path("setup/", views.setup, name="setup"),
    path("verify/", views.verify, name="verify"),
]
