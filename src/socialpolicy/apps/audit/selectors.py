"""Reads for the audit-log browser: entries scoped to the person, with their changes made readable."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from auditlog.models import LogEntry
from auditlog.registry import auditlog
from django.contrib.contenttypes.models import ContentType
from django.db.models import Q, QuerySet

from socialpolicy.apps.core.access import RECORD_TYPES, may, scope_queryset
from socialpolicy.apps.people.models import User

ACTIONS = {
    "create": LogEntry.Action.CREATE,
    "update": LogEntry.Action.UPDATE,
    "delete": LogEntry.Action.DELETE,
}
ACTION_LABELS = {
    LogEntry.Action.CREATE: "Created",
    LogEntry.Action.UPDATE: "Changed",
    LogEntry.Action.DELETE: "Deleted",
    LogEntry.Action.ACCESS: "Viewed",
}


def may_browse_audit(user: User) -> bool:
    return may(user, LogEntry, "view")


def record_type_label(content_type: ContentType) -> str:
    key = f"{content_type.app_label}.{content_type.model}"
    if key in RECORD_TYPES:
        return RECORD_TYPES[key].label
    model = content_type.model_class()
    return str(model._meta.verbose_name).capitalize() if model else key


def audited_record_types() -> list[tuple[int, str]]:
    """(content type id, label) of every audited model, by label."""
    types = ContentType.objects.get_for_models(*auditlog.get_models()).values()
    return sorted(((ct.pk, record_type_label(ct)) for ct in types), key=lambda item: item[1].lower())


def audit_actors(*, user: User) -> QuerySet[User]:
    """People who appear as the actor of an entry the person may see."""
    actor_ids = scope_queryset(user, LogEntry.objects.all()).exclude(actor__isnull=True).values("actor_id")
    return User.objects.filter(pk__in=actor_ids).order_by("last_name", "first_name")


def audit_entries(
    *,
    user: User,
    content_type_id: int | None = None,
    object_id: str = "",
    actor_id: int | None = None,
    action: str = "",
    since: date | None = None,
    until: date | None = None,
    q: str = "",
) -> QuerySet[LogEntry]:
    entries = scope_queryset(user, LogEntry.objects.all())
    if content_type_id:
        entries = entries.filter(content_type_id=content_type_id)
    if object_id:
        entries = entries.filter(object_pk=object_id)
    if actor_id:
        entries = entries.filter(actor_id=actor_id)
    if action in ACTIONS:
        entries = entries.filter(action=ACTIONS[action])
    if since:
        entries = entries.filter(timestamp__date__gte=since)
    if until:
        entries = entries.filter(timestamp__date__lte=until)
    for word in q.split():
        entries = entries.filter(
            Q(object_repr__icontains=word)
            | Q(changes_text__icontains=word)
            | Q(changes__icontains=word)
            | Q(actor_email__icontains=word)
        )
    return entries.select_related("actor", "content_type").order_by("-timestamp", "-pk")


@dataclass(frozen=True)
class FieldChange:
    field: str
    old: str
    new: str


def _shown(value) -> str:
    if value in (None, "None", ""):
        return "—"
    return str(value)


def entry_changes(entry: LogEntry) -> list[FieldChange]:
    """The fields an entry changed, old → new, with readable names. Masked values stay masked."""
    try:
        changes = entry.changes_display_dict
    except Exception:  # the model is gone or a value no longer parses: fall back to the raw record
        changes = entry.changes_dict
    rows = []
    for name, values in changes.items():
        if str(name).lower() == "id":  # the record's own number says nothing to a reader
            continue
        if isinstance(values, dict):  # many-to-many: {"type": "m2m", "operation": ..., "objects": [...]}
            objects = ", ".join(str(o) for o in values.get("objects", []))
            rows.append(FieldChange(str(name), "", f"{values.get('operation', 'changed')}: {objects}"))
            continue
        old, new = (list(values) + [None, None])[:2]
        rows.append(FieldChange(str(name).capitalize(), _shown(old), _shown(new)))
    return rows
