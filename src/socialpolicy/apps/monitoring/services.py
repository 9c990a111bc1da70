"""Writes of the monitoring app. Each runs in one transaction that also writes its audit entries."""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

from auditlog.context import disable_auditlog, set_actor
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone

from socialpolicy.apps.core import access
from socialpolicy.apps.monitoring.models import (
    DailyActivity,
    Finding,
    FindingStatus,
    Ingest,
    IngestedFile,
    MonitoringSettings,
    RetentionRun,
    SafeguardingAlert,
    TrustSite,
    builtin_site,
    check_not_builtin_domain,
    normalised_domain,
    normalised_site_id,
)
from socialpolicy.apps.monitoring.orgsync import catalogue_from_db, org_from_db
from socialpolicy.apps.people.models import Academy, RoleAssignment, User
from socialpolicy.engines.monitoring import DailyActivity as Day
from socialpolicy.engines.monitoring import Finding as EngineFinding
from socialpolicy.engines.monitoring import ScanSettings, scan
from socialpolicy.engines.monitoring.attribution import Attributor
from socialpolicy.engines.monitoring.rules import judge

HASH_CHUNK = 1024 * 1024
log = logging.getLogger(__name__)
ROUTED = (FindingStatus.ROUTED_HEAD, FindingStatus.ROUTED_DSL, FindingStatus.FOLLOWED_UP)


class MonitoringError(Exception):
    """A write the rules do not allow; the message is for the person who tried."""


class MonitoringDisabled(MonitoringError):
    pass


class AlreadyIngested(MonitoringError):
    pass


# --- settings --------------------------------------------------------------------------------


def monitoring_settings() -> MonitoringSettings:
    """The one settings record; before HR saves it, an unsaved empty one (monitoring off)."""
    return MonitoringSettings.objects.order_by("pk").first() or MonitoringSettings()


def monitoring_settings_update(
    *,
    actor: User,
    lawful_basis: str,
    dpia_reference: str,
    retention_days: int | None,
    staff_notice: str = "",
) -> MonitoringSettings:
    with transaction.atomic(), set_actor(actor):
        record = MonitoringSettings.objects.select_for_update().order_by("pk").first()
        if record is None:
            record = MonitoringSettings()
        if not access.can_change(actor, record):
            raise PermissionError("only HR may change the monitoring settings")
        if retention_days is not None and retention_days < 1:
            raise MonitoringError("Keep monitoring data for at least one day.")
        record.lawful_basis = lawful_basis
        record.dpia_reference = dpia_reference.strip()
        record.retention_days = retention_days
        record.staff_notice = staff_notice.strip()
        record.updated_by = actor
        record.updated_at = timezone.now()
        record.save()
    return record


# --- sites the trust adds to the catalogue -----------------------------------------------------


def trust_site_add(*, actor: User, site_id: str, domain: str, name: str = "") -> TrustSite:
    """Add a domain to a site: a new id makes a new site, a built-in id extends that site. Audited.

    The id and the domain follow the engine's rules (sites.csv); the domain may not be a built-in
    one (for its own site there is nothing to add; another site may not take it). ``name`` is
    the site's: empty keeps the name it has (a new site is named by its id). A built-in site
    keeps its built-in name whatever is given.
    """
    if not access.may(actor, TrustSite, "change"):
        raise PermissionError("only ICT may change the sites monitored")
    try:
        site_id, domain = normalised_site_id(site_id), normalised_domain(domain)
        check_not_builtin_domain(site_id, domain)
    except ValidationError as exc:
        raise MonitoringError(" ".join(exc.messages)) from None
    builtin = builtin_site(site_id)
    name = builtin.name if builtin is not None else " ".join(name.split())
    if len(name) > TrustSite._meta.get_field("name").max_length:
        raise MonitoringError("Give the site a shorter name.")
    with transaction.atomic(), set_actor(actor):
        taken = TrustSite.objects.filter(domain=domain).first()
        if taken is not None:
            raise MonitoringError(f"{domain} is already listed, for {taken.name} ({taken.site_id}).")
        same_site = TrustSite.objects.filter(site_id=site_id).first()
        if same_site is not None and builtin is None:
            if name and name != same_site.name:
                raise MonitoringError(
                    f"{site_id} is already called {same_site.name!r}: leave the name empty or give the "
                    "same one."
                )
            name = same_site.name
        try:
            with transaction.atomic():
                return TrustSite.objects.create(
                    site_id=site_id, name=name or site_id, domain=domain, added_by=actor
                )
        except IntegrityError:  # the same domain added a moment ago by someone else
            raise MonitoringError(f"{domain} is already listed.") from None


def trust_site_remove(*, actor: User, site: TrustSite) -> None:
    """Stop monitoring one domain the trust added. Audited; findings already made stay."""
    with transaction.atomic(), set_actor(actor):
        locked = TrustSite.objects.select_for_update().filter(pk=site.pk).first()
        if locked is None:
            raise MonitoringError(f"{site.domain} was already removed.")
        if not access.can_change(actor, locked):
            raise PermissionError("only ICT may change the sites monitored")
        locked.delete()


# --- ingest ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class LogFile:
    path: Path
    name: str  # as the person knows it (an upload's original name)


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(HASH_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _refuse_known(hashes: dict[str, LogFile]) -> None:
    known = IngestedFile.objects.filter(sha256__in=list(hashes)).select_related("ingest").first()
    if known is not None:
        when = timezone.localtime(known.ingest.ingested_at)
        raise AlreadyIngested(
            f"{hashes[known.sha256].name} was already ingested on {when:%d %B %Y at %H:%M} "
            f"(as {known.name}, SHA-256 {known.sha256[:16]}…): the same file is never counted twice."
        )


def monitoring_ingest(
    *,
    actor: User | None,
    files: Sequence[LogFile],
    source: str,
    log_format: str | None = None,
    scan_settings: ScanSettings | None = None,
) -> Ingest:
    """Scan log files and store per-day activity and findings; refuse a file ingested before.

    A day already stored from another file is merged with (its minutes by set union) and judged
    again as a whole, so files ingested one by one store what one ingest of them all would.

    Raw lines never reach the database: only the engine's per person, site, ownership and day
    figures, and each file's name, size and SHA-256. ``actor`` None is the command line.
    """
    if not monitoring_settings().enabled:
        raise MonitoringDisabled(
            "Monitoring is off: HR must first record the lawful basis and the DPIA reference "
            "in the monitoring settings."
        )
    if actor is not None and not access.may(actor, Ingest, "change"):
        raise PermissionError("only ICT may ingest logs")
    if not files:
        raise MonitoringError("No log file given.")
    hashes: dict[str, LogFile] = {}
    for log in files:
        digest = file_sha256(log.path)
        if digest in hashes:
            raise AlreadyIngested(f"{log.name} and {hashes[digest].name} are the same file.")
        hashes[digest] = log
    _refuse_known(hashes)  # before the scan, the costly part

    org = org_from_db()
    result = scan(
        org,
        [log.path for log in files],
        log_format=log_format,
        settings=scan_settings,
        catalogue=catalogue_from_db(),  # the built-in sites and those the trust added
    )
    try:
        with transaction.atomic(), set_actor(actor):
            # One ingest at a time: the settings row is the lock, so two uploads of files that
            # share a day merge into one finding instead of racing to create it twice.
            MonitoringSettings.objects.select_for_update().order_by("pk").first()
            _refuse_known(hashes)
            ingest = Ingest.objects.create(
                ingested_by=actor,
                source=source,
                lines=result.stats.lines,
                matched=result.stats.matched,
                unparsed=result.stats.unparsed,
                seconds=result.stats.seconds,
            )
            for digest, log in hashes.items():
                IngestedFile.objects.create(
                    ingest=ingest, name=log.name[:255], size=log.path.stat().st_size, sha256=digest
                )
            places = _Places(org)
            stored = _store_activity(ingest, result.activity, places)
            ingest.activity_rows = stored.rows
            ingest.findings_new, ingest.findings_merged = _store_findings(
                ingest, stored, places, scan_settings or ScanSettings()
            )
            ingest.save()
    except IntegrityError:  # another ingest of the same file won the race
        _refuse_known(hashes)
        raise
    if ingest.findings_new:
        _alert_ict(ingest)
    return ingest


class _Places:
    """Who a reported person is, and which academy their record belongs to."""

    def __init__(self, org):
        self.users = {u.email.lower(): u for u in User.objects.only("id", "email", "academy_id")}
        self.academy_ids = dict(Academy.objects.values_list("code", "id"))
        self.attributor = Attributor(org)

    def user(self, person: str) -> User | None:
        return self.users.get(person)

    def academy_id(self, person: str) -> int | None:
        user = self.users.get(person)
        if user is not None:
            return user.academy_id
        if person.startswith("ip:"):  # nobody known: the academy of the network the address is in
            client = self.attributor.client(person[3:])
            if client is not None and client.academy_code:
                return self.academy_ids.get(client.academy_code)
        return None


def _parse_time(value: str) -> datetime:
    return datetime.fromisoformat(value)


def _parse_optional(value: str | None) -> datetime | None:
    return None if value is None else datetime.fromisoformat(value)


def _iso(value: datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def _as_day(row: DailyActivity) -> Day:
    """A stored row as the engine's activity, to merge more of the same day into it."""
    return Day(
        person=row.person,
        date=row.date.isoformat(),
        site=row.site,
        ownership=row.ownership,
        active_minutes=row.active_minutes,
        requests=row.requests,
        first_seen=row.first_seen.isoformat(),
        last_seen=row.last_seen.isoformat(),
        work_time_minutes=row.work_time_minutes,
        active_bits=bytes(row.active_bits),  # PostgreSQL gives a memoryview
        work_time_bits=bytes(row.work_time_bits),
        work_time_requests=row.work_time_requests,
        work_time_first_seen=_iso(row.work_time_first_seen),
        work_time_last_seen=_iso(row.work_time_last_seen),
    )


DAY_FIGURES = [
    "active_minutes",
    "requests",
    "first_seen",
    "last_seen",
    "work_time_minutes",
    "active_bits",
    "work_time_bits",
    "work_time_requests",
    "work_time_first_seen",
    "work_time_last_seen",
]


def _day_figures(day: Day) -> dict:
    return {
        "active_minutes": day.active_minutes,
        "requests": day.requests,
        "first_seen": _parse_time(day.first_seen),
        "last_seen": _parse_time(day.last_seen),
        "work_time_minutes": day.work_time_minutes,
        "active_bits": day.active_bits,
        "work_time_bits": day.work_time_bits,
        "work_time_requests": day.work_time_requests,
        "work_time_first_seen": _parse_optional(day.work_time_first_seen),
        "work_time_last_seen": _parse_optional(day.work_time_last_seen),
    }


@dataclass
class _Stored:
    """What an ingest did to the stored days: each touched day as it now stands."""

    rows: int = 0
    days: list[Day] = field(default_factory=list)
    # Days stored before minute sets were kept: added to, not merged (see _add_to_legacy_day).
    legacy_parts: list[Day] = field(default_factory=list)


def _store_activity(ingest: Ingest, rows: Sequence[Day], places: _Places) -> _Stored:
    """Store each day's use; a day already stored from another file is merged with it.

    Merging is a set union of the minutes (docs/decisions/0202-merging-split-days.md), so
    ingesting a day's log in two files stores the same figures as ingesting it in one.
    """
    stored = _Stored()
    if not rows:
        return stored
    dates = [date.fromisoformat(r.date) for r in rows]
    existing = {
        (a.person, a.date.isoformat(), a.site, a.ownership): a
        for a in DailyActivity.objects.filter(date__gte=min(dates), date__lte=max(dates))
    }
    new, changed = [], []
    for row in rows:
        found = existing.get(row.key)
        if found is None:
            new.append(
                DailyActivity(
                    person=row.person,
                    user=places.user(row.person),
                    academy_id=places.academy_id(row.person),
                    date=date.fromisoformat(row.date),
                    site=row.site,
                    ownership=row.ownership,
                    ingest=ingest,
                    **_day_figures(row),
                )
            )
            stored.days.append(row)
        elif not found.active_bits:
            _add_to_legacy_day(found, row)
            stored.legacy_parts.append(row)
        else:
            merged = _as_day(found).merged(row)
            for name, value in _day_figures(merged).items():
                setattr(found, name, value)
            stored.days.append(merged)
        if found is not None:
            changed.append(found)
    DailyActivity.objects.bulk_create(new, batch_size=1000)
    DailyActivity.objects.bulk_update(changed, DAY_FIGURES, batch_size=1000)
    stored.rows = len(new) + len(changed)
    return stored


def _add_to_legacy_day(found: DailyActivity, row: Day) -> None:
    """A row stored before minute sets were kept: its minutes are unknown, so it is added to.

    A minute present in both parts counts twice (capped at a day), as it did before 0202.
    Such rows age out with the retention period.
    """
    found.active_minutes = min(found.active_minutes + row.active_minutes, 1440)
    found.work_time_minutes = min(found.work_time_minutes + row.work_time_minutes, 1440)
    found.requests += row.requests
    found.first_seen = min(found.first_seen, _parse_time(row.first_seen))
    found.last_seen = max(found.last_seen, _parse_time(row.last_seen))


FINDING_FIGURES = ["active_minutes", "requests", "first_seen", "last_seen", "severity"]


def _store_findings(
    ingest: Ingest, stored: _Stored, places: _Places, settings: ScanSettings
) -> tuple[int, int]:
    """Judge every day this ingest touched, as a whole; create or update its finding.

    A day merged with an earlier file is judged on all its minutes with the engine's own rule
    (``rules.judge``): a finding whose day now crosses a threshold is created, one already raised
    gets the day's new figures and keeps its triage (status, notes, routing). Created and updated
    in bulk without an audit entry each: the audited Ingest record says how many; a finding's
    figures are never in the audit log.
    """
    judged = [(finding, False) for day in stored.days if (finding := judge(day, settings))]
    judged += [(finding, True) for day in stored.legacy_parts if (finding := judge(day, settings))]
    if not judged:
        return 0, 0
    dates = [date.fromisoformat(f.date) for f, _ in judged]
    existing = {
        (f.person, f.date.isoformat(), f.site, f.clause): f
        for f in Finding.objects.filter(date__gte=min(dates), date__lte=max(dates))
    }
    new: list[Finding] = []
    changed: list[Finding] = []
    # Each day is one key of one ingest, and its clause follows from its ownership: one row each.
    for row, legacy in judged:
        found = existing.get((row.person, row.date, row.site, row.clause))
        if found is None:
            new.append(
                Finding(
                    person=row.person,
                    user=places.user(row.person),
                    academy_id=places.academy_id(row.person),
                    date=date.fromisoformat(row.date),
                    site=row.site,
                    clause=row.clause,
                    ownership=row.ownership,
                    active_minutes=row.active_minutes,
                    requests=row.requests,
                    first_seen=_parse_time(row.first_seen),
                    last_seen=_parse_time(row.last_seen),
                    severity=row.severity,
                    ingest=ingest,
                )
            )
            continue
        before = [getattr(found, name) for name in FINDING_FIGURES]
        if legacy:
            _add_to_legacy_finding(found, row, settings)
        else:  # the whole day's figures; status, notes and routing are left as they are
            found.active_minutes, found.requests = row.active_minutes, row.requests
            found.first_seen, found.last_seen = _parse_time(row.first_seen), _parse_time(row.last_seen)
            found.severity = row.severity
        if [getattr(found, name) for name in FINDING_FIGURES] != before:
            changed.append(found)
    Finding.objects.bulk_create(new, batch_size=500)
    Finding.objects.bulk_update(changed, FINDING_FIGURES, batch_size=500)
    return len(new), len(changed)


def _add_to_legacy_finding(found: Finding, part: EngineFinding, settings: ScanSettings) -> None:
    """The finding of a legacy day (see _add_to_legacy_day) is extended by the new part's."""
    found.active_minutes = min(found.active_minutes + part.active_minutes, 1440)
    found.requests += part.requests
    found.first_seen = min(found.first_seen, _parse_time(part.first_seen))
    found.last_seen = max(found.last_seen, _parse_time(part.last_seen))
    if found.active_minutes >= settings.block_from_minutes:
        found.severity = "block"


def _notify(*, recipient: User, key: str, title: str, body: str, url: str) -> None:
    """In-app notification and e-mail through the notifications app (idempotent by key).

    A failure to send never undoes the triage or the ingest it follows: the finding's status and
    the home-page actions still show the work waiting. Bodies carry no monitoring data (no site,
    minutes or date): notifications outlive the retention period, the linked page does not.
    """
    try:
        from socialpolicy.apps.notifications.services import notify
    except ImportError:  # the notifications app is optional: without it nothing is sent
        return
    try:
        notify(recipient=recipient, key=key, title=title, body=body, url=url, email=True)
    except Exception:  # noqa: BLE001 - mail server down: logged, the work stays visible
        log.exception("monitoring notification %s could not be sent", key)


def _ict_officers() -> list[User]:
    ids = RoleAssignment.objects.filter(role="ict").values("user_id")
    return list(User.objects.filter(pk__in=ids, is_active=True))


def _alert_ict(ingest: Ingest) -> None:
    url = reverse("monitoring:findings") + "?status=new"
    for officer in _ict_officers():
        _notify(
            recipient=officer,
            key=f"monitoring.ingest.{ingest.pk}.{officer.pk}",
            title=f"{ingest.findings_new} new monitoring finding(s) to review",
            body=(
                "A log ingest raised findings of social media use on the trust's systems "
                "(policy 5.2, 5.3). Please triage them."
            ),
            url=url,
        )


# --- triage and routing ----------------------------------------------------------------------


def _locked_finding(actor: User, finding: Finding) -> Finding:
    locked = Finding.objects.select_for_update().get(pk=finding.pk)
    if not access.can_change(actor, locked):
        raise PermissionError("only ICT may triage monitoring findings")
    return locked


def finding_triage(*, actor: User, finding: Finding, true_positive: bool, notes: str = "") -> Finding:
    """ICT's verdict: a false positive closes the finding; a true one waits to be routed."""
    with transaction.atomic(), set_actor(actor):
        finding = _locked_finding(actor, finding)
        if finding.status in ROUTED:
            raise MonitoringError("This finding has already been routed.")
        finding.status = FindingStatus.CONFIRMED if true_positive else FindingStatus.FALSE_POSITIVE
        if notes.strip():
            finding.triage_notes = notes.strip()
        finding.triaged_by = actor
        finding.triaged_at = timezone.now()
        finding.save()
    return finding


def heads_for(academy_id: int | None, *, subject_id: int | None = None) -> list[User]:
    """Whom a finding goes to: the head(s) of the academy; for head office (None), the CEO.

    Nobody is sent their own finding: a head's goes to the CEO, as a head-office person's does.
    """
    if academy_id is not None:
        ids = RoleAssignment.objects.filter(role="head", academy_id=academy_id).values("user_id")
        heads = list(User.objects.filter(pk__in=ids, is_active=True).exclude(pk=subject_id).order_by("pk"))
        if heads:
            return heads
        if not RoleAssignment.objects.filter(role="head", academy_id=academy_id, user_id=subject_id).exists():
            return []
    ids = RoleAssignment.objects.filter(role="ceo").values("user_id")
    return list(User.objects.filter(pk__in=ids, is_active=True).exclude(pk=subject_id).order_by("pk"))


def dsls_for(academy_id: int | None, *, subject_id: int | None = None) -> list[User]:
    ids = RoleAssignment.objects.filter(role="dsl", academy_id=academy_id).values("user_id")
    return list(User.objects.filter(pk__in=ids, is_active=True).exclude(pk=subject_id).order_by("pk"))


def _describe(finding: Finding) -> str:
    ownership = "a trust device" if finding.ownership == "trust" else "their own device in work time"
    return (
        f"{finding.person}: {finding.site} on {finding.date:%d %B %Y}, {finding.active_minutes} active "
        f"minutes on {ownership} (clause {finding.clause})"
    )


def finding_route_to_head(*, actor: User, finding: Finding, notes: str = "") -> Finding:
    """Send a confirmed finding to the person's head (the CEO for head-office staff)."""
    with transaction.atomic(), set_actor(actor):
        finding = _locked_finding(actor, finding)
        if finding.status == FindingStatus.FALSE_POSITIVE:
            raise MonitoringError("A false positive is not routed.")
        if finding.status in ROUTED:
            raise MonitoringError("This finding has already been routed.")
        heads = heads_for(finding.academy_id, subject_id=finding.user_id)
        if not heads:
            where = "head office (no CEO)" if finding.academy_id is None else "this academy"
            raise MonitoringError(f"Nobody is recorded as head of {where}: route it by hand.")
        if notes.strip():
            finding.triage_notes = notes.strip()
        if finding.triaged_by_id is None:
            finding.triaged_by, finding.triaged_at = actor, timezone.now()
        finding.status = FindingStatus.ROUTED_HEAD
        finding.routed_to = heads[0]
        finding.routed_at = timezone.now()
        finding.save()
        url = reverse("monitoring:finding", args=[finding.pk])
        transaction.on_commit(
            lambda: [
                _notify(
                    recipient=head,
                    key=f"monitoring.finding.{finding.pk}.head.{head.pk}",
                    title="Monitoring: social media use to follow up",
                    body="ICT confirmed a finding of social media use by a member of your staff. "
                    "The details are on the page linked below.",
                    url=url,
                )
                for head in heads
            ]
        )
    return finding


def finding_follow_up(*, actor: User, finding: Finding, notes: str) -> Finding:
    """The head (the CEO for head office) records what they did about a finding routed to them."""
    if not notes.strip():
        raise MonitoringError("Say what was done, even if it was nothing.")
    with transaction.atomic(), set_actor(actor):
        finding = Finding.objects.select_for_update().get(pk=finding.pk)
        if actor.pk not in {head.pk for head in heads_for(finding.academy_id, subject_id=finding.user_id)}:
            raise PermissionError("only the head it was routed to may record the follow-up")
        if finding.status != FindingStatus.ROUTED_HEAD:
            raise MonitoringError("Only a finding routed to the head is followed up here.")
        finding.status = FindingStatus.FOLLOWED_UP
        finding.follow_up_notes = notes.strip()
        finding.followed_up_by = actor
        finding.followed_up_at = timezone.now()
        finding.save()
    return finding


def finding_route_to_dsl(*, actor: User, finding: Finding, concern: str) -> SafeguardingAlert:
    """Mark a safeguarding concern: the academy's DSLs get an alert only they can read."""
    if not concern.strip():
        raise MonitoringError("Say what the safeguarding concern is.")
    with transaction.atomic(), set_actor(actor):
        finding = _locked_finding(actor, finding)
        if finding.status in ROUTED:
            raise MonitoringError("This finding has already been routed.")
        dsls = dsls_for(finding.academy_id, subject_id=finding.user_id)
        if not dsls:
            raise MonitoringError("Nobody is recorded as DSL for this person's academy: call a DSL.")
        if finding.triaged_by_id is None:
            finding.triaged_by, finding.triaged_at = actor, timezone.now()
        finding.status = FindingStatus.ROUTED_DSL
        finding.routed_to = dsls[0]
        finding.routed_at = timezone.now()
        finding.save()
        alert = SafeguardingAlert.objects.create(
            finding=finding,
            academy_id=finding.academy_id,
            subject=finding.user,
            summary=_describe(finding)[:300],
            concern=concern.strip(),
            raised_by=actor,
        )
        url = reverse("monitoring:alert", args=[alert.pk])
        transaction.on_commit(
            lambda: [
                _notify(
                    recipient=dsl,
                    key=f"monitoring.alert.{alert.pk}.{dsl.pk}",
                    title="Safeguarding concern from monitoring",
                    body="ICT raised a safeguarding concern from monitoring data. Please read it promptly.",
                    url=url,
                )
                for dsl in dsls
            ]
        )
    return alert


def safeguarding_alert_acknowledge(*, actor: User, alert: SafeguardingAlert) -> SafeguardingAlert:
    with transaction.atomic(), set_actor(actor):
        alert = SafeguardingAlert.objects.select_for_update().get(pk=alert.pk)
        if not access.can_change(actor, alert):
            raise PermissionError("only the academy's DSLs may acknowledge this alert")
        if alert.acknowledged_at is None:
            alert.acknowledged_by = actor
            alert.acknowledged_at = timezone.now()
            alert.save()
    return alert


# --- retention (policy 9.3) ------------------------------------------------------------------


def monitoring_retention(*, now: datetime) -> RetentionRun | None:
    """Delete activity and findings dated before the retention period; record it. Idempotent.

    Rows are deleted without an audit entry each (those would copy the data the policy says to
    delete into the audit log); the RetentionRun record, which is audited, says what went.
    Safeguarding alerts stay (the DSL's record), losing only their link to the finding.
    """
    days = monitoring_settings().effective_retention_days
    cutoff = timezone.localtime(now).date() - timedelta(days=days)
    with transaction.atomic():
        activity = DailyActivity.objects.filter(date__lt=cutoff)
        findings = Finding.objects.filter(date__lt=cutoff)
        if not activity.exists() and not findings.exists():
            return None
        SafeguardingAlert.objects.filter(finding__in=findings).update(finding=None)
        with disable_auditlog():
            activity_deleted, _ = activity.delete()
            _, per_model = findings.delete()
        findings_deleted = per_model.get(Finding._meta.label, 0)
        return RetentionRun.objects.create(
            ran_at=now,
            retention_days=days,
            cutoff=cutoff,
            activity_deleted=activity_deleted,
            findings_deleted=findings_deleted,
        )
