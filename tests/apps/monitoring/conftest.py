"""Monitoring fixtures: the trust's networks for the shared personas, and small Squid logs.

Networks: 10.1.0.0/16 trust devices at North, 10.2.0.0/16 at South, 10.0.0.0/16 at head office,
10.9.0.0/16 staff's own devices at North.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from socialpolicy.apps.monitoring.models import MonitoringSettings, Network
from socialpolicy.apps.monitoring.services import LogFile, monitoring_ingest

LONDON = ZoneInfo("Europe/London")
DAY = datetime(2026, 11, 16, tzinfo=LONDON)  # a Monday


@pytest.fixture
def monitoring_on(db):
    return MonitoringSettings.objects.create(lawful_basis="public_task", dpia_reference="DPIA-2026-01")


@pytest.fixture
def networks(trust, north, south):
    Network.objects.create(cidr="10.1.0.0/16", ownership="trust", academy=north)
    Network.objects.create(cidr="10.2.0.0/16", ownership="trust", academy=south)
    Network.objects.create(cidr="10.0.0.0/16", ownership="trust", academy=None)
    Network.objects.create(cidr="10.9.0.0/16", ownership="personal", academy=north)


def squid_lines(
    *, user: str, ip: str, host: str, start: datetime, minutes: int, per_minute: int = 2, path: str = ""
) -> list[str]:
    """Squid native lines: ``per_minute`` requests in each of ``minutes`` consecutive minutes."""
    lines = []
    for minute in range(minutes):
        for i in range(per_minute):
            moment = start + timedelta(minutes=minute, seconds=5 + 20 * i)
            url = f"{host}:443" if not path else f"https://{host}{path}"
            method = "CONNECT" if not path else "GET"
            lines.append(
                f"{moment.timestamp():.3f}     42 {ip} TCP_TUNNEL/200 5120 {method} {url} {user} "
                f"HIER_DIRECT/203.0.113.9 -"
            )
    return lines


def write_log(folder: Path, name: str, lines: list[str]) -> Path:
    path = folder / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def ingest_lines(tmp_path):
    """Write lines to a log file and ingest it; returns the Ingest."""

    def _ingest(lines: list[str], *, name: str = "access.log", actor=None):
        path = write_log(tmp_path, name, lines)
        return monitoring_ingest(actor=actor, files=[LogFile(path, name)], source="command")

    return _ingest
