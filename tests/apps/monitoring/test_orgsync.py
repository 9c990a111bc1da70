"""The org folder's monitoring files through import-org, and ingest == `monitor scan` on the same logs."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import call_command

from socialpolicy.apps.monitoring.models import Device, Finding, Network, NonContactPeriod, WorkSchedule
from socialpolicy.apps.monitoring.orgsync import org_from_db
from socialpolicy.apps.people.services import org_import
from socialpolicy.engines.orgdir import load_org

EXAMPLE = Path(__file__).resolve().parents[3].parent / "shared" / "examples" / "monitoring"
pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(not EXAMPLE.is_dir(), reason="shared monitoring example not present"),
]


def run_import(folder: Path) -> dict:
    # The service import-org runs (the command also migrates first, which the suite needs not).
    return org_import(org=load_org(folder), actor=None, source=str(folder)).summary()


@pytest.fixture
def org_copy(tmp_path) -> Path:
    folder = tmp_path / "org"
    shutil.copytree(EXAMPLE / "org", folder)
    return folder


def test_import_brings_networks_devices_schedules_and_noncontact(org_copy):
    first = run_import(org_copy)
    assert first["created"] == 52  # 1 trust + 3 academies + 15 staff + 9 + 20 + 2 + 2
    assert Network.objects.count() == 9
    assert Device.objects.count() == 20
    assert set(WorkSchedule.objects.values_list("key", flat=True)) == {"default", "MIL"}
    assert NonContactPeriod.objects.count() == 2
    mil = WorkSchedule.objects.get(key="MIL")
    assert mil.work_hours == "08:15-16:00" and mil.workdays == ["Mon", "Tue", "Wed", "Thu", "Fri"]
    assert mil.academy.code == "MIL"

    second = run_import(org_copy)
    assert (second["created"], second["updated"], second["deactivated"]) == (0, 0, 0)
    assert second["unchanged"] == 52


def test_database_directory_matches_the_folder(org_copy):
    run_import(org_copy)
    folder, db = load_org(org_copy), org_from_db()
    assert {(str(n.cidr), n.ownership, n.academy_code) for n in folder.networks} == {
        (str(n.cidr), n.ownership, n.academy_code) for n in db.networks
    }
    assert {(d.ip, d.owner_email) for d in folder.devices} == {(d.ip, d.owner_email) for d in db.devices}
    assert folder.default_schedule == db.default_schedule
    assert folder.academy_schedules == db.academy_schedules
    assert {(p.email, p.day, p.period) for p in folder.noncontact} == {
        (p.email, p.day, p.period) for p in db.noncontact
    }
    assert db.trust.timezone == "Europe/London"


def test_changed_and_missing_rows_are_updated_and_removed(org_copy):
    run_import(org_copy)
    networks = (org_copy / "networks.csv").read_text().splitlines()
    kept = [line for line in networks if not line.startswith("10.20.200.0/22")]
    kept = [line.replace("10.23.64.0/22,personal,FEN", "10.23.64.0/22,trust,FEN") for line in kept]
    (org_copy / "networks.csv").write_text("\n".join(kept) + "\n")
    (org_copy / "noncontact.csv").write_text("email,day,start,end\n")
    summary = run_import(org_copy)
    assert summary["updated"] == 1  # the FEN range changed hands
    assert summary["deactivated"] == 3  # one network, two non-contact periods
    assert summary["created"] == 0
    assert not Network.objects.filter(cidr="10.20.200.0/22").exists()
    assert Network.objects.get(cidr="10.23.64.0/22").ownership == "trust"
    assert not NonContactPeriod.objects.exists()


def test_files_absent_from_the_folder_leave_their_records_alone(org_copy):
    run_import(org_copy)
    for name in ("networks.csv", "devices.csv", "schedule.toml", "noncontact.csv"):
        (org_copy / name).unlink()
    summary = run_import(org_copy)
    assert (summary["created"], summary["updated"], summary["deactivated"]) == (0, 0, 0)
    assert Network.objects.count() == 9 and Device.objects.count() == 20
    assert WorkSchedule.objects.count() == 2 and NonContactPeriod.objects.count() == 2


def test_ingest_after_import_gives_the_same_findings_as_monitor_scan(org_copy, monitoring_on):
    run_import(org_copy)
    logs = sorted(str(p) for p in (EXAMPLE / "logs").iterdir())
    scanned = subprocess.run(
        [
            sys.executable,
            "-m",
            "socialpolicy",
            "monitor",
            "scan",
            "--org",
            str(org_copy),
            "--format",
            "json",
            *logs,
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert scanned.returncode in (0, 1), scanned.stderr
    expected = {
        (f["person"], f["date"], f["site"], f["clause"], f["active_minutes"])
        for f in json.loads(scanned.stdout)["findings"]
    }
    call_command("monitor-ingest", *logs, stdout=io.StringIO())
    stored = {
        (f.person, f.date.isoformat(), f.site, f.clause, f.active_minutes) for f in Finding.objects.all()
    }
    assert stored == expected
    assert len(stored) > 10
    # Findings land in the right academy: the person's, or for an unknown address, the network's.
    farah = Finding.objects.filter(person="farah.turner@kestrelmoor.org.uk").first()
    assert farah is not None and farah.academy.code == "ASH"
    nobody = Finding.objects.filter(person__startswith="ip:10.23.").first()
    assert nobody is None or nobody.academy.code == "FEN"


def test_dry_run_writes_nothing(org_copy):
    plan = org_import(org=load_org(org_copy), actor=None, source="dry", dry_run=True)
    assert len([c for c in plan.created if c.kind == "network"]) == 9
    assert not Network.objects.exists() and not Device.objects.exists()


def test_leavers_are_still_attributed(org_copy):
    run_import(org_copy)
    staff = (org_copy / "staff.csv").read_text().splitlines()
    (org_copy / "staff.csv").write_text("\n".join(s for s in staff if "yusuf.okafor" not in s) + "\n")
    devices = (org_copy / "devices.csv").read_text().splitlines()
    (org_copy / "devices.csv").write_text("\n".join(d for d in devices if "yusuf.okafor" not in d) + "\n")
    summary = run_import(org_copy)
    assert summary["deactivated"] == 3  # the person and their two devices
    assert "yusuf.okafor@kestrelmoor.org.uk" in {s.email for s in org_from_db().staff}
