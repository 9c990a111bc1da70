"""Scheduled work of the monitoring app (``socialpolicy run-jobs``)."""

from __future__ import annotations

from datetime import datetime

from socialpolicy.apps.core.jobs import scheduled_job
from socialpolicy.apps.monitoring.services import monitoring_retention


@scheduled_job("monitoring.retention")
def retention(now: datetime) -> str:
    """Policy 9.3: delete monitoring activity and findings older than the retention period."""
    run = monitoring_retention(now=now)
    if run is None:
        return "monitoring retention: nothing older than the retention period"
    return (
        f"monitoring retention: deleted {run.activity_deleted} day(s) of activity and "
        f"{run.findings_deleted} finding(s) dated before {run.cutoff:%Y-%m-%d} ({run.retention_days} days)"
    )
