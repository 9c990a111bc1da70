"""Reader for the organisation directory (CONTRACTS.md section 2).

The same folder feeds ``import-org`` (into the database) and the command-line
engines (screening, monitoring) directly, so the reader is plain Python.
"""

from socialpolicy.engines.orgdir.model import (
    CATEGORIES,
    ROLES,
    WEEKDAYS,
    Academy,
    Consent,
    Device,
    Network,
    NonContact,
    OrgDirectory,
    OrgDirError,
    Pupil,
    Schedule,
    StaffMember,
    TimeRange,
    Trust,
)
from socialpolicy.engines.orgdir.reader import load_org

__all__ = [
    "CATEGORIES",
    "ROLES",
    "WEEKDAYS",
    "Academy",
    "Consent",
    "Device",
    "Network",
    "NonContact",
    "OrgDirError",
    "OrgDirectory",
    "Pupil",
    "Schedule",
    "StaffMember",
    "TimeRange",
    "Trust",
    "load_org",
]
