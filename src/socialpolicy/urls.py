from django.urls import include, path

urlpatterns = [
    path("", include("socialpolicy.apps.core.urls")),
    path("people/", include("socialpolicy.apps.people.urls")),
    path("audit/", include("socialpolicy.apps.audit.urls")),
    path("mfa/", include("socialpolicy.apps.mfa.urls")),
    path("policies/", include("socialpolicy.apps.policies.urls")),
    path("monitoring/", include("socialpolicy.apps.monitoring.urls")),
    path("notifications/", include("socialpolicy.apps.notifications.urls")),
    path("api/v1/", include("socialpolicy.apps.api.urls")),
    path("api-tokens/", include("socialpolicy.apps.api.page_urls")),
    path("check/", include("socialpolicy.apps.screening.urls")),
]
