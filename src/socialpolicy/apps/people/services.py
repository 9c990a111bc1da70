"""Writes for the people app. Each runs in one transaction that also writes its audit entries."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from auditlog.context import set_actor
from django.db import transaction
from django.utils import timezone

from socialpolicy.apps.people.models import Academy, OrgImport, Pupil, RoleAssignment, Trust, User
from socialpolicy.engines.orgdir import OrgDirectory


@dataclass
class Change:
    kind: str  # "academy", "staff", "pupil", "trust"
    key: str  # code, e-mail or pupil id
    label: str
    fields: list[str] = field(default_factory=list)


@dataclass
class ImportPlan:
    """What an import would do: the preview HR sees and the figures the command prints."""

    created: list[Change] = field(default_factory=list)
    updated: list[Change] = field(default_factory=list)
    deactivated: list[Change] = field(default_factory=list)
    unchanged: int = 0
    apply_steps: list[Callable[[], None]] = field(default_factory=list, repr=False)

    def summary(self) -> dict[str, int]:
        return {
            "created": len(self.created),
            "updated": len(self.updated),
            "deactivated": len(self.deactivated),
            "unchanged": self.unchanged,
        }

    def of_kind(self, kind: str) -> dict[str, list[Change]]:
        return {
            "created": [c for c in self.created if c.kind == kind],
            "updated": [c for c in self.updated if c.kind == kind],
            "deactivated": [c for c in self.deactivated if c.kind == kind],
        }


# Other apps import their part of the organisation folder (networks, devices, schedules, ...)
# by registering a planner: ``(plan, org) -> None`` that appends Changes and apply steps.
OrgPlanner = Callable[[ImportPlan, OrgDirectory], None]
ORG_PLANNERS: list[OrgPlanner] = []


def register_org_planner(planner: OrgPlanner) -> None:
    if planner not in ORG_PLANNERS:
        ORG_PLANNERS.append(planner)


def _diff(obj: object, values: dict) -> list[str]:
    return [name for name, value in values.items() if getattr(obj, name) != value]


def org_import_plan(*, org: OrgDirectory) -> ImportPlan:
    """Compare the directory with the database; nothing is written."""
    plan = ImportPlan()
    _plan_trust(plan, org)
    academies = _plan_academies(plan, org)
    _plan_staff(plan, org, academies)
    if "pupils.csv" in org.present:
        _plan_pupils(plan, org, academies)
    for planner in ORG_PLANNERS:
        planner(plan, org)
    return plan


def _plan_trust(plan: ImportPlan, org: OrgDirectory) -> None:
    values = {
        "name": org.trust.name,
        "aliases": list(org.trust.aliases),
        "email_domains": list(org.trust.email_domains),
        "timezone": org.trust.timezone,
    }
    trust = Trust.objects.first()
    if trust is None:
        plan.created.append(Change("trust", org.trust.name, org.trust.name))
        plan.apply_steps.append(lambda: Trust.objects.create(**values))
        return
    changed = _diff(trust, values)
    if not changed:
        plan.unchanged += 1
        return
    plan.updated.append(Change("trust", org.trust.name, org.trust.name, changed))

    def apply() -> None:
        for name, value in values.items():
            setattr(trust, name, value)
        trust.save()

    plan.apply_steps.append(apply)


def _plan_academies(plan: ImportPlan, org: OrgDirectory) -> dict[str, Academy | None]:
    existing = {a.code: a for a in Academy.objects.all()}
    # Academies created by this import are looked up by code when their step runs.
    resolved: dict[str, Academy | None] = {}
    for row in org.academies:
        values = {"name": row.name, "aliases": list(row.aliases), "is_active": True}
        academy = existing.get(row.code)
        resolved[row.code] = academy
        if academy is None:
            plan.created.append(Change("academy", row.code, row.name))
            plan.apply_steps.append(lambda code=row.code, v=values: Academy.objects.create(code=code, **v))
            continue
        changed = _diff(academy, values)
        if not changed:
            plan.unchanged += 1
            continue
        plan.updated.append(Change("academy", row.code, row.name, changed))
        plan.apply_steps.append(lambda a=academy, v=values: save_fields(a, v))
    return resolved


def save_fields(obj, values: dict) -> None:
    for name, value in values.items():
        setattr(obj, name, value)
    obj.save()


_academy_ids: dict[str, int] = {}


def academy_id_for(code: str | None) -> int | None:
    """Academy id by code, cached for one import run (academies may be created by it)."""
    if code is None:
        return None
    if code not in _academy_ids:
        _academy_ids[code] = Academy.objects.only("id").get(code=code).id
    return _academy_ids[code]


def _plan_staff(plan: ImportPlan, org: OrgDirectory, academies: dict[str, Academy | None]) -> None:
    existing = {u.email: u for u in User.objects.prefetch_related("role_assignments")}
    seen: set[str] = set()
    for row in org.staff:
        seen.add(row.email)
        user = existing.get(row.email)
        academy = academies.get(row.academy_code) if row.academy_code else None
        values = {
            "first_name": row.first_name,
            "last_name": row.last_name,
            "job_title": row.job_title,
            "category": row.category,
            "handles": list(row.handles),
            "is_active": True,
            "left_on": None,
        }
        roles = set(row.roles)
        if user is None:
            plan.created.append(Change("staff", row.email, row.full_name))
            plan.apply_steps.append(lambda r=row, v=values: _create_user(r.email, r.academy_code, v, r.roles))
            continue
        changed = _diff(user, values)
        academy_changed = (academy.id if academy else None) != user.academy_id or (
            row.academy_code is not None and academy is None
        )
        if academy_changed:
            changed.append("academy")
        current_roles = {(r.role, r.academy_id) for r in user.role_assignments.all()}
        if current_roles != {(role, user.academy_id) for role in roles} or academy_changed:
            changed.append("roles")
        if not changed:
            plan.unchanged += 1
            continue
        plan.updated.append(Change("staff", row.email, row.full_name, changed))
        plan.apply_steps.append(lambda u=user, r=row, v=values: _update_user(u, r.academy_code, v, r.roles))
    for email, user in existing.items():
        if email not in seen and user.is_active and not user.is_superuser:
            plan.deactivated.append(Change("staff", email, user.full_name))
            plan.apply_steps.append(lambda u=user: _deactivate_user(u))


def _create_user(email: str, academy_code: str | None, values: dict, roles: tuple[str, ...]) -> None:
    academy_id = academy_id_for(academy_code)
    user = User(email=email, academy_id=academy_id, started_on=timezone.localdate(), **values)
    user.set_unusable_password()
    user.save()
    for role in roles:
        RoleAssignment.objects.create(user=user, role=role, academy_id=academy_id)


def _update_user(user: User, academy_code: str | None, values: dict, roles: tuple[str, ...]) -> None:
    academy_id = academy_id_for(academy_code)
    user.academy_id = academy_id
    save_fields(user, values)
    wanted = {(role, academy_id) for role in roles}
    for assignment in list(user.role_assignments.all()):
        if (assignment.role, assignment.academy_id) not in wanted:
            assignment.delete()
        else:
            wanted.discard((assignment.role, assignment.academy_id))
    for role, place in sorted(wanted, key=lambda item: item[0]):
        RoleAssignment.objects.create(user=user, role=role, academy_id=place)


def _deactivate_user(user: User) -> None:
    """A leaver keeps their records; their sign-in ends and their API tokens stop for good."""
    from socialpolicy.apps.api.models import ApiToken

    user.is_active = False
    user.left_on = timezone.localdate()
    user.save()
    for token in ApiToken.objects.filter(user=user, revoked_at__isnull=True):
        token.revoked_at = timezone.now()
        token.save(update_fields=["revoked_at"])


def _plan_pupils(plan: ImportPlan, org: OrgDirectory, academies: dict[str, Academy | None]) -> None:
    existing = {p.pupil_id: p for p in Pupil.objects.all()}
    consents = {c.pupil_id: c for c in org.consents}
    seen: set[str] = set()
    for row in org.pupils:
        seen.add(row.pupil_id)
        consent = consents.get(row.pupil_id)
        values = {
            "first_name": row.first_name,
            "last_name": row.last_name,
            "preferred_name": row.preferred_name,
            "year_group": row.year_group,
            "handles": list(row.handles),
            "images_online": bool(consent and consent.images_online),
            "consent_recorded_on": consent.recorded_on if consent else None,
            "is_active": True,
        }
        pupil = existing.get(row.pupil_id)
        label = f"{row.known_as} {row.last_name}"
        if pupil is None:
            plan.created.append(Change("pupil", row.pupil_id, label))
            plan.apply_steps.append(
                lambda r=row, v=values: Pupil.objects.create(
                    pupil_id=r.pupil_id, academy_id=academy_id_for(r.academy_code), **v
                )
            )
            continue
        changed = _diff(pupil, values)
        academy = academies.get(row.academy_code)
        if academy is None or academy.id != pupil.academy_id:
            changed.append("academy")
        if not changed:
            plan.unchanged += 1
            continue
        plan.updated.append(Change("pupil", row.pupil_id, label, changed))

        def apply(p: Pupil = pupil, code: str = row.academy_code, v: dict = values) -> None:
            p.academy_id = academy_id_for(code)
            save_fields(p, v)

        plan.apply_steps.append(apply)
    for pupil_id, pupil in existing.items():
        if pupil_id not in seen and pupil.is_active:
            plan.deactivated.append(Change("pupil", pupil_id, str(pupil)))
            plan.apply_steps.append(lambda p=pupil: save_fields(p, {"is_active": False}))


def org_import(*, org: OrgDirectory, actor: User | None, source: str, dry_run: bool = False) -> ImportPlan:
    """Import the directory all-or-nothing; with ``dry_run`` only plan it."""
    _academy_ids.clear()
    with transaction.atomic():
        plan = org_import_plan(org=org)
        if dry_run:
            return plan
        with set_actor(actor):
            for step in plan.apply_steps:
                step()
            OrgImport.objects.create(source=source, started_by=actor, summary=plan.summary())
    return plan


def user_set_password(*, actor: User | None, user: User, password: str) -> None:
    with transaction.atomic(), set_actor(actor):
        user.set_password(password)
        user.save(update_fields=["password"])


def today() -> date:
    return timezone.localdate()
