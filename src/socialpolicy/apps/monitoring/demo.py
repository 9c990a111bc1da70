"""Demo monitoring data: a few days of synthetic Squid log, ingested through the normal service.

``load_demo(*, now)`` is called by ``socialpolicy load-demo`` after the demo trust is imported
(with its networks.csv and schedule.toml). It records a lawful basis and a DPIA reference (so
monitoring is on), writes a small log of the last working days to a temporary file, ingests it,
and triages a few findings so that ICT, heads and a DSL each have something to look at.
Idempotent: once a demo ingest exists it does nothing.
"""

from __future__ import annotations

import ipaddress
import random
import tempfile
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from django.db.models import Count
from django.test.utils import override_settings

from socialpolicy.apps.monitoring.models import Finding, Ingest, Network
from socialpolicy.apps.monitoring.services import (
    LogFile,
    MonitoringError,
    finding_route_to_dsl,
    finding_route_to_head,
    finding_triage,
    monitoring_ingest,
    monitoring_settings,
    monitoring_settings_update,
)
from socialpolicy.apps.people.models import RoleAssignment, Trust, User

DEMO_SOURCE = "demo"
OTHER_HOSTS = (
    "www.bbc.co.uk",
    "outlook.office365.com",
    "www.gov.uk",
    "classroom.google.com",
    "www.mathsisfun.com",
    "www.oaknationalacademy.com",
    "res.cdn.office.net",
)


def _workdays_before(today: date, count: int) -> list[date]:
    days: list[date] = []
    day = today - timedelta(days=1)
    while len(days) < count:
        if day.weekday() < 5:
            days.append(day)
        day -= timedelta(days=1)
    return sorted(days)


def _line(moment: datetime, ip: str, host: str, user: str) -> str:
    return (
        f"{moment.timestamp():.3f}     87 {ip} TCP_TUNNEL/200 4096 CONNECT {host}:443 {user} "
        "HIER_DIRECT/198.51.100.7 -"
    )


def _session(rng, lines, *, day, zone, ip, user, host, start: str, minutes: int) -> None:
    hour, minute = (int(part) for part in start.split(":"))
    begin = datetime(day.year, day.month, day.day, hour, minute, tzinfo=zone)
    for offset in range(minutes):
        for _ in range(rng.randint(1, 4)):
            lines.append(_line(begin + timedelta(minutes=offset, seconds=rng.randint(0, 59)), ip, host, user))


def _address(network: Network, rng: random.Random) -> str:
    cidr = ipaddress.ip_network(network.cidr, strict=False)
    return str(cidr[rng.randint(2, min(cidr.num_addresses - 2, 4000))])


def _people() -> dict[str, list[User]]:
    """A few members of staff per place, in import order (stable from run to run)."""
    plain = User.objects.annotate(n=Count("role_assignments")).filter(
        is_active=True, n=1, role_assignments__role="staff"
    )
    found: dict[str, list[User]] = {}
    for code in ("ASG", "BHA", "CFI", None):
        people = plain.filter(academy__code=code) if code else plain.filter(academy__isnull=True)
        found[code or "office"] = list(people.order_by("pk")[:4])
    return found


def _network(ownership: str, code: str | None) -> Network | None:
    if code in (None, "office"):
        return Network.objects.filter(ownership=ownership, academy__isnull=True).first()
    return Network.objects.filter(ownership=ownership, academy__code=code).first()


def build_log(*, now: datetime, rng: random.Random) -> list[str]:
    trust = Trust.objects.first()
    zone = ZoneInfo(trust.timezone if trust else "Europe/London")
    today = now.astimezone(zone).date()
    people = _people()
    lines: list[str] = []
    for index, day in enumerate(_workdays_before(today, 5)):
        for place, staff in people.items():
            trust_net, own_net = _network("trust", place), _network("personal", place)
            if trust_net is None or own_net is None:
                continue
            for person in staff:
                user = person.email.split("@")[0]
                ip = _address(trust_net, rng)
                # Ordinary work, every day: the bulk of a real log.
                for _ in range(rng.randint(30, 60)):
                    moment = datetime(day.year, day.month, day.day, 8, 0, tzinfo=zone) + timedelta(
                        minutes=rng.randint(0, 480), seconds=rng.randint(0, 59)
                    )
                    lines.append(_line(moment, ip, rng.choice(OTHER_HOSTS), user))
                # LinkedIn for work now and then: occasional use is allowed on trust devices.
                if rng.random() < 0.4:
                    _session(rng, lines, day=day, zone=zone, ip=ip, user=user, host="www.linkedin.com",
                             start="16:40", minutes=rng.randint(3, 12))  # fmt: skip
                # Own phone in the lunch break: allowed.
                if rng.random() < 0.6:
                    phone = _address(own_net, rng)
                    _session(rng, lines, day=day, zone=zone, ip=phone, user="-", host="www.instagram.com",
                             start="12:20", minutes=rng.randint(5, 20))  # fmt: skip
        # Scripted breaches, one or two a day, spread over the places.
        breaches = [
            ("ASG", 0, "trust", "www.facebook.com", "10:05", 14),
            ("ASG", 1, "personal", "www.tiktok.com", "13:40", 9),
            ("BHA", 0, "trust", "x.com", "09:10", 35),
            ("office", 0, "trust", "www.youtube.com", "14:00", 22),
            ("CFI", 0, "personal", "www.snapchat.com", "11:15", 6),
        ]
        place, who, ownership, host, start, minutes = breaches[index % len(breaches)]
        staff = people.get(place) or []
        network = _network(ownership, place)
        if staff and network is not None:
            person = staff[who % len(staff)]
            user = person.email.split("@")[0] if ownership == "trust" else "-"
            _session(rng, lines, day=day, zone=zone, ip=_address(network, rng), user=user, host=host,
                     start=start, minutes=minutes)  # fmt: skip
    lines.sort(key=lambda text: float(text.split(" ", 1)[0]))
    return lines


def _first_with_role(role: str, code: str | None = None) -> User | None:
    assignments = RoleAssignment.objects.filter(role=role, user__is_active=True)
    if code is not None:
        assignments = assignments.filter(academy__code=code)
    found = assignments.order_by("user_id").first()
    return found.user if found else None


def load_demo(*, now: datetime) -> None:
    if Ingest.objects.filter(source=DEMO_SOURCE).exists() or not Network.objects.exists():
        return
    hr, ict = _first_with_role("hr"), _first_with_role("ict")
    if hr is None or ict is None:
        return
    # Demo only: keep the notification e-mails of this set-up out of the console.
    with override_settings(EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend"):
        if not monitoring_settings().enabled:
            monitoring_settings_update(
                actor=hr,
                lawful_basis="public_task",
                dpia_reference="DPIA-FLT-2026-07 (staff monitoring)",
                retention_days=None,
                staff_notice="Questions about monitoring: ask the Head of ICT or the Director of HR.",
            )
        rng = random.Random(2026)
        with tempfile.TemporaryDirectory(prefix="socialpolicy-demo-") as folder:
            path = Path(folder) / "access.log"
            path.write_text("\n".join(build_log(now=now, rng=rng)) + "\n", encoding="utf-8")
            monitoring_ingest(actor=ict, files=[LogFile(path, "demo-access.log")], source=DEMO_SOURCE)
        _triage_some(ict)


def _triage_some(ict: User) -> None:
    """Leave a mix for the demo: one false positive, one routed to a head, one to the DSL, the rest new."""
    findings = list(Finding.objects.order_by("date", "pk"))
    asg = [f for f in findings if f.academy and f.academy.code == "ASG"]
    others = [f for f in findings if f not in asg]
    try:
        if asg:
            finding_route_to_head(
                actor=ict, finding=asg[0], notes="Lesson time on a classroom PC; checked the timetable."
            )
        if len(asg) > 1:
            finding_route_to_dsl(
                actor=ict,
                finding=asg[1],
                concern="The account messaged looks like a pupil's; please check (demo data).",
            )
        if others:
            finding_triage(
                actor=ict, finding=others[0], true_positive=False, notes="Shared machine in the staff room."
            )
    except MonitoringError:
        pass  # a demo trust without a head or DSL somewhere: leave the findings to triage
