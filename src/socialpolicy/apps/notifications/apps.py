from django.apps import AppConfig


class NotificationsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "socialpolicy.apps.notifications"
    label = "notifications"

    def ready(self) -> None:
        from socialpolicy.apps.core import access, home
        from socialpolicy.apps.core.nav import nav_item
        from socialpolicy.apps.notifications.selectors import unread_action

        access.register(
            access.RecordType(
                key="notifications.notification",
                label="Notification",
                academy_path=None,
                owner_path="recipient",
                view={},
                change={},
                owner_may_change=True,
            )
        )
        nav_item("Notifications", "notifications:list", section="My work", order=90)
        home.register_actions(unread_action)
