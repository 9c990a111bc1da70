"""Scheduled work of the lifecycle, run by ``socialpolicy run-jobs``; each job is idempotent.

Sending is keyed: a reminder, an escalation and a review alert each have a notification
key (or an ``Escalation`` row) that exists once, so a second run finds nothing to send.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime

from django.contrib.auth import get_user_model
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from socialpolicy.apps.core.access import HEAD_OFFICE
from socialpolicy.apps.core.jobs import scheduled_job
from socialpolicy.apps.notifications.models import Notification
from socialpolicy.apps.notifications.services import notify
from socialpolicy.apps.policies import selectors, services
from socialpolicy.apps.policies.dates import reminder_steps, weeks_overdue
from socialpolicy.apps.policies.models import Escalation, SignOffRequest


def _unsigned(version_ids: list[int]):
    return SignOffRequest.objects.filter(
        version_id__in=version_ids, signature__isnull=True, user__is_active=True
    ).select_related("user", "version", "version__policy")


@scheduled_job("policies.induction")
def assign_new_starters(now: datetime) -> str:
    """Everyone active who has not been asked to sign the current version is asked now (4.3.2)."""
    today = timezone.localdate(now)
    User = get_user_model()
    added = 0
    for version in selectors.current_versions():
        missing = User.objects.filter(is_active=True).exclude(policy_sign_off_requests__version=version)
        for person in missing:
            if services.induction_assign(actor=None, user=person, version=version, today=today):
                added += 1
    return f"{added} new starter(s) asked to sign"


@scheduled_job("policies.reminders")
def send_sign_reminders(now: datetime) -> str:
    """The latest step of the ladder each unsigned person has reached, once per step."""
    today = timezone.localdate(now)
    versions = [v.pk for v in selectors.current_versions()]
    due = []
    for request in _unsigned(versions).filter(assigned_on__lte=today):
        steps = reminder_steps(request.assigned_on, request.due_on, today)
        if steps:
            due.append((request, f"policy-sign:{request.pk}:{steps[-1].isoformat()}"))
    sent_before = set(Notification.objects.filter(key__in=[k for _, k in due]).values_list("key", flat=True))
    sent = 0
    for request, key in due:
        if key in sent_before:
            continue
        version = request.version
        overdue = today > request.due_on
        when = f"{request.due_on:%-d %b %Y}"
        title = (
            f"Overdue: please sign the {version.policy.title} {version.label} (was due {when})"
            if overdue
            else f"Please read and sign the {version.policy.title} {version.label} by {when}"
        )
        body = (
            "Every member of staff reads the current version of the policy and signs to confirm "
            "they have done so (policy 4.2.2, 4.5.1). It takes about ten minutes."
        )
        url = reverse("policies:sign", args=[request.pk])
        if notify(recipient=request.user, key=key, title=title, body=body, url=url):
            sent += 1
    return f"{sent} reminder(s) sent"


@scheduled_job("policies.escalations")
def escalate_overdue(now: datetime) -> str:
    """Each week a person is overdue, their head (CEO for head office) hears once, in a digest."""
    today = timezone.localdate(now)
    versions = [v.pk for v in selectors.current_versions()]
    heads = selectors.heads_by_place()
    fallback = selectors.hr_people()
    wanted: dict[int, list[tuple[SignOffRequest, int]]] = defaultdict(list)
    people: dict[int, object] = {}
    overdue = list(_unsigned(versions).filter(due_on__lt=today))
    done = set(
        Escalation.objects.filter(request__in=[r.pk for r in overdue]).values_list(
            "request_id", "head_id", "week"
        )
    )
    for request in overdue:
        week = weeks_overdue(request.due_on, today)
        place = request.user.academy_id
        told = [h for h in heads.get(place, []) if h.pk != request.user_id]
        if not told and place is not HEAD_OFFICE:
            told = [h for h in heads.get(HEAD_OFFICE, []) if h.pk != request.user_id]  # the head's head
        told = told or fallback
        for head in told:
            if (request.pk, head.pk, week) not in done:
                wanted[head.pk].append((request, week))
                people[head.pk] = head
    digests = 0
    for head_id, items in wanted.items():
        head = people[head_id]
        with transaction.atomic():
            rows = Escalation.objects.bulk_create(
                [Escalation(request=r, head=head, week=w, escalated_at=now) for r, w in items]
            )
            lines = [
                f"- {r.user.full_name} ({r.user.email}): {r.version} due {r.due_on:%-d %b %Y}, "
                f"{(today - r.due_on).days} day(s) overdue"
                for r, _ in items
            ]
            first = min(row.pk for row in rows) if rows and rows[0].pk else f"{today}:{len(items)}"
            notify(
                recipient=head,
                key=f"policy-escalation:{head.pk}:{first}",
                title=f"{len(items)} member(s) of staff overdue signing the policy",
                body="These people have not yet signed the current version (policy 4.2.2):\n"
                + "\n".join(lines),
                url=reverse("policies:dashboard"),
            )
        digests += 1
    return f"{digests} escalation digest(s) sent"


@scheduled_job("policies.review")
def review_alerts(now: datetime) -> str:
    """Remind the owner ahead of the 24-month review (12.1); tell the owner and CEO once overdue."""
    today = timezone.localdate(now)
    sent = 0
    ceos = list(selectors.heads_by_place().get(HEAD_OFFICE, []))
    for version in selectors.current_versions():
        policy = version.policy
        owners = [policy.owner] if policy.owner and policy.owner.is_active else selectors.hr_people()
        due = version.review_due_on
        url = reverse("policies:detail", args=[policy.slug])
        if today > due:
            for person in {p.pk: p for p in [*owners, *ceos]}.values():
                if notify(
                    recipient=person,
                    key=f"policy-review-overdue:{version.pk}:{person.pk}",
                    title=f"Review overdue: {policy.title} {version.label} (due {due:%-d %b %Y})",
                    body="The policy is reviewed every 24 months from ratification (policy 12.1).",
                    url=url,
                ):
                    sent += 1
            continue
        passed = [d for d in policy.reminder_days if (due - today).days <= d]
        if not passed:
            continue
        days = min(passed)  # only the nearest reminder when the job first runs late
        for person in owners:
            if notify(
                recipient=person,
                key=f"policy-review:{version.pk}:{days}:{person.pk}",
                title=f"Review due in {(due - today).days} day(s): {policy.title} {version.label}",
                body=f"The review falls due on {due:%-d %b %Y}, 24 months after ratification (policy 12.1).",
                url=url,
            ):
                sent += 1
    return f"{sent} review alert(s) sent"
