from django.apps import AppConfig


class ApiConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "socialpolicy.apps.api"
    label = "api"

    def ready(self) -> None:
        from socialpolicy.apps.api import access_rules
        from socialpolicy.apps.core.nav import nav_item

        access_rules.register_all()
        nav_item("API tokens", "api:tokens", section="My work", order=95)
