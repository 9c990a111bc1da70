"""The org folder's monitoring files in the database, and back out as an engine OrgDirectory.

``plan_monitoring`` is an org-import planner (``people.services.register_org_planner``): it syncs
networks.csv, devices.csv, schedule.toml, noncontact.csv and sites.csv, each only when the folder
holds that file, so a folder without devices.csv leaves the imported devices alone. Rows missing
from a present file are deleted (reported as "deactivated"). ``org_from_db`` and
``catalogue_from_db`` rebuild the directory and the site catalogue the engine scans with, so an
ingest uses exactly what was imported (and the sites ICT added).

sites.csv is not read by the org folder reader (it belongs to the monitoring catalogue), so it
is read here, while planning: a bad row raises ``OrgDirError`` naming the file, the line and the
reason, as a bad row of the other files does, and the whole import is rejected.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from django.core.exceptions import ValidationError

from socialpolicy.apps.monitoring.models import (
    Device,
    Network,
    NonContactPeriod,
    TrustSite,
    WorkSchedule,
    builtin_site,
    check_not_builtin_domain,
    normalised_domain,
    normalised_site_id,
)
from socialpolicy.apps.people.models import Academy, RoleAssignment, Trust, User
from socialpolicy.apps.people.services import Change, ImportPlan, academy_id_for
from socialpolicy.engines.monitoring import Catalogue
from socialpolicy.engines.monitoring.catalogue import load_builtin
from socialpolicy.engines.orgdir import WEEKDAYS, OrgDirectory, OrgDirError, Schedule, TimeRange
from socialpolicy.engines.orgdir import Academy as OrgAcademy
from socialpolicy.engines.orgdir import Device as OrgDevice
from socialpolicy.engines.orgdir import Network as OrgNetwork
from socialpolicy.engines.orgdir import NonContact as OrgNonContact
from socialpolicy.engines.orgdir import StaffMember as OrgStaffMember
from socialpolicy.engines.orgdir import Trust as OrgTrust
from socialpolicy.engines.orgdir.reader import _rows as csv_rows
from socialpolicy.engines.orgdir.reader import parse_range

DEFAULT_SCHEDULE_KEY = "default"
SITES_FILE = "sites.csv"
SITE_NAME_MAX_LENGTH = TrustSite._meta.get_field("name").max_length


def _hhmm(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def _user_id(email: str) -> int:
    return User.objects.only("id").get(email=email).id


# --- import: the planner ---------------------------------------------------------------------


def plan_monitoring(plan: ImportPlan, org: OrgDirectory) -> None:
    if "networks.csv" in org.present:
        _plan_networks(plan, org)
    if "devices.csv" in org.present:
        _plan_devices(plan, org)
    if "schedule.toml" in org.present:
        _plan_schedules(plan, org)
    if "noncontact.csv" in org.present:
        _plan_noncontact(plan, org)
    if SITES_FILE in org.present and org.folder is not None:
        _plan_sites(plan, read_sites_csv(org.folder / SITES_FILE))


def _plan_keyed(
    plan: ImportPlan,
    kind: str,
    wanted: dict[str, dict],
    existing: dict[str, dict],
    create: Callable[[str, dict], None],
    update: Callable[[str, dict], None],
    delete: Callable[[str], None],
) -> None:
    """Created / updated / unchanged / deleted by key; ``wanted`` and ``existing`` are comparable."""
    for key, values in wanted.items():
        current = existing.get(key)
        if current is None:
            plan.created.append(Change(kind, key, key))
            plan.apply_steps.append(lambda k=key, v=values: create(k, v))
        elif current != values:
            changed = [name for name in values if current.get(name) != values[name]]
            plan.updated.append(Change(kind, key, key, changed))
            plan.apply_steps.append(lambda k=key, v=values: update(k, v))
        else:
            plan.unchanged += 1
    for key in existing:
        if key not in wanted:
            plan.deactivated.append(Change(kind, key, key))
            plan.apply_steps.append(lambda k=key: delete(k))


def _plan_networks(plan: ImportPlan, org: OrgDirectory) -> None:
    wanted = {str(n.cidr): {"ownership": n.ownership, "academy_code": n.academy_code} for n in org.networks}
    existing = {
        n.cidr: {"ownership": n.ownership, "academy_code": n.academy.code if n.academy else None}
        for n in Network.objects.select_related("academy")
    }

    def fields(values: dict) -> dict:
        return {"ownership": values["ownership"], "academy_id": academy_id_for(values["academy_code"])}

    _plan_keyed(
        plan,
        "network",
        wanted,
        existing,
        create=lambda key, v: Network.objects.create(cidr=key, **fields(v)),
        update=lambda key, v: _save(Network.objects.get(cidr=key), fields(v)),
        delete=lambda key: Network.objects.get(cidr=key).delete(),
    )


def _plan_devices(plan: ImportPlan, org: OrgDirectory) -> None:
    wanted = {str(d.ip): {"owner": d.owner_email.lower()} for d in org.devices}
    existing = {d.ip: {"owner": d.owner.email} for d in Device.objects.select_related("owner")}
    _plan_keyed(
        plan,
        "device",
        wanted,
        existing,
        create=lambda key, v: Device.objects.create(ip=key, owner_id=_user_id(v["owner"])),
        update=lambda key, v: _save(Device.objects.get(ip=key), {"owner_id": _user_id(v["owner"])}),
        delete=lambda key: Device.objects.get(ip=key).delete(),
    )


def _schedule_values(schedule: Schedule) -> dict:
    return {
        "workdays": [day for day in WEEKDAYS if day in schedule.workdays],
        "work_hours": str(schedule.work_hours),
        "breaks": [str(b) for b in schedule.breaks],
    }


def _plan_schedules(plan: ImportPlan, org: OrgDirectory) -> None:
    wanted = {DEFAULT_SCHEDULE_KEY: _schedule_values(org.default_schedule)}
    wanted.update({code: _schedule_values(s) for code, s in sorted(org.academy_schedules.items())})
    existing = {
        s.key: {"workdays": s.workdays, "work_hours": s.work_hours, "breaks": s.breaks}
        for s in WorkSchedule.objects.all()
    }

    def create(key: str, values: dict) -> None:
        academy_id = None if key == DEFAULT_SCHEDULE_KEY else academy_id_for(key)
        WorkSchedule.objects.create(key=key, academy_id=academy_id, **values)

    _plan_keyed(
        plan,
        "schedule",
        wanted,
        existing,
        create=create,
        update=lambda key, v: _save(WorkSchedule.objects.get(key=key), v),
        delete=lambda key: WorkSchedule.objects.get(key=key).delete(),
    )


def _noncontact_key(email: str, day: str, start: str, end: str) -> str:
    return f"{email} {day} {start}-{end}"


def _plan_noncontact(plan: ImportPlan, org: OrgDirectory) -> None:
    wanted: dict[str, dict] = {}
    for period in org.noncontact:
        values = {
            "email": period.email.lower(),
            "day": period.day,
            "start": _hhmm(period.period.start),
            "end": _hhmm(period.period.end),
        }
        wanted[_noncontact_key(**values)] = values
    existing: dict[str, dict] = {}
    rows: dict[str, int] = {}
    for row in NonContactPeriod.objects.select_related("user"):
        values = {"email": row.user.email, "day": row.day, "start": row.start, "end": row.end}
        key = _noncontact_key(**values)
        existing[key] = values
        rows[key] = row.pk

    def create(key: str, values: dict) -> None:
        NonContactPeriod.objects.create(
            user_id=_user_id(values["email"]), day=values["day"], start=values["start"], end=values["end"]
        )

    _plan_keyed(
        plan,
        "noncontact",
        wanted,
        existing,
        create=create,
        update=lambda key, v: None,  # the key is the whole row: a changed period is a new one
        delete=lambda key: NonContactPeriod.objects.filter(pk=rows[key]).delete(),
    )


@dataclass(frozen=True)
class SiteRow:
    line: int
    site_id: str
    domain: str
    name: str  # empty: keep the name the site has, or its id


def read_sites_csv(path: Path) -> list[SiteRow]:
    """``site,domain`` rows (an optional ``name`` column names the site), checked as ICT's page
    checks a site: the engine's id and domain rules, and no built-in domain for another site.

    A row may give a built-in site another domain; its name is the built-in one, whatever the
    file says. A built-in domain listed for its own site is skipped (the engine takes it as a
    no-op, so the folder imports as it scans); for another site it is refused. A domain listed
    twice for the same site counts once; for two sites, or one site given two names, the later
    line is refused.
    """
    name = path.name
    rows: list[SiteRow] = []
    line_of_domain: dict[str, SiteRow] = {}
    named: dict[str, SiteRow] = {}
    for line, row in csv_rows(path, ("site", "domain")):
        for column in ("site", "domain"):
            if not row.get(column):
                raise OrgDirError(name, line, f"missing required field '{column}'")
        try:
            site_id, domain = normalised_site_id(row["site"]), normalised_domain(row["domain"])
            check_not_builtin_domain(site_id, domain)
        except ValidationError as exc:
            if exc.code == "builtin_duplicate":
                continue
            raise OrgDirError(name, line, " ".join(exc.messages)) from None
        builtin = builtin_site(site_id)
        site_name = builtin.name if builtin is not None else " ".join(row.get("name", "").split())
        if len(site_name) > SITE_NAME_MAX_LENGTH:
            raise OrgDirError(name, line, f"a site's name has at most {SITE_NAME_MAX_LENGTH} characters")
        earlier = line_of_domain.get(domain)
        if earlier is not None and earlier.site_id != site_id:
            raise OrgDirError(
                name, line, f"{domain} is already listed for {earlier.site_id} on line {earlier.line}"
            )
        first_named = named.get(site_id)
        if site_name and first_named is not None and first_named.name != site_name:
            raise OrgDirError(
                name, line, f"{site_id} is called {first_named.name!r} on line {first_named.line}"
            )
        current = SiteRow(line, site_id, domain, site_name)
        if site_name and first_named is None:
            named[site_id] = current
        if earlier is None:
            line_of_domain[domain] = current
            rows.append(current)
    return [replace(row, name=named[row.site_id].name) if row.site_id in named else row for row in rows]


def _plan_sites(plan: ImportPlan, rows: list[SiteRow]) -> None:
    """The file is the list: its domains are created or moved, the others removed.

    A site named nowhere in the file keeps the name it has in the app (or is named by its id).
    """
    existing_names = dict(TrustSite.objects.values_list("site_id", "name"))
    wanted = {
        row.domain: {
            "site_id": row.site_id,
            "name": row.name or existing_names.get(row.site_id) or row.site_id,
        }
        for row in rows
    }
    existing = {t.domain: {"site_id": t.site_id, "name": t.name} for t in TrustSite.objects.all()}
    _plan_keyed(
        plan,
        "site",
        wanted,
        existing,
        create=lambda key, v: TrustSite.objects.create(domain=key, **v),
        update=lambda key, v: _save(TrustSite.objects.get(domain=key), v),
        delete=lambda key: TrustSite.objects.get(domain=key).delete(),
    )


def _save(obj, values: dict) -> None:
    for name, value in values.items():
        setattr(obj, name, value)
    obj.save()


# --- the engine's view of the database -------------------------------------------------------


def _schedule_from_row(row: WorkSchedule) -> Schedule:
    return Schedule(
        workdays=frozenset(row.workdays),
        work_hours=parse_range(row.work_hours),
        breaks=tuple(parse_range(b) for b in row.breaks),
    )


def org_from_db() -> OrgDirectory:
    """The organisation directory as imported: what ``monitor scan --org`` would read from the folder.

    Staff who have left are included so that older logs are still attributed to them.
    """
    trust_row = Trust.objects.first()
    trust = (
        OrgTrust(
            name=trust_row.name,
            aliases=tuple(trust_row.aliases),
            email_domains=tuple(trust_row.email_domains),
            timezone=trust_row.timezone or "Europe/London",
        )
        if trust_row
        else OrgTrust(name="")
    )
    academies = tuple(OrgAcademy(a.code, a.name, tuple(a.aliases)) for a in Academy.objects.all())
    roles: dict[int, list[str]] = {}
    for user_id, role in RoleAssignment.objects.values_list("user_id", "role"):
        roles.setdefault(user_id, []).append(role)
    staff = tuple(
        OrgStaffMember(
            email=u.email.lower(),
            first_name=u.first_name,
            last_name=u.last_name,
            academy_code=u.academy.code if u.academy else None,
            job_title=u.job_title,
            roles=tuple(roles.get(u.pk, ["staff"])),
        )
        for u in User.objects.select_related("academy")
    )
    networks = tuple(
        OrgNetwork(
            ipaddress.ip_network(n.cidr, strict=False), n.ownership, n.academy.code if n.academy else None
        )
        for n in Network.objects.select_related("academy")
    )
    devices = tuple(
        OrgDevice(ipaddress.ip_address(d.ip), d.owner.email.lower())
        for d in Device.objects.select_related("owner")
    )
    default_schedule = Schedule()
    academy_schedules: dict[str, Schedule] = {}
    for row in WorkSchedule.objects.all():
        if row.key == DEFAULT_SCHEDULE_KEY:
            default_schedule = _schedule_from_row(row)
        else:
            academy_schedules[row.key] = _schedule_from_row(row)
    noncontact = tuple(
        OrgNonContact(p.user.email.lower(), p.day, TimeRange(*_minutes(p.start, p.end)))
        for p in NonContactPeriod.objects.select_related("user")
    )
    return OrgDirectory(
        trust=trust,
        academies=academies,
        staff=staff,
        networks=networks,
        devices=devices,
        default_schedule=default_schedule,
        academy_schedules=academy_schedules,
        noncontact=noncontact,
    )


def catalogue_from_db() -> Catalogue:
    """The built-in catalogue and the domains the trust added: what ``monitor scan`` would use with
    the folder's sites.csv. Read afresh each time (the built-in one is never extended in place).

    A domain added to a built-in site joins it: ``Catalogue.add`` keeps that site's name and
    clause, so findings carry the built-in id. A row whose domain has since become a built-in one
    (a later version of the software lists it) is left out: the built-in catalogue says where a
    built-in domain belongs.
    """
    catalogue = load_builtin()
    builtin_domains = set(catalogue.site_by_domain)
    for row in TrustSite.objects.all():
        if row.domain not in builtin_domains:
            catalogue.add(row.site_id, row.domain, name=row.name)
    return catalogue


def _minutes(start: str, end: str) -> tuple[int, int]:
    period = parse_range(f"{start}-{end}")
    return period.start, period.end
