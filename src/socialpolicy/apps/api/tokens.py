"""Personal API tokens: make one (shown once), revoke one, and recognise one on a request.

A token looks like ``sp_`` followed by 43 URL-safe characters (256 random bits). Only its SHA-256
hash is stored, so a copy of the database cannot be used to call the API. Lookup is by the hash,
which is indexed and unique; comparing hashes rather than tokens also keeps timing from leaking
anything useful.
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import timedelta
from typing import Any

from auditlog.context import set_actor
from django.db import transaction
from django.db.models import QuerySet
from django.http import Http404
from django.utils import timezone

from socialpolicy.apps.api.models import ApiToken
from socialpolicy.apps.core.access import get_for_user, roles_of, scope_queryset

TOKEN_PREFIX = "sp_"
VISIBLE_CHARS = 10  # "sp_" + 7 characters: enough to tell tokens apart, far too few to guess
MAX_TOKEN_LENGTH = 200  # anything longer is not one of ours; do not even hash it
# Recording every use would write on every request; once a minute is plenty to answer "in use?".
LAST_USED_RESOLUTION = timedelta(minutes=1)


def hash_token(raw: str) -> str:
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()


# --- selectors ------------------------------------------------------------------------------


def token_list(*, user: Any) -> QuerySet[ApiToken]:
    """The person's own tokens, newest first."""
    return scope_queryset(user, ApiToken.objects.filter(user_id=user.pk))


def token_get(*, user: Any, pk: int) -> ApiToken:
    if not 0 < pk < 2**63:
        raise Http404("No such token")  # a number the database cannot hold is simply not a token
    return get_for_user(user, ApiToken.objects.filter(user_id=user.pk), pk=pk)


def token_user(raw: str) -> Any | None:
    """The active person a presented token belongs to, or None (unknown, revoked or deactivated)."""
    if not raw or len(raw) > MAX_TOKEN_LENGTH or not raw.startswith(TOKEN_PREFIX):
        return None
    token = (
        ApiToken.objects.select_related("user")
        .filter(token_hash=hash_token(raw), revoked_at__isnull=True)
        .first()
    )
    if token is None or not token.user.is_active or not roles_of(token.user):
        return None
    now = timezone.now()
    if token.last_used_at is None or now - token.last_used_at >= LAST_USED_RESOLUTION:
        # A plain UPDATE: a use is not a change of the record, so it is not an audit entry.
        ApiToken.objects.filter(pk=token.pk).update(last_used_at=now)
    return token.user


# --- services -------------------------------------------------------------------------------


def token_create(*, actor: Any, name: str) -> tuple[ApiToken, str]:
    """Make a token for the person; returns the record and the token, which is never shown again."""
    raw = TOKEN_PREFIX + secrets.token_urlsafe(32)
    with transaction.atomic(), set_actor(actor):
        token = ApiToken.objects.create(
            user=actor, name=name.strip(), token_hash=hash_token(raw), prefix=raw[:VISIBLE_CHARS]
        )
    return token, raw


def token_revoke(*, actor: Any, token: ApiToken) -> ApiToken:
    """Stop the token working from now on (kept, so the person can see when it was revoked)."""
    with transaction.atomic(), set_actor(actor):
        token = ApiToken.objects.select_for_update().get(pk=token.pk)
        if token.revoked_at is None:
            token.revoked_at = timezone.now()
            token.save(update_fields=["revoked_at"])
    return token
