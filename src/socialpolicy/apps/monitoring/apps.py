from django.apps import AppConfig


class MonitoringConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "socialpolicy.apps.monitoring"
    label = "monitoring"
