from django.apps import AppConfig


class PoliciesConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "socialpolicy.apps.policies"
    label = "policies"

    def ready(self) -> None:
        from socialpolicy.apps.core import home
        from socialpolicy.apps.core.nav import nav_item
        from socialpolicy.apps.policies import access_rules, selectors
        from socialpolicy.apps.policies.home import compliance_panel, sign_actions

        access_rules.register_all()
        nav_item("Policies", "policies:list", section="My work", order=30)
        nav_item("My signatures", "policies:my_signatures", section="My work", order=31)
        nav_item(
            "Policy compliance",
            "policies:dashboard",
            section="My academy",
            order=20,
            visible=lambda user: selectors.dashboard_scope(user) is not None,
        )
        nav_item(
            "Policy training",
            "policies:training",
            section="My academy",
            order=21,
            visible=lambda user: selectors.dashboard_scope(user) is not None,
        )
        nav_item(
            "Manage policies", "policies:manage", section="Trust", order=20, visible=selectors.may_manage
        )
        home.register_actions(sign_actions)
        home.register_panel(home.HomePanel("policies/_compliance_panel.html", compliance_panel, order=10))
