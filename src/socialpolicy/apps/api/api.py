"""The JSON API, version 1, mounted at ``/api/v1/`` (OpenAPI document at ``/api/v1/openapi.json``)."""

from __future__ import annotations

from ninja import NinjaAPI

from socialpolicy.apps.api import check_api, people_api
from socialpolicy.apps.api.auth import api_auth
from socialpolicy.apps.api.errors import install_handlers

DESCRIPTION = """\
The staff social media policy's API. Sign in with the web app's session (send the CSRF token on
POST), or make a personal API token on the *API tokens* page and send it as
`Authorization: Bearer sp_...`. Every answer is scoped to what you may see; a record you may not
see is a 404, as if it did not exist. Errors are JSON: `{"error": "<code>", "detail": ...}`.
"""

api = NinjaAPI(
    title="socialpolicy API",
    version="1",
    description=DESCRIPTION,
    urls_namespace="api-v1",
    auth=api_auth,
    docs_url="/docs",
)
install_handlers(api)
api.add_router("", people_api.router)
api.add_router("", check_api.router)
