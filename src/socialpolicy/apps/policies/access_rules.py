"""The lifecycle's record types in core.access (who may read and change what)."""

from __future__ import annotations

from socialpolicy.apps.core.access import ACADEMY, TRUST, RecordType, register

EVERYONE = dict.fromkeys(("staff", "head", "dsl", "hr", "ict", "ceo", "trustee"), TRUST)
PEOPLE_RECORDS = {"head": ACADEMY, "hr": TRUST, "ceo": TRUST}


def register_all() -> None:
    # The policy and its issued text are for everyone (2.1, 2.2); drafts are filtered in selectors.
    register(RecordType("policies.policy", "Policy", academy_path=None, view=EVERYONE, change={"hr": TRUST}))
    register(
        RecordType(
            "policies.policyversion", "Policy version", academy_path=None, view=EVERYONE, change={"hr": TRUST}
        )
    )
    # A person's request and signature: their own, their academy's for heads, all for HR and CEO.
    # Trustees see the figures on the dashboard, not the rows.
    register(
        RecordType(
            "policies.signoffrequest",
            "Request to sign the policy",
            academy_path="user__academy",
            owner_path="user",
            view=PEOPLE_RECORDS,
            change={"hr": TRUST},
        )
    )
    register(
        RecordType(
            "policies.signature",
            "Policy signature",
            academy_path="user__academy",
            owner_path="user",
            view=PEOPLE_RECORDS,
            change={},  # immutable
        )
    )
    register(
        RecordType(
            "policies.trainingsession",
            "Policy training session",
            academy_path="academy",
            view={"head": ACADEMY, "hr": TRUST, "ceo": TRUST, "trustee": TRUST},
            change={"head": ACADEMY, "hr": TRUST},
        )
    )
    register(
        RecordType(
            "policies.trainingattendance",
            "Policy training attendance",
            academy_path="user__academy",
            owner_path="user",
            view=PEOPLE_RECORDS,
            change={"head": ACADEMY, "hr": TRUST},
        )
    )
    register(
        RecordType(
            "policies.trainingexemption",
            "Exemption from policy training",
            academy_path="user__academy",
            owner_path="user",
            view=PEOPLE_RECORDS,
            change={"hr": TRUST},
        )
    )
    register(
        RecordType(
            "policies.escalation",
            "Escalation of an overdue signature",
            academy_path="request__user__academy",
            owner_path="head",
            view={"hr": TRUST, "ceo": TRUST},
        )
    )
