"""The ``socialpolicy`` console script.

``check`` and ``monitor scan|sites`` run the plain-Python engines without
loading Django (fast start-up, no database). Everything else is a Django
management command, so ``socialpolicy import-org``, ``socialpolicy run-jobs``
and ``socialpolicy migrate`` all work from the same entry point.
"""

from __future__ import annotations

import os
import sys

ENGINE_MONITOR_VERBS = ("scan", "sites")


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] == "check":
        from socialpolicy.engines.screening.cli import main as check_main

        return check_main(args[1:])
    if args[:1] == ["monitor"] and len(args) > 1 and args[1] in ENGINE_MONITOR_VERBS:
        from socialpolicy.engines.monitoring.cli import main as monitor_main

        return monitor_main(args[1:])
    if args[:1] == ["monitor"] and len(args) > 1:
        # App-side monitoring verbs (ingest, ...) are management commands "monitor-<verb>".
        args = [f"monitor-{args[1]}", *args[2:]]
    return run_django(args)


def run_django(args: list[str]) -> int:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "socialpolicy.settings")
    from django.core.management import execute_from_command_line

    execute_from_command_line(["socialpolicy", *args])
    return 0


if __name__ == "__main__":
    sys.exit(main())
