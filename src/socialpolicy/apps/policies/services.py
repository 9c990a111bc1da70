"""Writes of the policy lifecycle. Each is one transaction that leaves audit entries by its actor."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime
from typing import Any

from auditlog.context import set_actor
from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from socialpolicy.apps.policies.dates import add_working_days
from socialpolicy.apps.policies.models import (
    Audience,
    Policy,
    PolicyVersion,
    Signature,
    SignOffReason,
    SignOffRequest,
    TrainingAttendance,
    TrainingExemption,
    TrainingSession,
)


class PolicyError(Exception):
    """A lifecycle rule was not met; the message is shown to the person."""


def _local_today(now: datetime | None) -> date:
    return timezone.localdate(now or timezone.now())


def policy_create(
    *,
    actor: Any,
    title: str,
    slug: str,
    owner: Any = None,
    applies_to: str = "",
    related_policies: Sequence[str] = (),
    review_months: int = 24,
    review_reminder_days: Sequence[int] = (60, 14),
) -> Policy:
    with transaction.atomic(), set_actor(actor):
        return Policy.objects.create(
            title=title,
            slug=slug,
            owner=owner,
            applies_to=applies_to,
            related_policies=list(related_policies),
            review_months=review_months,
            review_reminder_days=sorted({int(d) for d in review_reminder_days}, reverse=True),
        )


def policy_update(
    *,
    actor: Any,
    policy: Policy,
    owner: Any = None,
    related_policies: Sequence[str] = (),
    review_reminder_days: Sequence[int] = (60, 14),
) -> Policy:
    days = sorted({int(d) for d in review_reminder_days}, reverse=True)
    if not days or any(d < 1 or d > 365 for d in days):
        raise PolicyError("Reminder days are whole numbers from 1 to 365, e.g. 60, 14.")
    with transaction.atomic(), set_actor(actor):
        policy.owner = owner
        policy.related_policies = [p.strip() for p in related_policies if p.strip()]
        policy.review_reminder_days = days
        policy.save()
    return policy


def _check_questions(questions: Sequence[Mapping[str, Any]]) -> list[dict]:
    checked = []
    for i, q in enumerate(questions, start=1):
        choices = [str(c) for c in q.get("choices", []) if str(c).strip()]
        answer = q.get("answer")
        if not str(q.get("text", "")).strip() or len(choices) < 2:
            raise PolicyError(f"Question {i} needs its text and at least two choices.")
        if not isinstance(answer, int) or not 0 <= answer < len(choices):
            raise PolicyError(f"Question {i} needs the number of its right answer.")
        checked.append({"text": str(q["text"]).strip(), "choices": choices, "answer": answer})
    if len(checked) > 3:
        raise PolicyError("The comprehension check has at most three questions.")
    return checked


def version_create(
    *,
    actor: Any,
    policy: Policy,
    text: str,
    ratified_on: date,
    ratified_by: str = "Board of Trustees",
    number: int | None = None,
    summary_of_changes: str = "",
    questions: Sequence[Mapping[str, Any]] = (),
    due_working_days: int = 10,
) -> PolicyVersion:
    if not text.strip():
        raise PolicyError("The version needs its text.")
    with transaction.atomic(), set_actor(actor):
        latest = policy.versions.order_by("-number").values_list("number", flat=True).first() or 0
        number = number or latest + 1
        if policy.versions.filter(number=number).exists():
            raise PolicyError(f"{policy.title} already has a version {number}.")
        return PolicyVersion.objects.create(
            policy=policy,
            number=number,
            text=text,
            ratified_on=ratified_on,
            ratified_by=ratified_by,
            summary_of_changes=summary_of_changes,
            questions=_check_questions(questions),
            due_working_days=due_working_days,
        )


def version_update_draft(*, actor: Any, version: PolicyVersion, **fields: Any) -> PolicyVersion:
    if version.is_issued:
        raise PolicyError("An issued version cannot change: create a new version instead.")
    if "questions" in fields:
        fields["questions"] = _check_questions(fields["questions"])
    with transaction.atomic(), set_actor(actor):
        for name, value in fields.items():
            setattr(version, name, value)
        version.save()
    return version


def version_issue(*, actor: Any, version: PolicyVersion, now: datetime | None = None) -> int:
    """Issue the version and ask every active person to sign it (2.1, 2.2, 4.2.2).

    Returns the number of people asked. The requests are created in bulk: the version's
    own audit entry (``issued_at`` set, by the actor) records the campaign.
    """
    now = now or timezone.now()
    today = _local_today(now)
    with transaction.atomic(), set_actor(actor):
        version = PolicyVersion.objects.select_for_update().select_related("policy").get(pk=version.pk)
        if version.is_issued:
            raise PolicyError(f"{version} was issued on {version.issued_on:%d %b %Y}.")
        later = version.policy.versions.filter(issued_at__isnull=False, number__gt=version.number)
        if later.exists():
            raise PolicyError("A later version is already issued.")
        version.issued_at = now
        version.issued_on = today
        version.issued_by = actor
        version.save()
        due_on = add_working_days(today, version.due_working_days)
        people = get_user_model().objects.filter(is_active=True).values_list("pk", flat=True)
        requests = [
            SignOffRequest(
                version=version,
                user_id=pk,
                reason=SignOffReason.CAMPAIGN,
                assigned_on=today,
                due_on=due_on,
            )
            for pk in people.iterator()
        ]
        SignOffRequest.objects.bulk_create(requests, batch_size=1000, ignore_conflicts=True)
    return len(requests)


def induction_assign(*, actor: Any, user: Any, version: PolicyVersion, today: date) -> SignOffRequest | None:
    """Give a new starter the current version with a due date (4.3.2); None if already asked."""
    if not user.is_active or SignOffRequest.objects.filter(version=version, user=user).exists():
        return None
    start = max(today, user.started_on) if user.started_on else today
    with transaction.atomic(), set_actor(actor):
        return SignOffRequest.objects.create(
            version=version,
            user=user,
            reason=SignOffReason.INDUCTION,
            assigned_on=start,
            due_on=add_working_days(start, version.due_working_days),
        )


def comprehension_errors(version: PolicyVersion, answers: Mapping[int, int | None]) -> list[int]:
    """Numbers (1-based) of the questions answered wrongly or not at all."""
    return [i for i, q in enumerate(version.questions, start=1) if answers.get(i) != q["answer"]]


def policy_sign(
    *,
    actor: Any,
    request: SignOffRequest,
    confirmed: bool,
    ip_address: str | None = None,
    user_agent: str = "",
    answers: Mapping[int, int | None] | None = None,
    now: datetime | None = None,
) -> Signature:
    """The person confirms they read and understood the text (4.5.1); the record never changes."""
    if request.user_id != actor.pk:
        raise PolicyError("Only the person asked can sign.")
    if not confirmed:
        raise PolicyError("Tick the box to confirm you have read and understood the policy.")
    version = request.version
    if not version.is_issued:
        raise PolicyError("This version has not been issued.")
    if version.policy.versions.filter(issued_at__isnull=False, number__gt=version.number).exists():
        raise PolicyError("A newer version has been issued: please read and sign that one instead.")
    wrong = comprehension_errors(version, answers or {})
    if wrong:
        listed = ", ".join(str(i) for i in wrong)
        raise PolicyError(f"Please look again at question {listed}: the answer is in the text above.")
    with transaction.atomic(), set_actor(actor, remote_addr=ip_address):
        request = SignOffRequest.objects.select_for_update().get(pk=request.pk)
        if Signature.objects.filter(request=request).exists():
            raise PolicyError("You have already signed this version.")
        return Signature.objects.create(
            request=request,
            version=version,
            user=actor,
            signed_at=now or timezone.now(),
            text_sha256=version.text_sha256,
            ip_address=ip_address or None,
            user_agent=(user_agent or "")[:500],
            comprehension_passed=bool(version.questions),
        )


def training_session_create(
    *,
    actor: Any,
    policy: Policy,
    title: str,
    held_on: date,
    trainer: str,
    audience: str = Audience.ALL_STAFF,
    academy: Any = None,
    notes: str = "",
) -> TrainingSession:
    if audience not in Audience.values:
        raise PolicyError("Unknown audience.")
    with transaction.atomic(), set_actor(actor):
        return TrainingSession.objects.create(
            policy=policy,
            title=title,
            held_on=held_on,
            trainer=trainer,
            audience=audience,
            academy=academy,
            notes=notes,
        )


def training_attendance_record(*, actor: Any, session: TrainingSession, users: Iterable[Any]) -> int:
    """Record who attended; people already recorded are left alone. Returns how many were added."""
    added = 0
    with transaction.atomic(), set_actor(actor):
        already = set(session.attendances.values_list("user_id", flat=True))
        for user in users:
            if user.pk in already:
                continue
            TrainingAttendance.objects.create(session=session, user=user)
            already.add(user.pk)
            added += 1
    return added


def training_exemption_grant(*, actor: Any, policy: Policy, user: Any, reason: str) -> TrainingExemption:
    if not reason.strip():
        raise PolicyError("An exemption needs its reason (policy 4.5.2: exceptional circumstances).")
    with transaction.atomic(), set_actor(actor):
        if TrainingExemption.objects.filter(policy=policy, user=user).exists():
            raise PolicyError(f"{user} is already exempt.")
        return TrainingExemption.objects.create(
            policy=policy, user=user, reason=reason.strip(), granted_by=actor
        )


def training_exemption_revoke(*, actor: Any, exemption: TrainingExemption) -> None:
    with transaction.atomic(), set_actor(actor):
        exemption.delete()
