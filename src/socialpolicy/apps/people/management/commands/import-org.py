"""``socialpolicy import-org DIR [--dry-run] [--format text|json]`` (CONTRACTS.md section 2)."""

from __future__ import annotations

import json

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from socialpolicy.apps.people.services import org_import
from socialpolicy.engines.orgdir import OrgDirError, load_org


class Command(BaseCommand):
    help = "Import the trust, academies, staff and pupils from an organisation folder (all or nothing)."
    requires_system_checks: list[str] = []  # validate the folder first; answer fast

    def add_arguments(self, parser):
        parser.add_argument("directory", help="the organisation folder (trust.toml, academies.csv, ...)")
        parser.add_argument("--dry-run", action="store_true", help="report what would change; write nothing")
        parser.add_argument("--format", choices=("text", "json"), default="text")

    def handle(self, *args, **options):
        try:
            org = load_org(options["directory"])
        except OrgDirError as exc:
            raise CommandError(f"import rejected, nothing was written: {exc}", returncode=2) from exc
        call_command("migrate", interactive=False, verbosity=0)
        try:
            # Planning reads the files other apps own (monitoring's sites.csv) and may refuse them.
            plan = org_import(
                org=org, actor=None, source=str(options["directory"]), dry_run=options["dry_run"]
            )
        except OrgDirError as exc:
            raise CommandError(f"import rejected, nothing was written: {exc}", returncode=2) from exc
        summary = plan.summary()
        if options["format"] == "json":
            self.stdout.write(json.dumps(summary))
            return
        verb = "Would import" if options["dry_run"] else "Imported"
        self.stdout.write(
            f"{verb} {options['directory']}: {summary['created']} created, {summary['updated']} updated, "
            f"{summary['deactivated']} deactivated, {summary['unchanged']} unchanged."
        )
        for change in plan.created:
            self.stdout.write(f"  + {change.kind} {change.key} ({change.label})")
        for change in plan.updated:
            self.stdout.write(f"  ~ {change.kind} {change.key}: {', '.join(change.fields)}")
        for change in plan.deactivated:
            self.stdout.write(f"  - {change.kind} {change.key} deactivated")
