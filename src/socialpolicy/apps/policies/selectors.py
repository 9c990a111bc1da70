"""Reads of the policy lifecycle, scoped to what the person may see (core.access)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from django.contrib.auth import get_user_model
from django.db.models import Count, Exists, Max, OuterRef, Q, QuerySet, Subquery
from django.db.models.functions import TruncDate

from socialpolicy.apps.core.access import HEAD_OFFICE, get_for_user, places, roles_of, scope_queryset
from socialpolicy.apps.people.models import Academy, RoleAssignment
from socialpolicy.apps.policies.models import (
    SIGN_OFF_CLAUSES,
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

# Senior leaders trained first (4.3.1). DSLs count: statutory guidance puts the DSL in the SLT.
SENIOR_ROLES = ("head", "ceo", "hr", "dsl")
TRUST_WIDE_ROLES = {"hr", "ceo"}


# --- policies and versions -----------------------------------------------------------------


def policy_list() -> QuerySet[Policy]:
    return Policy.objects.select_related("owner").order_by("title")


def current_version(policy: Policy) -> PolicyVersion | None:
    return policy.versions.filter(issued_at__isnull=False).order_by("-number").first()


def current_versions() -> list[PolicyVersion]:
    latest = (
        PolicyVersion.objects.filter(policy=OuterRef("policy"), issued_at__isnull=False)
        .order_by("-number")
        .values("pk")[:1]
    )
    return list(
        PolicyVersion.objects.filter(pk=Subquery(latest))
        .select_related("policy", "policy__owner")
        .order_by("policy__title")
    )


def version_get(*, user: Any, pk: int) -> PolicyVersion:
    """Issued versions are open to everyone; drafts only to those who may change policies."""
    queryset = PolicyVersion.objects.select_related("policy")
    if not may_manage(user):
        queryset = queryset.filter(issued_at__isnull=False)
    return get_for_user(user, queryset, pk=pk)


def may_manage(user: Any) -> bool:
    return "hr" in roles_of(user)


# --- the person's own requests and signatures -----------------------------------------------


def my_open_requests(*, user: Any) -> list[SignOffRequest]:
    """Unsigned requests for versions still current, soonest due first."""
    if not getattr(user, "is_authenticated", False):
        return []
    current = [v.pk for v in current_versions()]
    return list(
        SignOffRequest.objects.filter(user=user, version_id__in=current, signature__isnull=True)
        .select_related("version", "version__policy")
        .order_by("due_on")
    )


def request_get_for_signing(*, user: Any, pk: int) -> SignOffRequest:
    queryset = SignOffRequest.objects.filter(user=user).select_related("version", "version__policy")
    return get_for_user(user, queryset, pk=pk)


def signature_list(*, user: Any) -> QuerySet[Signature]:
    return scope_queryset(user, Signature.objects.select_related("version", "version__policy", "user"))


def my_signatures(*, user: Any) -> QuerySet[Signature]:
    return signature_list(user=user).filter(user=user)


def signature_get(*, user: Any, pk: int) -> Signature:
    queryset = Signature.objects.select_related("version", "version__policy", "user", "request")
    return get_for_user(user, queryset, pk=pk)


# --- dashboard ------------------------------------------------------------------------------


@dataclass(frozen=True)
class DashboardScope:
    academies: frozenset[int | None] | None  # None: the whole trust
    people: bool  # may see who is outstanding (trustees see aggregates only)

    def q(self, path: str = "user__academy") -> Q:
        if self.academies is None:
            return Q()
        ids = [a for a in self.academies if a is not None]
        condition = Q(**{f"{path}__in": ids})
        if HEAD_OFFICE in self.academies:
            condition |= Q(**{f"{path}__isnull": True})
        return condition


def dashboard_scope(user: Any) -> DashboardScope | None:
    """HR and the CEO: the trust with names; trustees: the trust in figures; heads: their academy."""
    roles = roles_of(user)
    if roles & TRUST_WIDE_ROLES:
        return DashboardScope(academies=None, people=True)
    if "trustee" in roles:
        return DashboardScope(academies=None, people=False)
    heads = places(user, "head")
    if heads:
        return DashboardScope(academies=frozenset(heads), people=True)
    return None


@dataclass
class ComplianceRow:
    academy_id: int | None
    name: str
    total: int = 0
    signed: int = 0
    overdue: int = 0
    trained: int = 0
    exempt: int = 0

    @property
    def outstanding(self) -> int:
        return self.total - self.signed

    @property
    def signed_pct(self) -> float:
        return round(100 * self.signed / self.total, 1) if self.total else 0.0

    @property
    def trained_pct(self) -> float:
        """Trained or exempt (4.5.2) out of everyone asked."""
        return round(100 * self.trained / self.total, 1) if self.total else 0.0


@dataclass
class Compliance:
    version: PolicyVersion
    today: date
    rows: list[ComplianceRow]
    total: ComplianceRow = field(init=False)

    def __post_init__(self) -> None:
        self.total = ComplianceRow(academy_id=None, name="All in view")
        for row in self.rows:
            for name in ("total", "signed", "overdue", "trained", "exempt"):
                setattr(self.total, name, getattr(self.total, name) + getattr(row, name))


def _trained_expressions(policy: Policy) -> tuple[Exists, Exists]:
    attended = Exists(TrainingAttendance.objects.filter(user=OuterRef("user"), session__policy=policy))
    exempt = Exists(TrainingExemption.objects.filter(user=OuterRef("user"), policy=policy))
    return attended, exempt


def _requests_in_scope(scope: DashboardScope, version: PolicyVersion) -> QuerySet[SignOffRequest]:
    return SignOffRequest.objects.filter(version=version, user__is_active=True).filter(scope.q())


def compliance(*, user: Any, version: PolicyVersion, today: date) -> Compliance | None:
    """Signed and trained figures per academy in the person's view: one query for the figures."""
    scope = dashboard_scope(user)
    if scope is None:
        return None
    attended, exempt = _trained_expressions(version.policy)
    figures = (
        _requests_in_scope(scope, version)
        .values("user__academy")
        .annotate(
            total=Count("id"),
            signed=Count("signature"),
            overdue=Count("id", filter=Q(signature__isnull=True, due_on__lt=today)),
            trained=Count("id", filter=Q(attended) | Q(exempt)),
            exempt=Count("id", filter=Q(exempt)),
        )
        .order_by()
    )
    names = dict(Academy.objects.values_list("pk", "name"))
    rows = {}
    for f in figures:
        academy_id = f["user__academy"]
        rows[academy_id] = ComplianceRow(
            academy_id=academy_id,
            name=names.get(academy_id, "Head office"),
            total=f["total"],
            signed=f["signed"],
            overdue=f["overdue"],
            trained=f["trained"],
            exempt=f["exempt"],
        )
    ordered = sorted(rows.values(), key=lambda r: (r.academy_id is None, r.name))
    return Compliance(version=version, today=today, rows=ordered)


def outstanding(*, user: Any, version: PolicyVersion) -> QuerySet[SignOffRequest]:
    """Who has not signed, longest outstanding first; empty for those who see figures only."""
    scope = dashboard_scope(user)
    if scope is None or not scope.people:
        return SignOffRequest.objects.none()
    queryset = _requests_in_scope(scope, version).filter(signature__isnull=True)
    return (
        scope_queryset(user, queryset)
        .select_related("user", "user__academy")
        .order_by("assigned_on", "due_on", "user__last_name")
    )


def trend(*, user: Any, version: PolicyVersion, today: date, points: int = 12) -> list[tuple[date, float]]:
    """Signed percentage at the end of each week since the version was issued (two queries)."""
    scope = dashboard_scope(user)
    if scope is None or not version.issued_on:
        return []
    requests = _requests_in_scope(scope, version)
    asked = dict(requests.values_list("assigned_on").annotate(n=Count("id")).order_by())
    signed = dict(
        Signature.objects.filter(request__in=requests)
        .annotate(day=TruncDate("signed_at"))
        .values_list("day")
        .annotate(n=Count("id"))
        .order_by()
    )
    start = version.issued_on
    span = max((today - start).days, 0)
    step = max(7, -(-span // points)) if span else 7
    moments = [start + timedelta(days=d) for d in range(0, span + 1, step)]
    if not moments or moments[-1] != today:
        moments.append(today)
    result = []
    for moment in moments:
        total = sum(n for day, n in asked.items() if day <= moment)
        done = sum(n for day, n in signed.items() if day <= moment)
        result.append((moment, round(100 * done / total, 1) if total else 0.0))
    return result


def export_rows(*, user: Any, version: PolicyVersion, today: date) -> list[list[Any]]:
    """One row per person in view (HR, CEO, heads); trustees get the per-academy figures."""
    scope = dashboard_scope(user)
    if scope is None:
        return []
    if not scope.people:
        data = compliance(user=user, version=version, today=today)
        header = ["Academy", "Staff", "Signed", "Signed %", "Overdue", "Trained or exempt", "Trained %"]
        body = [
            [r.name, r.total, r.signed, r.signed_pct, r.overdue, r.trained, r.trained_pct]
            for r in ([*data.rows, data.total] if data else [])
        ]
        return [header, *body]
    attended, exempt = _trained_expressions(version.policy)
    # Plain values, not model instances: a 5,000-row export spends its time building objects otherwise.
    queryset = (
        scope_queryset(user, _requests_in_scope(scope, version))
        .annotate(attended=attended, exempt=exempt)
        .order_by("user__academy__name", "user__last_name", "user__first_name")
        .values_list(
            "user__first_name",
            "user__last_name",
            "user__email",
            "user__academy__name",
            "user__job_title",
            "reason",
            "assigned_on",
            "due_on",
            "signature__signed_at",
            "signature__text_sha256",
            "attended",
            "exempt",
        )
    )
    header = [
        "Name",
        "E-mail",
        "Academy",
        "Job title",
        "Version",
        "Reason",
        "Clause",
        "Asked on",
        "Due on",
        "Signed at",
        "Days outstanding",
        "Overdue",
        "Trained",
        "Exempt from training",
        "Text SHA-256",
    ]
    reasons = dict(SignOffReason.choices)
    rows: list[list[Any]] = [header]
    for first, last, email, academy, title, reason, asked, due, signed_at, sha, trained, exempt_ in queryset:
        rows.append(
            [
                f"{first} {last}".strip(),
                email,
                academy or "Head office",
                title,
                version.label,
                reasons.get(reason, reason),
                SIGN_OFF_CLAUSES.get(reason, ""),
                asked,
                due,
                signed_at,
                None if signed_at else max((today - asked).days, 0),
                "yes" if not signed_at and today > due else "no",
                "yes" if trained else "no",
                "yes" if exempt_ else "no",
                sha or "",
            ]
        )
    return rows


# --- training -------------------------------------------------------------------------------


def training_sessions(*, user: Any, policy: Policy) -> QuerySet[TrainingSession]:
    return (
        scope_queryset(user, TrainingSession.objects.filter(policy=policy))
        .select_related("academy")
        .annotate(attendees=Count("attendances"))
    )


def training_session_get(*, user: Any, pk: int, action: str = "view") -> TrainingSession:
    return get_for_user(user, TrainingSession.objects.select_related("policy", "academy"), action, pk=pk)


def senior_leaders(*, user: Any, policy: Policy) -> list[dict]:
    """Each senior leader in view, with the senior session they attended or their exemption."""
    User = get_user_model()
    senior_ids = RoleAssignment.objects.filter(role__in=SENIOR_ROLES).values("user_id")
    people = (
        scope_queryset(user, User.objects.filter(is_active=True, pk__in=senior_ids))
        .select_related("academy")
        .annotate(
            trained_on=Max(
                "policy_training_attendances__session__held_on",
                filter=Q(
                    policy_training_attendances__session__policy=policy,
                    policy_training_attendances__session__audience=Audience.SENIOR,
                ),
            )
        )
        .order_by("academy__name", "last_name")
    )
    exempt = set(TrainingExemption.objects.filter(policy=policy).values_list("user_id", flat=True))
    roles: dict[int, set[str]] = {}
    for uid, role in RoleAssignment.objects.filter(user__in=people, role__in=SENIOR_ROLES).values_list(
        "user_id", "role"
    ):
        roles.setdefault(uid, set()).add(role)
    return [
        {
            "person": p,
            "roles": sorted(roles.get(p.pk, ())),
            "trained_on": p.trained_on,
            "exempt": p.pk in exempt,
        }
        for p in people
    ]


def cascade_status(*, user: Any, policy: Policy) -> list[dict]:
    """Per academy (and head office): the latest all-staff session held and its attendance."""
    scope = dashboard_scope(user)
    if scope is None:
        return []
    sessions = TrainingSession.objects.filter(policy=policy, audience=Audience.ALL_STAFF).filter(
        scope.q("academy")
    )
    held = {
        row["academy"]: row
        for row in sessions.values("academy").annotate(last=Max("held_on"), count=Count("id")).order_by()
    }
    academies = Academy.objects.filter(is_active=True).order_by("name")
    if scope.academies is not None:
        academies = academies.filter(pk__in=[a for a in scope.academies if a is not None])
    places_ = [(a.pk, a.name) for a in academies]
    if scope.academies is None or HEAD_OFFICE in scope.academies:
        places_.append((None, "Head office"))
    return [
        {
            "academy_id": pk,
            "name": name,
            "last_held": held.get(pk, {}).get("last"),
            "sessions": held.get(pk, {}).get("count", 0),
        }
        for pk, name in places_
    ]


def exemptions(*, user: Any, policy: Policy) -> QuerySet[TrainingExemption]:
    return scope_queryset(user, TrainingExemption.objects.filter(policy=policy)).select_related(
        "user", "user__academy", "granted_by"
    )


# --- who is told ----------------------------------------------------------------------------


def heads_by_place() -> dict[int | None, list[Any]]:
    """Active heads per academy; head office (None) maps to the CEO (policy 2.4, 4.5.3)."""
    found: dict[int | None, list[Any]] = {}
    assignments = RoleAssignment.objects.filter(
        role__in=("head", "ceo"), user__is_active=True
    ).select_related("user")
    for a in assignments:
        place = HEAD_OFFICE if a.role == "ceo" else a.academy_id
        if a.role == "head" and a.academy_id is None:
            continue
        if all(u.pk != a.user_id for u in found.get(place, [])):
            found.setdefault(place, []).append(a.user)
    return found


def hr_people() -> list[Any]:
    return list(
        get_user_model().objects.filter(is_active=True, role_assignments__role="hr").distinct().order_by("pk")
    )
