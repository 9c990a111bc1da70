"""How a request to ``/api/v1/`` says who it is: a personal token, or the browser's session.

- ``Authorization: Bearer sp_...``: a personal API token (see ``tokens.py``). When the header is
  present it decides alone: a malformed, unknown or revoked token, or a deactivated person, is a
  401 even if the request also carries a session cookie, so a script never silently runs as
  whoever is signed in to the browser.
- Otherwise the Django session. Unsafe methods (POST, ...) must pass Django's CSRF check, exactly
  as a form on a page would; a missing session is a 401, a failed CSRF check a 403.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.http import HttpRequest
from ninja.errors import AuthenticationError, HttpError
from ninja.security import APIKeyCookie
from ninja.security.http import HttpBearer
from ninja.utils import check_csrf

from socialpolicy.apps.api.tokens import token_user
from socialpolicy.apps.core.access import roles_of


class PersonalTokenAuth(HttpBearer):
    openapi_description = (
        "A personal API token, made on the 'API tokens' page: `Authorization: Bearer sp_...`."
    )

    def __call__(self, request: HttpRequest) -> Any | None:
        value = request.headers.get(self.header)
        if value is None:
            return None  # no token: let the session have a go
        scheme, _, raw = value.strip().partition(" ")
        if scheme.lower() != "bearer" or not raw.strip():
            raise AuthenticationError(message="The Authorization header must be 'Bearer <token>'.")
        return self.authenticate(request, raw.strip())

    def authenticate(self, request: HttpRequest, token: str) -> Any | None:
        user = token_user(token)
        if user is None:
            raise AuthenticationError(
                message="This API token is not valid (unknown, revoked, or its owner has left)."
            )
        request.user = user  # so code that reads request.user sees the token's owner
        request.auth_via_token = True  # type: ignore[attr-defined]  # the token is the whole credential
        return user


class SessionAuth(APIKeyCookie):
    """The browser's Django session; CSRF is enforced for unsafe methods."""

    param_name = settings.SESSION_COOKIE_NAME
    openapi_description = "The web app's session cookie. POST requests need the CSRF token (X-CSRFToken)."

    def _get_key(self, request: HttpRequest) -> str | None:
        return request.COOKIES.get(self.param_name)

    def authenticate(self, request: HttpRequest, key: str | None) -> Any | None:
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated or not roles_of(user):
            return None
        if check_csrf(request) is not None:
            raise HttpError(403, "CSRF check failed: send the csrftoken cookie's value in X-CSRFToken.")
        return user


api_auth = [PersonalTokenAuth(), SessionAuth()]
