"""Sign-in throttling helpers for django-axes (settings: AXES_*)."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest


def attempted_email(request: HttpRequest, credentials: dict[str, Any] | None) -> str:
    """The e-mail address a sign-in attempt was for, in lower case, so that "Jo@X" and "jo@x"
    count against the same limit (accounts are keyed by e-mail, compared case-insensitively)."""
    value = (credentials or {}).get("username") or request.POST.get("username", "")
    return str(value).strip().lower()
