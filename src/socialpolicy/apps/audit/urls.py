from django.urls import path

from socialpolicy.apps.audit import views

app_name = "audit"

urlpatterns = [
    path("", views.log, name="log"),
]
