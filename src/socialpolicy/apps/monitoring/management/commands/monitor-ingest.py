"""``socialpolicy monitor ingest [--log-format F] [--as EMAIL] [--format text|json] LOG...``

Scans the logs against the imported organisation (networks, devices, schedules) and stores each
person's use per site and day, and the findings, never the raw lines. A file whose content
(SHA-256) was ingested before is refused, exit status 2, and nothing is written.
"""

from __future__ import annotations

import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from socialpolicy.apps.monitoring.services import LogFile, MonitoringError, monitoring_ingest
from socialpolicy.apps.people.models import User
from socialpolicy.engines.monitoring import CatalogueError, LogReadError
from socialpolicy.engines.monitoring.logformats import FORMATS


class Command(BaseCommand):
    help = "Ingest proxy or web-filter logs into the monitoring records (policy 5.2, 5.3, 9)."

    def add_arguments(self, parser):
        parser.add_argument("logs", nargs="+", metavar="LOG", help="log files (.gz read as gzip)")
        parser.add_argument("--log-format", choices=FORMATS, default=None, help="default: detected per file")
        parser.add_argument(
            "--as", dest="actor", metavar="EMAIL", help="the ICT officer to record as ingesting"
        )
        parser.add_argument("--format", choices=("text", "json"), default="text")

    def handle(self, *args, **options):
        actor = None
        if options["actor"]:
            actor = User.objects.filter(email=options["actor"].strip().lower(), is_active=True).first()
            if actor is None:
                raise CommandError(f"no active member of staff {options['actor']!r}", returncode=2)
        files = [LogFile(Path(p), Path(p).name) for p in options["logs"]]
        for log in files:
            if not log.path.is_file():
                raise CommandError(f"{log.path}: no such file", returncode=2)
        try:
            ingest = monitoring_ingest(
                actor=actor, files=files, source="command", log_format=options["log_format"]
            )
        except (MonitoringError, LogReadError, CatalogueError, PermissionError, OSError) as exc:
            raise CommandError(f"nothing ingested: {exc}", returncode=2) from exc
        summary = {
            "ingest": ingest.pk,
            "files": [{"name": f.name, "sha256": f.sha256, "size": f.size} for f in ingest.files.all()],
            "lines": ingest.lines,
            "matched": ingest.matched,
            "unparsed": ingest.unparsed,
            "activity_rows": ingest.activity_rows,
            "findings_new": ingest.findings_new,
            "findings_merged": ingest.findings_merged,
            "seconds": round(ingest.seconds, 3),
        }
        if options["format"] == "json":
            self.stdout.write(json.dumps(summary))
            return
        self.stdout.write(
            f"Ingested {len(files)} file(s): {ingest.lines} lines, {ingest.matched} on social media sites, "
            f"{ingest.unparsed} unreadable; {ingest.activity_rows} day(s) of use stored, "
            f"{ingest.findings_new} new finding(s), {ingest.findings_merged} extended "
            f"({ingest.seconds:.2f}s scanning)."
        )
