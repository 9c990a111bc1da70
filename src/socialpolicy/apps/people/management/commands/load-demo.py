"""``socialpolicy load-demo``: load the fictional demo trust (idempotent) and print one log-in per role."""

from __future__ import annotations

import time

from django.conf import settings
from django.contrib.auth.hashers import make_password
from django.core.management.base import BaseCommand
from django.utils import timezone

from socialpolicy.apps.core.discovery import app_modules
from socialpolicy.apps.people.models import User
from socialpolicy.apps.people.services import org_import
from socialpolicy.demo.orgfolder import DEMO_PASSWORD, DOMAIN, write_demo_org
from socialpolicy.engines.orgdir import load_org


def app_demo_loaders():
    """Each app may ship ``demo.py`` with ``load_demo(*, now)``; it must be idempotent."""
    for config, module in app_modules("demo"):
        loader = getattr(module, "load_demo", None) or getattr(module, f"load_demo_{config.label}", None)
        if loader is not None:
            yield config.label, loader


class Command(BaseCommand):
    help = "Load the fictional Ferncastle Learning Trust (about 300 staff, 2,000 pupils) for the demo."

    def add_arguments(self, parser):
        parser.add_argument("--folder", default=str(settings.PROJECT_DIR / "var" / "demo-org"))

    def handle(self, *args, **options):
        started = time.monotonic()
        logins = write_demo_org(options["folder"])
        plan = org_import(org=load_org(options["folder"]), actor=None, source="demo trust")
        # Demo only: everyone shares one password, hashed once (argon2 is deliberately slow).
        User.objects.filter(email__endswith=f"@{DOMAIN}", password__startswith="!").update(
            password=make_password(DEMO_PASSWORD)
        )
        now = timezone.now()
        for label, loader in app_demo_loaders():
            loader(now=now)
            self.stdout.write(f"  demo data for {label} loaded")
        summary = plan.summary()
        self.stdout.write(
            f"Demo trust ready in {time.monotonic() - started:.1f}s "
            f"({summary['created']} created, {summary['unchanged']} unchanged)."
        )
        self.stdout.write(f"Organisation folder (for the command-line tools): {options['folder']}")
        self.stdout.write("")
        self.stdout.write(f"Log in at {settings.SITE_URL}/login/ with password  {DEMO_PASSWORD}  as:")
        for login in logins:
            self.stdout.write(f"  {login.role:<8} {login.email:<45} {login.description}")
        self.stdout.write("")
