"""Reads of the monitoring app: every query of people's data is scoped to the person asking."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from django.db.models import Count, Q, QuerySet, Sum
from django.urls import reverse
from django.utils import timezone

from socialpolicy.apps.core import access
from socialpolicy.apps.core.home import HomeAction
from socialpolicy.apps.monitoring.models import (
    DailyActivity,
    Finding,
    FindingStatus,
    Ingest,
    MonitoringSettings,
    SafeguardingAlert,
    TrustSite,
    builtin_catalogue,
)
from socialpolicy.apps.monitoring.services import heads_for, monitoring_settings

TRUST_WIDE = frozenset({"ict", "hr", "ceo"})  # roles that see monitoring data trust-wide

# --- who may use which page -------------------------------------------------------------------


def may_review(user: Any) -> bool:
    """ICT, heads (and the CEO as head of head office), HR: the findings and charts pages."""
    return access.may(user, Finding, "view")


def may_triage(user: Any) -> bool:
    return access.may(user, Finding, "change")


def may_follow_up(user: Any, finding: Finding) -> bool:
    """The head a finding was routed to (any head of that place; the CEO for head office)."""
    if finding.status != FindingStatus.ROUTED_HEAD or finding.user_id == user.pk:
        return False
    return user.pk in {head.pk for head in heads_for(finding.academy_id, subject_id=finding.user_id)}


def may_ingest(user: Any) -> bool:
    return access.may(user, Ingest, "change")


def may_configure(user: Any) -> bool:
    return access.may(user, MonitoringSettings, "change")


def may_see_alerts(user: Any) -> bool:
    return access.may(user, SafeguardingAlert, "view")


def may_see_sites(user: Any) -> bool:
    """ICT, heads (and the CEO), HR: which sites are monitored."""
    return access.may(user, TrustSite, "view")


def may_change_sites(user: Any) -> bool:
    return access.may(user, TrustSite, "change")


# --- sites and their names ---------------------------------------------------------------------


def site_names() -> dict[str, str]:
    """Site id -> name, built-in and trust-added. A removed site's findings show its id."""
    names = {site.site_id: site.name for site in builtin_catalogue().sites.values()}
    for site_id, name in TrustSite.objects.values_list("site_id", "name"):
        names.setdefault(site_id, name)
    return names


def site_name(site_id: str) -> str:
    builtin = builtin_catalogue().sites.get(site_id)
    if builtin is not None:
        return builtin.name
    added = TrustSite.objects.filter(site_id=site_id).values_list("name", flat=True).first()
    return added or site_id


@dataclass(frozen=True)
class SiteListing:
    site_id: str
    name: str
    domains: list[Any]  # built-in: domain names; the trust's: TrustSite rows (to remove one)
    clause: str = ""
    added: list[TrustSite] = field(default_factory=list)  # a built-in site's domains the trust added


def sites_for(user: Any) -> dict[str, list[SiteListing]]:
    """The built-in catalogue and the sites the trust added, for the sites page.

    A domain the trust added to a built-in site is listed with that site (``added``), not as a
    site of the trust's own.
    """
    builtin = {
        site.site_id: SiteListing(site.site_id, site.name, list(site.domains), site.clause)
        for site in builtin_catalogue().sites.values()
    }
    added: dict[str, SiteListing] = {}
    for row in access.scope_queryset(user, TrustSite.objects.select_related("added_by")):
        if row.site_id in builtin:
            builtin[row.site_id].added.append(row)
            continue
        listing = added.setdefault(row.site_id, SiteListing(row.site_id, row.name, []))
        listing.domains.append(row)
    extended = [listing for listing in builtin.values() if listing.added]
    return {"builtin": list(builtin.values()), "added": list(added.values()), "extended": extended}


def trust_site_for(user: Any, pk: int) -> TrustSite:
    """One domain the trust added, or 404 when it does not exist or the person may not see it."""
    return access.get_for_user(user, TrustSite.objects.all(), pk=pk)  # type: ignore[return-value]


# --- findings ----------------------------------------------------------------------------------


def findings_for(
    user: Any,
    *,
    status: str = "",
    academy: str = "",
    clause: str = "",
    person_id: int | None = None,
) -> QuerySet[Finding]:
    queryset = access.scope_queryset(user, Finding.objects.select_related("academy", "user", "routed_to"))
    if status == "open":
        queryset = queryset.filter(status__in=[FindingStatus.NEW, FindingStatus.CONFIRMED])
    elif status in FindingStatus.values:
        queryset = queryset.filter(status=status)
    if academy == "office":
        queryset = queryset.filter(academy__isnull=True)
    elif academy:
        queryset = queryset.filter(academy__code=academy)
    if clause in ("5.2", "5.3"):
        queryset = queryset.filter(clause=clause)
    if person_id is not None:
        queryset = queryset.filter(user_id=person_id)
    return queryset.order_by("-date", "person", "site")


def finding_for(user: Any, pk: int) -> Finding:
    """One finding, or 404 when it does not exist or the person may not see it."""
    return access.get_for_user(user, Finding.objects.select_related("academy", "user", "routed_to"), pk=pk)  # type: ignore[return-value]


# --- activity and charts -----------------------------------------------------------------------


def activity_for(user: Any, *, since: date | None = None, academy: str = "") -> QuerySet[DailyActivity]:
    queryset = access.scope_queryset(user, DailyActivity.objects.all())
    if since is not None:
        queryset = queryset.filter(date__gte=since)
    if academy == "office":
        queryset = queryset.filter(academy__isnull=True)
    elif academy:
        queryset = queryset.filter(academy__code=academy)
    return queryset


@dataclass(frozen=True)
class Bar:
    label: str
    value: int
    width: float  # per cent of the longest bar
    detail: str = ""


def bars(rows: list[tuple[str, int, str]]) -> list[Bar]:
    top = max((value for _, value, _ in rows), default=0)
    return [
        Bar(label, value, round(100 * value / top, 1) if top else 0.0, detail)
        for label, value, detail in rows
    ]


def columns(items: list[Bar], *, width: int = 700, height: int = 120) -> dict[str, Any]:
    """SVG geometry of a column chart of ``items`` (one column per bar, in order)."""
    if not items:
        return {"columns": []}
    slot = width / len(items)
    usable = height - 4
    cols = []
    for i, bar in enumerate(items):
        h = round(usable * bar.width / 100, 1)
        cols.append(
            {
                "x": round(i * slot + slot * 0.1, 1),
                "w": round(slot * 0.8, 1),
                "y": round(usable - h, 1),
                "h": h,
            }
            | {"label": bar.label, "value": bar.value}
        )
    return {
        "columns": cols,
        "width": width,
        "height": height,
        "baseline": usable,
        "first": items[0].label,
        "last": items[-1].label,
        "top": max(bar.value for bar in items),
    }


def usage_charts(activity: QuerySet[DailyActivity], *, days: int, today: date) -> dict[str, Any]:
    """Active minutes per day (every day of the range, zeros included) and per site."""
    start = today - timedelta(days=days - 1)
    activity = activity.filter(date__gte=start, date__lte=today)
    per_day = dict(activity.values_list("date").annotate(total=Sum("active_minutes")).order_by())
    day_rows = []
    for offset in range(days):
        day = start + timedelta(days=offset)
        day_rows.append((f"{day:%a %d %b}", int(per_day.get(day, 0) or 0), day.isoformat()))
    per_site = (
        activity.values("site")
        .annotate(total=Sum("active_minutes"), people=Count("person", distinct=True))
        .order_by("-total", "site")
    )
    names = site_names()
    site_rows = [
        (names.get(row["site"], row["site"]), int(row["total"]), f"{row['people']} person(s)")
        for row in per_site
    ]
    per_ownership = dict(activity.values_list("ownership").annotate(total=Sum("active_minutes")).order_by())
    return {
        "start": start,
        "end": today,
        "per_day": bars(day_rows),
        "per_day_columns": columns(bars(day_rows)),
        "per_site": bars(site_rows),
        "trust_minutes": int(per_ownership.get("trust", 0) or 0),
        "personal_minutes": int(per_ownership.get("personal", 0) or 0),
        "unknown_minutes": int(per_ownership.get("unknown", 0) or 0),
        "total_minutes": int(sum(per_ownership.values()) or 0),
    }


def top_people(activity: QuerySet[DailyActivity], *, since: date, limit: int = 10) -> list[dict[str, Any]]:
    """The people with the most active minutes in the range, for links to their history."""
    rows = (
        activity.filter(date__gte=since)
        .values("person", "user_id")
        .annotate(total=Sum("active_minutes"), days=Count("date", distinct=True))
        .order_by("-total", "person")[:limit]
    )
    return list(rows)


def person_history(viewer: Any, person: Any) -> dict[str, Any]:
    """One person's activity and findings as the viewer may see them."""
    activity = activity_for(viewer).filter(user=person).order_by("-date", "site", "ownership")
    findings = findings_for(viewer, person_id=person.pk)
    per_day: dict[date, list[DailyActivity]] = {}
    for row in activity:
        per_day.setdefault(row.date, []).append(row)
    return {
        "person": person,
        "days": [
            {"date": day, "rows": rows, "total": sum(r.active_minutes for r in rows)}
            for day, rows in per_day.items()
        ],
        "findings": findings,
        "charts": usage_charts(activity, days=14, today=timezone.localdate()),
    }


def academy_choices(user: Any) -> list[tuple[str, str]]:
    """Filter options: the academies whose records the person may see (head office as "office")."""
    from socialpolicy.apps.people.models import Academy

    if access.roles_of(user) & TRUST_WIDE:
        choices = [(a.code, a.name) for a in Academy.objects.filter(is_active=True)]
        return [("office", "Head office"), *choices]
    places = access.places(user, "head")
    choices = [(a.code, a.name) for a in Academy.objects.filter(pk__in=[p for p in places if p])]
    if None in places:
        choices.insert(0, ("office", "Head office"))
    return choices


# --- alerts ------------------------------------------------------------------------------------


def alerts_for(user: Any) -> QuerySet[SafeguardingAlert]:
    return access.scope_queryset(
        user, SafeguardingAlert.objects.select_related("academy", "subject", "raised_by")
    )


def alert_for(user: Any, pk: int) -> SafeguardingAlert:
    return access.get_for_user(user, SafeguardingAlert.objects.select_related("academy", "subject"), pk=pk)  # type: ignore[return-value]


# --- the home page -----------------------------------------------------------------------------


def home_panel(user: Any) -> dict | None:
    """Every member of staff is told whether and how their use of social media is monitored."""
    if not access.roles_of(user):
        return None
    record = monitoring_settings()
    return {
        "monitoring": record,
        "retention_days": record.effective_retention_days,
        "own_findings": Finding.objects.filter(user=user).count() if record.enabled else 0,
    }


def _routed_to_head_of(user: Any) -> QuerySet[Finding]:
    """Findings routed to the heads of the places where the person is head (CEO: head office)."""
    places = access.places(user, "head")
    if not places:
        return Finding.objects.none()
    where = Q(academy_id__in=[p for p in places if p is not None])
    if None in places:
        where |= Q(academy__isnull=True)
    return Finding.objects.filter(where, status=FindingStatus.ROUTED_HEAD)


def home_actions(user: Any) -> list[HomeAction]:
    actions: list[HomeAction] = []
    if may_triage(user):
        waiting = Finding.objects.filter(status=FindingStatus.NEW).count()
        if waiting:
            actions.append(
                HomeAction(
                    f"Triage {waiting} monitoring finding(s)",
                    reverse("monitoring:findings") + "?status=new",
                    urgency="due",
                    detail="Decide whether each is a true or false positive and route it (policy 4.4.3).",
                )
            )
    routed = _routed_to_head_of(user).count()
    if routed:
        actions.append(
            HomeAction(
                f"{routed} monitoring finding(s) routed to you",
                reverse("monitoring:findings") + "?status=routed_head",
                urgency="todo",
            )
        )
    if may_see_alerts(user):
        unread = alerts_for(user).filter(acknowledged_at__isnull=True).count()
        if unread:
            actions.append(
                HomeAction(
                    f"{unread} safeguarding alert(s) from monitoring",
                    reverse("monitoring:alerts"),
                    urgency="overdue",
                    detail="Read and acknowledge each one.",
                )
            )
    return actions
