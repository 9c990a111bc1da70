"""The demo loader: monitoring on, a synthetic log ingested through the service, idempotent."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from socialpolicy.apps.monitoring.demo import load_demo
from socialpolicy.apps.monitoring.models import Finding, FindingStatus, Ingest, SafeguardingAlert
from socialpolicy.apps.monitoring.services import monitoring_settings
from socialpolicy.apps.people.services import org_import
from socialpolicy.demo.orgfolder import write_demo_org
from socialpolicy.engines.orgdir import load_org

pytestmark = pytest.mark.django_db
NOW = datetime(2026, 11, 25, 9, 0, tzinfo=ZoneInfo("Europe/London"))


def test_demo_data_is_loaded_once(tmp_path):
    write_demo_org(tmp_path)
    for name in ("pupils.csv", "consents.csv"):  # not used by monitoring; slow to import
        (tmp_path / name).unlink()
    org_import(org=load_org(tmp_path), actor=None, source="demo")
    load_demo(now=NOW)
    load_demo(now=NOW)
    assert monitoring_settings().enabled
    ingest = Ingest.objects.get()
    assert ingest.source == "demo" and ingest.lines > 1000
    assert Finding.objects.count() >= 4
    statuses = set(Finding.objects.values_list("status", flat=True))
    assert {FindingStatus.NEW, FindingStatus.ROUTED_HEAD, FindingStatus.ROUTED_DSL} <= statuses
    assert SafeguardingAlert.objects.filter(academy__code="ASG").exists()
    assert all(f.date < NOW.date() for f in Finding.objects.all())
