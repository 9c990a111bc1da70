from django.apps import AppConfig


class ScreeningConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "socialpolicy.apps.screening"
    label = "screening"

    def ready(self) -> None:
        from django.db.models.signals import post_delete, post_save

        from socialpolicy.apps.core.nav import nav_item
        from socialpolicy.apps.screening.roster import ROSTER_MODELS, bump_roster_version

        for model in ROSTER_MODELS:
            post_save.connect(bump_roster_version, sender=model, dispatch_uid=f"roster-save-{model.__name__}")
            post_delete.connect(
                bump_roster_version, sender=model, dispatch_uid=f"roster-del-{model.__name__}"
            )
        nav_item("Check before you post", "screening:check", section="My work", order=20)
