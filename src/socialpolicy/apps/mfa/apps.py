from django.apps import AppConfig


class MfaConfig(AppConfig):
    """Two-step sign-in (TOTP) for privileged roles, built on django-otp."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "socialpolicy.apps.mfa"
    label = "mfa"

    def ready(self) -> None:
        from auditlog.registry import auditlog
        from django_otp.plugins.otp_totp.models import TOTPDevice

        from socialpolicy.apps.core.home import register_actions
        from socialpolicy.apps.core.nav import nav_item
        from socialpolicy.apps.mfa.services import needs_second_factor, setup_action

        if not auditlog.contains(TOTPDevice):
            auditlog.register(
                TOTPDevice,
                include_fields=["name", "confirmed", "user"],
                mask_callable="socialpolicy.apps.audit.registry.redact",
            )
        register_actions(setup_action)
        nav_item("Two-step sign-in", "mfa:setup", section="My work", order=90, visible=needs_second_factor)
