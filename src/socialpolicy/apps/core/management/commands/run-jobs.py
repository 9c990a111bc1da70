"""``socialpolicy run-jobs``: run every scheduled job once. Safe to run every few minutes."""

from __future__ import annotations

from django.core.management.base import BaseCommand
from django.utils import timezone

from socialpolicy.apps.core.discovery import app_modules
from socialpolicy.apps.core.jobs import JOBS


def load_job_modules() -> None:
    """Import each app's ``jobs`` module so its jobs register themselves."""
    for _ in app_modules("jobs"):
        pass  # importing the module is what registers its jobs


class Command(BaseCommand):
    help = "Run reminders, escalations, review alerts and retention once (idempotent)."

    def add_arguments(self, parser):
        parser.add_argument("--only", action="append", help="run only the named job (repeatable)")
        parser.add_argument("--now", help="pretend the time is this ISO 8601 moment (testing, demos)")

    def handle(self, *args, **options):
        load_job_modules()
        now = timezone.now()
        if options["now"]:
            now = timezone.datetime.fromisoformat(options["now"])
            if timezone.is_naive(now):
                now = timezone.make_aware(now)
        for name in sorted(JOBS):
            if options["only"] and name not in options["only"]:
                continue
            summary = JOBS[name].run(now)
            self.stdout.write(f"{name}: {summary}")
