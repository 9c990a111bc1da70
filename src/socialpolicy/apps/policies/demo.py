"""Demo data for the lifecycle: the model policy, two versions, signatures and training.

Deterministic: who has signed is decided by a hash of the e-mail address, never by chance.
Idempotent: nothing happens when the demo policy already exists.
"""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta
from importlib import resources

from django.contrib.auth import get_user_model
from django.db import transaction

from socialpolicy.apps.people.models import Academy, RoleAssignment
from socialpolicy.apps.policies import services
from socialpolicy.apps.policies.models import (
    Audience,
    Policy,
    PolicyVersion,
    Signature,
    SignOffRequest,
    TrainingAttendance,
)
from socialpolicy.apps.policies.selectors import SENIOR_ROLES

SLUG = "social-media"
RELATED = [
    "Grievance policy",
    "Dignity at work policy",
    "Disciplinary policy and procedure",
    "Equal opportunities policy",
    "Staff code of conduct",
    "Data protection policy",
    "Safeguarding and child protection policy",
]
QUESTIONS = [
    {
        "text": "A pupil sends you a friend request on your personal account. What do you do?",
        "choices": [
            "Accept it if they are in your class",
            "Decline it",
            "Accept it after they leave Year 11",
        ],
        "answer": 1,
    },
    {
        "text": "Where may photos of pupils be taken?",
        "choices": ["On any phone", "On trust cameras and devices only", "Anywhere, if not posted"],
        "answer": 1,
    },
    {
        "text": "Who must approve a new professional account for your class?",
        "choices": ["Nobody", "Your head (the CEO for head-office staff)", "The pupils' parents"],
        "answer": 1,
    },
]
# Share of each academy (in name order) that has signed the current version; head office last.
SIGNED_SHARE = [0.86, 0.74, 0.68, 0.6, 0.52]
HEAD_OFFICE_SHARE = 0.8
OLD_SIGNED_SHARE = 0.95
EXEMPTIONS = [
    "On maternity leave for the whole training period.",
    "Long-term sickness absence; will be trained on return.",
    "On secondment overseas this term.",
]


def model_policy_text() -> str:
    return resources.files(__package__).joinpath("demo_policy.md").read_text(encoding="utf-8")


def older_text(current: str) -> str:
    """Version 6 predates TikTok and friends in 3.1 and the 5.3 wording about non-contact time."""
    return current.replace(
        ", TikTok, Snapchat,\nThreads, Bluesky, Discord, Mastodon and whatever comes next.",
        " and similar sites.",
    ).replace("keep social media to breaks and non-contact time", "keep social media to your breaks")


def _fraction(email: str, salt: str) -> float:
    digest = hashlib.sha256(f"{salt}:{email}".encode()).digest()
    return int.from_bytes(digest[:4], "big") / 2**32


def _sign_in_bulk(version: PolicyVersion, requests: list[SignOffRequest], start: datetime, days: int) -> None:
    signatures = []
    for request in requests:
        spread = _fraction(request.user.email, f"when-{version.number}") ** 2  # most sign early
        signed_at = start + timedelta(hours=2 + spread * days * 24)
        signatures.append(
            Signature(
                request=request,
                version=version,
                user=request.user,
                signed_at=signed_at,
                text_sha256=version.text_sha256,
                ip_address=f"192.0.2.{1 + request.user_id % 250}",
                user_agent="Mozilla/5.0 (demo browser)",
                comprehension_passed=bool(version.questions),
            )
        )
    Signature.objects.bulk_create(signatures, batch_size=500)


def load_demo_policies(*, now: datetime) -> None:
    if Policy.objects.filter(slug=SLUG).exists():
        return
    User = get_user_model()
    hr = (
        User.objects.filter(job_title="Director of HR").first()
        or User.objects.filter(role_assignments__role="hr").order_by("pk").first()
    )
    academies = list(Academy.objects.order_by("name"))
    share = {a.pk: SIGNED_SHARE[i % len(SIGNED_SHARE)] for i, a in enumerate(academies)}
    share[None] = HEAD_OFFICE_SHARE
    # The first plain member of staff at each academy (the demo log-in) has not signed yet.
    plain = User.objects.exclude(role_assignments__role__in=[*SENIOR_ROLES, "ict", "trustee"])
    unsigned_personas = {
        plain.filter(academy=a).order_by("pk").values_list("pk", flat=True).first() for a in academies
    }
    heads = set(
        RoleAssignment.objects.filter(role__in=("head", "ceo", "hr")).values_list("user_id", flat=True)
    )

    with transaction.atomic():
        policy = services.policy_create(
            actor=hr,
            title="Staff social media policy",
            slug=SLUG,
            owner=hr,
            applies_to="Everyone who uses the trust's systems or social media channels (policy 2.1, 2.2)",
            related_policies=RELATED,
        )
        text = model_policy_text()
        old_issued = now - timedelta(days=760)
        old = services.version_create(
            actor=hr,
            policy=policy,
            number=6,
            text=older_text(text),
            ratified_on=(old_issued - timedelta(days=7)).date(),
            summary_of_changes="Clearer rules on contact with parents; new appendix form.",
        )
        services.version_issue(actor=hr, version=old, now=old_issued)
        old_requests = SignOffRequest.objects.filter(version=old).select_related("user")
        _sign_in_bulk(
            old, [r for r in old_requests if _fraction(r.user.email, "v6") < OLD_SIGNED_SHARE], old_issued, 30
        )

        issued = now - timedelta(days=21)
        current = services.version_create(
            actor=hr,
            policy=policy,
            number=7,
            text=text,
            ratified_on=(issued - timedelta(days=9)).date(),
            summary_of_changes=(
                "Names today's sites in 3.1; personal devices only in breaks and non-contact time (5.3); "
                "a short comprehension check before signing."
            ),
            questions=QUESTIONS,
        )
        services.version_issue(actor=hr, version=current, now=issued)
        requests = SignOffRequest.objects.filter(version=current).select_related("user")
        signers = [
            r
            for r in requests
            if r.user_id not in unsigned_personas
            and (r.user_id in heads or _fraction(r.user.email, "v7") < share.get(r.user.academy_id, 0.7))
        ]
        _sign_in_bulk(current, signers, issued, 20)
        _training(policy=policy, hr=hr, academies=academies, now=now)


def _training(*, policy: Policy, hr, academies: list[Academy], now: datetime) -> None:
    User = get_user_model()
    senior_ids = RoleAssignment.objects.filter(role__in=SENIOR_ROLES).values("user_id")
    senior = list(User.objects.filter(pk__in=senior_ids, is_active=True).order_by("pk"))
    session = services.training_session_create(
        actor=hr,
        policy=policy,
        title="Social media policy: briefing for senior leaders",
        held_on=(now - timedelta(days=35)).date(),
        trainer=hr.full_name if hr else "Director of HR",
        audience=Audience.SENIOR,
    )
    # Two senior leaders missed the briefing: the view shows them as not yet trained.
    missed = {p.pk for p in senior if _fraction(p.email, "senior") < 0.08}
    services.training_attendance_record(
        actor=hr, session=session, users=[p for p in senior if p.pk not in missed]
    )
    heads = {a.academy_id: a.user for a in RoleAssignment.objects.filter(role="head").select_related("user")}
    attendances = []
    # The last academy in name order has not held its cascade session yet.
    for i, academy in enumerate(academies[:-1]):
        cascade = services.training_session_create(
            actor=hr,
            policy=policy,
            title=f"Social media policy: staff session at {academy.name}",
            held_on=(now - timedelta(days=28 - 3 * i)).date(),
            trainer=heads[academy.pk].full_name if academy.pk in heads else "Head of academy",
            audience=Audience.ALL_STAFF,
            academy=academy,
        )
        staff = User.objects.filter(academy=academy, is_active=True).order_by("pk")
        attendances += [
            TrainingAttendance(session=cascade, user=p, recorded_at=now)
            for p in staff
            if _fraction(p.email, "cascade") < 0.85
        ]
    TrainingAttendance.objects.bulk_create(attendances, batch_size=500, ignore_conflicts=True)
    untrained = (
        User.objects.filter(is_active=True, academy__isnull=False)
        .exclude(policy_training_attendances__session__policy=policy)
        .order_by("pk")
    )
    for person, reason in zip(untrained[:: max(1, untrained.count() // 3)], EXEMPTIONS):
        services.training_exemption_grant(actor=hr, policy=policy, user=person, reason=reason)
