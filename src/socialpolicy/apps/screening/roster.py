"""The screening engine's roster, built from the database instead of an org folder.

Building the roster's name automaton costs far more than reading a few numbers, so the roster is
kept in memory and rebuilt only when people data changed. The cache key is a *fingerprint* read
from the database on every check: row counts and highest ids of the trust, academies, active
staff, roles and active pupils, plus the newest audit-log entry about any of them. Every save or
delete of those models writes an audit entry (django-auditlog, in the same transaction), so an
edit made by any process, such as a consent changed on the pupils page or an import, changes the
fingerprint; counts and ids catch rows created without one. Within one process a signal also
bumps a local version on every save or delete, so a change is seen at once even where ids are
reused (SQLite after a rolled-back transaction). The fingerprint costs a few small aggregate
queries, and no process screens against stale names
(docs/decisions/0501-api-screening-roster-and-no-storage.md).
"""

from __future__ import annotations

import threading
from typing import Any

from auditlog.models import LogEntry
from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, Max, Q

from socialpolicy.apps.people.models import Academy, Pupil, RoleAssignment, Trust, User
from socialpolicy.engines.screening import Analyzer, Roster, RosterPupil, RosterStaff, roster_from_values

_lock = threading.Lock()
_cached: dict[str, Any] = {"key": None, "analyzer": None}
_local_version = [0]
ROSTER_MODELS = (Trust, Academy, User, RoleAssignment, Pupil)


def bump_roster_version(**_: Any) -> None:
    """Signal receiver (post_save, post_delete of the roster's models; see apps.py)."""
    _local_version[0] += 1


def _counted(model, condition: Q | None = None) -> tuple[int, int]:
    queryset = model.objects.all() if condition is None else model.objects.filter(condition)
    row = queryset.aggregate(n=Count("pk"), top=Max("pk"))
    return row["n"], row["top"] or 0


def roster_fingerprint() -> tuple:
    """Changes whenever anything the roster is built from changes."""
    types = list(ContentType.objects.get_for_models(*ROSTER_MODELS).values())
    # Walking the primary key backwards stops at the first match: cheap however long the log grows.
    newest = LogEntry.objects.filter(content_type__in=types).order_by("-pk").values_list("pk", flat=True)
    newest_entry = newest.first() or 0
    return (
        _local_version[0],
        newest_entry,
        _counted(Trust),
        _counted(Academy, Q(is_active=True)),
        _counted(User, Q(is_active=True)),
        _counted(RoleAssignment),
        _counted(Pupil, Q(is_active=True)),
    )


def roster_from_db() -> Roster:
    """The roster as it stands in the database now (active staff and pupils only)."""
    trust = Trust.objects.first()
    academies = list(Academy.objects.filter(is_active=True).order_by("pk"))
    roles: dict[int, list[str]] = {}
    for user_id, role in RoleAssignment.objects.order_by("pk").values_list("user_id", "role"):
        if role not in roles.setdefault(user_id, []):
            roles[user_id].append(role)
    staff = [
        RosterStaff(
            email=u.email.lower(),
            first_name=u.first_name,
            last_name=u.last_name,
            academy_code=u.academy.code if u.academy_id else None,
            job_title=u.job_title,
            roles=tuple(roles.get(u.pk) or ("staff",)),
            handles=tuple(u.handles or ()),
        )
        for u in User.objects.filter(is_active=True).select_related("academy").order_by("pk")
    ]
    pupils = [
        RosterPupil(
            pupil_id=p.pupil_id,
            first_name=p.first_name,
            last_name=p.last_name,
            preferred_name=p.preferred_name,
            academy_code=p.academy.code,
            year_group=p.year_group,
            handles=tuple(p.handles or ()),
            images_online=p.images_online,
        )
        for p in Pupil.objects.filter(is_active=True).select_related("academy").order_by("pk")
    ]
    return roster_from_values(
        trust_name=trust.name if trust else "",
        trust_aliases=tuple(trust.aliases or ()) if trust else (),
        academies=[(a.code, a.name, tuple(a.aliases or ())) for a in academies],
        staff=staff,
        pupils=pupils,
        email_domains=tuple(trust.email_domains or ()) if trust else (),
    )


def current_analyzer() -> Analyzer:
    """The analyzer over the current roster, rebuilt only when the fingerprint moved."""
    key = roster_fingerprint()
    with _lock:
        if _cached["key"] == key and _cached["analyzer"] is not None:
            return _cached["analyzer"]
    analyzer = Analyzer(roster_from_db())
    with _lock:
        _cached["key"], _cached["analyzer"] = key, analyzer
    return analyzer


def forget_roster() -> None:
    """Drop the cached roster (tests; a database reset behind our back)."""
    with _lock:
        _cached["key"], _cached["analyzer"] = None, None
