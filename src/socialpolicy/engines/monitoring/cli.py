"""``socialpolicy monitor scan`` and ``socialpolicy monitor sites`` (CONTRACTS.md section 4).

Exit status of ``scan``: 0 when there is no finding, 1 when there is at least one (something to
review, as with ``check``), 2 on a usage error, a bad org folder or an unreadable log.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from socialpolicy.engines.monitoring.catalogue import Catalogue, CatalogueError, load_catalogue
from socialpolicy.engines.monitoring.engine import scan
from socialpolicy.engines.monitoring.logformats import FORMATS
from socialpolicy.engines.monitoring.model import ScanResult, ScanSettings
from socialpolicy.engines.monitoring.sources import LogReadError
from socialpolicy.engines.orgdir import OrgDirError

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="socialpolicy monitor")
    verbs = parser.add_subparsers(dest="verb", required=True)

    scan_verb = verbs.add_parser("scan", help="scan proxy or web-filter logs for social media use")
    scan_verb.add_argument("--org", required=True, type=Path, help="organisation folder")
    scan_verb.add_argument(
        "--log-format", choices=FORMATS, default=None, help="log format (default: detected per file)"
    )
    scan_verb.add_argument("--format", choices=("text", "json"), default="text", help="output format")
    scan_verb.add_argument(
        "--sites", action="append", type=Path, default=[], help="extra site,domain CSV (repeatable)"
    )
    defaults = ScanSettings()
    scan_verb.add_argument(
        "--trust-device-min-minutes",
        type=int,
        default=defaults.trust_device_min_minutes,
        help="5.2: trust device, active minutes from which a site other than LinkedIn is reported",
    )
    scan_verb.add_argument(
        "--linkedin-max-minutes",
        type=int,
        default=defaults.occasional_use_max_minutes,
        help="5.2: trust device, LinkedIn is reported above this many active minutes",
    )
    scan_verb.add_argument(
        "--own-device-min-minutes",
        type=int,
        default=defaults.own_device_min_minutes,
        help="5.3: own device, work-time active minutes from which use is reported",
    )
    scan_verb.add_argument(
        "--block-from-minutes",
        type=int,
        default=defaults.block_from_minutes,
        help="severity is block from this many active minutes",
    )
    scan_verb.add_argument("logs", nargs="+", type=Path, metavar="LOG", help="log files (.gz read as gzip)")

    sites_verb = verbs.add_parser("sites", help="print the catalogue of social media sites")
    sites_verb.add_argument("--org", type=Path, default=None, help="organisation folder (adds its sites.csv)")
    sites_verb.add_argument("--sites", action="append", type=Path, default=[], help="extra site,domain CSV")
    sites_verb.add_argument("--format", choices=("text", "json"), default="text")
    return parser


def main(argv: list[str]) -> int:
    try:
        args = _parser().parse_args(argv)
    except SystemExit as exc:  # argparse has printed its one-line usage error
        return EXIT_CLEAN if exc.code == 0 else EXIT_ERROR
    try:
        if args.verb == "sites":
            return _sites(args)
        return _scan(args)
    except (OrgDirError, LogReadError, CatalogueError, ValueError) as exc:
        print(f"socialpolicy monitor {args.verb}: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except BrokenPipeError:
        # The reader (e.g. ``| head``) left early: not an error of ours; keep Python quiet at exit.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_CLEAN


def _scan(args: argparse.Namespace) -> int:
    settings = ScanSettings(
        trust_device_min_minutes=args.trust_device_min_minutes,
        occasional_use_max_minutes=args.linkedin_max_minutes,
        own_device_min_minutes=args.own_device_min_minutes,
        block_from_minutes=args.block_from_minutes,
    )
    result = scan(
        args.org, args.logs, log_format=args.log_format, settings=settings, extra_site_files=args.sites
    )
    if args.format == "json":
        # One compact line: with an indent, json falls back to its slow pure-Python encoder.
        json.dump(result.as_dict(), sys.stdout)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(render_text(result))
    return EXIT_FINDINGS if result.findings else EXIT_CLEAN


def render_text(result: ScanResult) -> str:
    out = [f"Findings: {len(result.findings)}"]
    for f in result.findings:
        out.append(
            f"  {f.date}  {f.person}  {f.site}  clause {f.clause} ({f.ownership} device)  "
            f"{f.active_minutes} active min, {f.requests} requests, "
            f"{f.first_seen[11:16]}-{f.last_seen[11:16]}  {f.severity.upper()}"
        )
    if result.unknown:
        out.append(f"Use from addresses in no listed network (not judged): {len(result.unknown)}")
        for u in result.unknown:
            out.append(
                f"  {u.date}  {u.person}  {u.site}  {u.active_minutes} active min, {u.requests} requests"
            )
    s = result.stats
    out.append(f"Lines: {s.lines}, matched: {s.matched}, unparsed: {s.unparsed}, in {s.seconds:.2f} s")
    return "\n".join(out) + "\n"


def _sites(args: argparse.Namespace) -> int:
    if args.org is not None and not args.org.is_dir():
        raise CatalogueError(f"{args.org}: is not a folder")
    catalogue = load_catalogue(args.org, args.sites)
    if args.format == "json":
        json.dump({"sites": _sites_as_list(catalogue)}, sys.stdout, indent=1)
        sys.stdout.write("\n")
    else:
        for site in catalogue.sites.values():
            sys.stdout.write(f"{site.site_id:<10} {site.name} (clause {site.clause})\n")
            sys.stdout.write(f"{'':<10} {' '.join(site.domains)}\n")
    return EXIT_CLEAN


def _sites_as_list(catalogue: Catalogue) -> list[dict[str, object]]:
    return [
        {"site": s.site_id, "name": s.name, "clause": s.clause, "domains": list(s.domains)}
        for s in catalogue.sites.values()
    ]
