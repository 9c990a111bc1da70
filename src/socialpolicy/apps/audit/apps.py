from django.apps import AppConfig, apps


class AuditConfig(AppConfig):
    """Registers every domain model with django-auditlog (docs/decisions/0002-audit-log.md).

    Registration is automatic for all models of socialpolicy's apps, so a new
    record type is audited from its first migration. Secret values never reach
    the log: passwords and encrypted fields are recorded as changed, not shown.
    """

    default_auto_field = "django.db.models.BigAutoField"
    name = "socialpolicy.apps.audit"
    label = "audit"

    def ready(self) -> None:
        from auditlog.registry import auditlog

        from socialpolicy.apps.audit.registry import audit_options

        for config in apps.get_app_configs():
            if not config.name.startswith("socialpolicy.apps."):
                continue
            for model in config.get_models():
                if getattr(model, "audit_exempt", False) or auditlog.contains(model):
                    continue
                auditlog.register(model, **audit_options(model))
