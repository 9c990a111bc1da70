from django.apps import AppConfig


class PeopleConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "socialpolicy.apps.people"
    label = "people"

    def ready(self) -> None:
        from auditlog.models import LogEntry

        from socialpolicy.apps.core.access import may
        from socialpolicy.apps.core.nav import nav_item
        from socialpolicy.apps.people.models import OrgImport, Pupil, User

        nav_item("Home", "home", section="My work", order=0)
        nav_item("My details", "people:me", section="My work", order=90)
        nav_item(
            "Staff",
            "people:staff_list",
            section="My academy",
            order=10,
            visible=lambda user: may(user, User, "view"),
        )
        nav_item(
            "Pupils and image consent",
            "people:pupils",
            section="My academy",
            order=20,
            visible=lambda user: may(user, Pupil, "view"),
        )
        nav_item(
            "Import the organisation",
            "people:import",
            section="Administration",
            order=10,
            visible=lambda user: user.is_superuser or may(user, OrgImport, "change"),
        )
        # The audit browser's entry. It belongs in AuditConfig.ready(); until that file carries it,
        # it is registered here (nav_item ignores a second registration of the same page).
        nav_item(
            "Audit log",
            "audit:log",
            section="Administration",
            order=50,
            visible=lambda user: may(user, LogEntry, "view"),
        )
