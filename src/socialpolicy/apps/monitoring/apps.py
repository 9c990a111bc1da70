from django.apps import AppConfig


class MonitoringConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "socialpolicy.apps.monitoring"
    label = "monitoring"
    verbose_name = "Monitoring"

    def ready(self) -> None:
        from socialpolicy.apps.core import home
        from socialpolicy.apps.core.nav import nav_item
        from socialpolicy.apps.monitoring import access_rules, selectors
        from socialpolicy.apps.monitoring.orgsync import plan_monitoring
        from socialpolicy.apps.people.services import register_org_planner

        access_rules.register_all()
        register_org_planner(plan_monitoring)
        nav_item("My monitoring record", "monitoring:me", section="My work", order=60)
        nav_item(
            "Findings", "monitoring:findings", section="Monitoring", order=10, visible=selectors.may_review
        )
        nav_item(
            "Use charts", "monitoring:usage", section="Monitoring", order=20, visible=selectors.may_review
        )
        nav_item(
            "Upload logs", "monitoring:upload", section="Monitoring", order=30, visible=selectors.may_ingest
        )
        nav_item(
            "Monitoring settings",
            "monitoring:settings",
            section="Monitoring",
            order=40,
            visible=selectors.may_configure,
        )
        nav_item(
            "Sites monitored",
            "monitoring:sites",
            section="Monitoring",
            order=35,
            visible=selectors.may_see_sites,
        )
        nav_item(
            "Monitoring alerts",
            "monitoring:alerts",
            section="Safeguarding",
            order=40,
            visible=selectors.may_see_alerts,
        )
        home.register_panel(home.HomePanel("monitoring/_home_panel.html", selectors.home_panel, order=60))
        home.register_actions(selectors.home_actions)
