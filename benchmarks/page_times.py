"""Time every page each demo role can open, on the demo trust (about 300 staff, 2,000 pupils).

    .venv/bin/python benchmarks/page_times.py [--repeat 3]

Loads the demo into a fresh SQLite file (or the database in DATABASE_URL when --keep-db is given),
signs in as one person per role and fetches the home page and every page in their navigation with
Django's test client. Prints, per page, the median time and the number of SQL queries.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--keep-db", action="store_true", help="use DATABASE_URL as it is")
    args = parser.parse_args()
    if not args.keep_db:
        db = Path(tempfile.mkdtemp()) / "pages.sqlite3"
        os.environ["DATABASE_URL"] = f"sqlite:///{db}"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "socialpolicy.settings")
    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext
    from django.urls import reverse

    from socialpolicy.apps.core.nav import visible_items
    from socialpolicy.apps.people.models import User
    from socialpolicy.demo.orgfolder import demo_logins

    settings.ALLOWED_HOSTS = ["*"]
    started = time.monotonic()
    call_command("migrate", verbosity=0)
    with open(os.devnull, "w") as quiet:
        call_command("load-demo", stdout=quiet)
    print(f"demo loaded in {time.monotonic() - started:.1f}s; {User.objects.count()} people")

    import csv

    with open(settings.PROJECT_DIR / "var" / "demo-org" / "staff.csv", encoding="utf-8") as handle:
        staff_rows = list(csv.DictReader(handle))
    rows = []
    for login in demo_logins(staff_rows):
        user = User.objects.get(email=login.email)
        client = Client()
        client.force_login(user)
        urls = ["/"] + [reverse(item.url_name) for _, items in visible_items(user) for item in items]
        for url in dict.fromkeys(urls):
            times = []
            for _ in range(args.repeat):
                with CaptureQueriesContext(connection) as queries:
                    t0 = time.perf_counter()
                    response = client.get(url)
                    times.append(time.perf_counter() - t0)
            rows.append(
                (statistics.median(times) * 1000, login.role, url, response.status_code, len(queries))
            )
    rows.sort(reverse=True)
    print(f"{'ms':>8}  {'role':<8} {'status':>6} {'queries':>7}  page")
    for ms, role, url, status, queries in rows:
        print(f"{ms:8.1f}  {role:<8} {status:>6} {queries:>7}  {url}")
    worst = rows[0]
    print(f"\nslowest page: {worst[2]} as {worst[1]}: {worst[0]:.0f} ms, {worst[4]} queries")
    return 0


if __name__ == "__main__":
    sys.exit(main())
