from django.urls import path

from socialpolicy.apps.screening import views

app_name = "screening"
urlpatterns = [
    path("", views.check, name="check"),
]
