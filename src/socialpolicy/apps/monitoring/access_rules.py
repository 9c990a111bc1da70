"""The monitoring app's record types in core.access (who may read and change what)."""

from __future__ import annotations

from socialpolicy.apps.core.access import ACADEMY, TRUST, RecordType, register

ROLES = ("staff", "head", "dsl", "hr", "ict", "ceo", "trustee")
EVERYONE = dict.fromkeys(ROLES, TRUST)
MONITORING_OFFICERS = {"ict": TRUST, "hr": TRUST, "ceo": TRUST}
# Use and findings: ICT trust-wide (they triage), heads their academy (the CEO is head of head
# office), HR and the CEO the trust; the person always sees their own (owner_path).
PEOPLE_DATA = {"head": ACADEMY, "ict": TRUST, "hr": TRUST, "ceo": TRUST}


def register_all() -> None:
    # Transparency: everyone may read whether and on what basis they are monitored; HR decides.
    register(
        RecordType(
            "monitoring.monitoringsettings",
            "Monitoring settings",
            academy_path=None,
            view=EVERYONE,
            change={"hr": TRUST},
        )
    )
    # The org folder's monitoring files: imported by HR, used by ICT.
    register(
        RecordType(
            "monitoring.network",
            "Network",
            academy_path="academy",
            view=MONITORING_OFFICERS,
            change={"hr": TRUST},
        )
    )
    register(
        RecordType(
            "monitoring.device",
            "Device address",
            academy_path="owner__academy",
            owner_path="owner",
            view={"ict": TRUST, "hr": TRUST},
            change={"hr": TRUST},
        )
    )
    # Work hours and breaks are what clause 5.3 counts against: nobody's secret.
    register(
        RecordType(
            "monitoring.workschedule",
            "Work schedule",
            academy_path="academy",
            view=EVERYONE,
            change={"hr": TRUST},
        )
    )
    register(
        RecordType(
            "monitoring.noncontactperiod",
            "Non-contact period",
            academy_path="user__academy",
            owner_path="user",
            view={"head": ACADEMY, "ict": TRUST, "hr": TRUST},
            change={"hr": TRUST},
        )
    )
    # Sites the trust added to the catalogue: ICT keeps the list; heads, HR and the CEO may read
    # what is monitored. Not personal data, but not every member of staff's business either.
    register(
        RecordType(
            "monitoring.trustsite",
            "Site added by the trust",
            academy_path=None,
            view={"ict": TRUST, "head": TRUST, "hr": TRUST, "ceo": TRUST},
            change={"ict": TRUST},
        )
    )
    for key, label in (("monitoring.ingest", "Log ingest"), ("monitoring.ingestedfile", "Ingested log file")):
        register(RecordType(key, label, academy_path=None, view=MONITORING_OFFICERS, change={"ict": TRUST}))
    register(
        RecordType(
            "monitoring.dailyactivity",
            "Social media use per day",
            academy_path="academy",
            owner_path="user",
            view=PEOPLE_DATA,
            change={},
        )
    )
    register(
        RecordType(
            "monitoring.finding",
            "Monitoring finding",
            academy_path="academy",
            owner_path="user",
            view=PEOPLE_DATA,
            change={"ict": TRUST},
        )
    )
    # Safeguarding concerns: the DSLs of that academy, and the ICT officer who raised it (owner).
    register(
        RecordType(
            "monitoring.safeguardingalert",
            "Monitoring safeguarding alert",
            academy_path="academy",
            owner_path="raised_by",
            view={"dsl": ACADEMY},
            change={"dsl": ACADEMY},
        )
    )
    register(
        RecordType(
            "monitoring.retentionrun", "Monitoring retention run", academy_path=None, view=MONITORING_OFFICERS
        )
    )
