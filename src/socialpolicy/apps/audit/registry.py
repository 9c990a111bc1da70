"""How each model is audited: which fields are left out and which are masked."""

from __future__ import annotations

from typing import Any

from django.db import models
from encrypted_fields.fields import EncryptedFieldMixin

ALWAYS_EXCLUDED = {"last_login"}
ALWAYS_MASKED = {"password"}
REDACTED = "[redacted]"


def redact(_value: str) -> str:
    """Mask callable for django-auditlog: never keep any part of a secret value."""
    return REDACTED


def audit_options(model: type[models.Model]) -> dict[str, Any]:
    names = {f.name for f in model._meta.concrete_fields}
    masked = {f.name for f in model._meta.concrete_fields if isinstance(f, EncryptedFieldMixin)}
    masked |= ALWAYS_MASKED & names
    masked |= set(getattr(model, "audit_masked", ()))
    excluded = (ALWAYS_EXCLUDED & names) | set(getattr(model, "audit_excluded", ()))
    return {
        "exclude_fields": sorted(excluded),
        "mask_fields": sorted(masked),
        "mask_callable": "socialpolicy.apps.audit.registry.redact",
    }
