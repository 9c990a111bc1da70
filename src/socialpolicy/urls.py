from django.urls import include, path

urlpatterns = [
    path("", include("socialpolicy.apps.core.urls")),
]
