"""Monitoring engine: scan web-filter logs for staff social media use (policy 5.2, 5.3, 9).

Plain Python (no Django). The app ingests logs through :func:`scan`, and stores the per-person,
per-site, per-day :class:`DailyActivity` rows and the findings, never raw lines.
"""

from socialpolicy.engines.monitoring.catalogue import Catalogue, CatalogueError, load_catalogue
from socialpolicy.engines.monitoring.engine import scan
from socialpolicy.engines.monitoring.model import (
    DailyActivity,
    Finding,
    ScanResult,
    ScanSettings,
    ScanStats,
    UnknownUse,
)
from socialpolicy.engines.monitoring.sources import LogReadError

__all__ = [
    "Catalogue",
    "CatalogueError",
    "DailyActivity",
    "Finding",
    "LogReadError",
    "ScanResult",
    "ScanSettings",
    "ScanStats",
    "UnknownUse",
    "load_catalogue",
    "scan",
]
