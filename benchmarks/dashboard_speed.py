"""Time the policy compliance dashboard and its exports: the demo trust and a trust of 5,000 staff.

    .venv/bin/python benchmarks/dashboard_speed.py [--sizes demo,5000] [--repeat 5]

Each size gets a fresh SQLite file (or, with --keep-db, the database in DATABASE_URL, emptied of
policy data first). ``demo`` loads the demo trust with ``load-demo`` (about 300 staff, 5 academies);
a number builds a synthetic trust of that many staff over 5 academies with the same shape: version
7 issued three weeks ago, about 70% signed, cascade training at four academies. Prints, per page and
viewer, the median time and the SQL query count, and writes them to benchmarks/out/dashboard_speed.json.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

OUT = Path(__file__).resolve().parent / "out" / "dashboard_speed.json"


def build_synthetic(size: int, now) -> None:
    """``size`` active staff in 5 academies and head office, with the demo's policy history."""
    from django.contrib.auth.hashers import make_password

    from socialpolicy.apps.people.models import Academy, RoleAssignment, User
    from socialpolicy.apps.policies.demo import load_demo_policies

    academies = [Academy.objects.create(code=f"B{i}", name=f"Bench Academy {i}") for i in range(5)]
    password = make_password(None)
    users = []
    for n in range(size):
        academy = None if n % 25 == 0 else academies[n % 5]
        users.append(
            User(
                email=f"person{n}@bench.example",
                first_name=f"First{n}",
                last_name=f"Last{n}",
                job_title="Teacher",
                academy=academy,
                password=password,
            )
        )
    User.objects.bulk_create(users, batch_size=1000)
    people = list(User.objects.order_by("pk"))
    roles = [RoleAssignment(user=u, role="staff", academy=u.academy) for u in people]
    roles[0] = RoleAssignment(user=people[0], role="hr", academy=None)
    roles[25] = RoleAssignment(user=people[25], role="ceo", academy=None)
    roles[50] = RoleAssignment(user=people[50], role="trustee", academy=None)
    for i, academy in enumerate(academies):
        head = next(u for u in people[1:] if u.academy_id == academy.pk and u.pk != people[i + 1].pk)
        roles.append(RoleAssignment(user=head, role="head", academy=academy))
    RoleAssignment.objects.bulk_create(roles, batch_size=1000)
    User.objects.filter(pk=people[0].pk).update(job_title="Director of HR")
    load_demo_policies(now=now)


def viewers():
    from socialpolicy.apps.people.models import RoleAssignment

    found = {}
    for role in ("hr", "ceo", "trustee", "head"):
        assignment = RoleAssignment.objects.filter(role=role).select_related("user").order_by("pk").first()
        if assignment:
            found[role] = assignment.user
    return found


def measure(label: str, repeat: int) -> list[dict]:
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext
    from django.urls import reverse

    from socialpolicy.apps.people.models import User
    from socialpolicy.apps.policies.models import SignOffRequest

    staff = User.objects.filter(is_active=True).count()
    requests = SignOffRequest.objects.count()
    pages = [
        ("dashboard", reverse("policies:dashboard")),
        ("home panel", "/"),
        ("export csv", reverse("policies:export_csv")),
        ("export xlsx", reverse("policies:export_xlsx")),
        ("training", reverse("policies:training")),
    ]
    rows = []
    for role, user in viewers().items():
        client = Client()
        client.force_login(user)
        for name, url in pages:
            client.get(url)  # warm caches: templates, the person's roles
            times = []
            for _ in range(repeat):
                with CaptureQueriesContext(connection) as queries:
                    t0 = time.perf_counter()
                    response = client.get(url)
                    times.append(time.perf_counter() - t0)
            rows.append(
                {
                    "trust": label,
                    "staff": staff,
                    "sign_off_requests": requests,
                    "viewer": role,
                    "page": name,
                    "status": response.status_code,
                    "median_ms": round(statistics.median(times) * 1000, 1),
                    "queries": len(queries),
                    "bytes": len(response.content),
                }
            )
    return rows


def run_size(size: str, repeat: int, keep_db: bool) -> list[dict]:
    import django
    from django.conf import settings
    from django.core.management import call_command
    from django.db import connection
    from django.utils import timezone

    if not keep_db:
        db = Path(tempfile.mkdtemp()) / f"dashboard-{size}.sqlite3"
        settings.DATABASES["default"]["NAME"] = str(db)
        connection.close()
        connection.settings_dict["NAME"] = str(db)
    started = time.monotonic()
    call_command("migrate", verbosity=0)
    now = timezone.now()
    if size == "demo":
        with open(os.devnull, "w") as quiet:
            call_command("load-demo", "--folder", str(Path(tempfile.mkdtemp()) / "org"), stdout=quiet)
    else:
        build_synthetic(int(size), now)
    print(f"[{size}] data ready in {time.monotonic() - started:.1f}s", file=sys.stderr)
    _ = django
    return measure("demo trust" if size == "demo" else f"{int(size):,} staff", repeat)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="demo,5000", help="comma-separated: demo and/or staff counts")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--keep-db", action="store_true", help="use DATABASE_URL as it is (one size only)")
    args = parser.parse_args()
    if not args.keep_db:
        os.environ["DATABASE_URL"] = f"sqlite:///{Path(tempfile.mkdtemp()) / 'placeholder.sqlite3'}"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "socialpolicy.settings")
    os.environ.setdefault("LOG_LEVEL", "ERROR")
    import django

    django.setup()
    from django.conf import settings

    settings.ALLOWED_HOSTS = ["*"]
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    rows = []
    for size in [s.strip() for s in args.sizes.split(",") if s.strip()]:
        rows += run_size(size, args.repeat, args.keep_db)
    print(f"{'trust':<14} {'viewer':<8} {'page':<12} {'status':>6} {'median ms':>10} {'queries':>8}")
    for r in rows:
        print(
            f"{r['trust']:<14} {r['viewer']:<8} {r['page']:<12} {r['status']:>6} "
            f"{r['median_ms']:>10.1f} {r['queries']:>8}"
        )
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(rows, indent=2, default=str) + "\n", encoding="utf-8")
    print(f"\nwritten to {OUT}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
