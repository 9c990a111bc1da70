from django.urls import path

from socialpolicy.apps.monitoring import views

app_name = "monitoring"

urlpatterns = [
    path("me/", views.my_record, name="me"),
    path("findings/", views.findings, name="findings"),
    path("findings/<int:pk>/", views.finding_detail, name="finding"),
    path("usage/", views.usage, name="usage"),
    path("people/<int:pk>/", views.person, name="person"),
    path("upload/", views.upload, name="upload"),
    path("settings/", views.settings_page, name="settings"),
    path("sites/", views.sites, name="sites"),
    path("sites/<int:pk>/remove/", views.site_remove, name="site_remove"),
    path("alerts/", views.alerts, name="alerts"),
    path("alerts/<int:pk>/", views.alert_detail, name="alert"),
    path("alerts/<int:pk>/acknowledge/", views.alert_acknowledge, name="alert_acknowledge"),
]
