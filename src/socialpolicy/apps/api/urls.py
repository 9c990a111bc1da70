"""``/api/v1/``: ninja's views (each answering wrong methods in JSON), then JSON 404 for the rest."""

from django.http import HttpRequest, JsonResponse
from django.urls import URLPattern, URLResolver, re_path, reverse

from socialpolicy.apps.api.api import api
from socialpolicy.apps.api.errors import json_error, json_method_errors, unknown_path


def index(request: HttpRequest) -> JsonResponse:
    """``GET /api/v1/``: where the description of the API is (no authentication needed)."""
    if request.method not in ("GET", "HEAD"):
        return json_error(405, "Use GET here.", Allow="GET, HEAD")
    return JsonResponse(
        {
            "name": api.title,
            "version": api.version,
            "openapi": reverse("api-v1:openapi-json"),
            "docs": reverse("api-v1:openapi-view"),
        }
    )


index.csrf_exempt = True  # type: ignore[attr-defined]


def _with_json_errors(patterns: list[URLPattern | URLResolver]) -> list[URLPattern | URLResolver]:
    for pattern in patterns:
        if isinstance(pattern, URLPattern) and pattern.name == "api-root":
            pattern.callback = index  # ninja's own root view only raises a 404 naming the docs
        elif isinstance(pattern, URLPattern):
            wrapped = json_method_errors(pattern.callback)
            wrapped.csrf_exempt = True  # ninja checks CSRF itself, for session-authenticated calls
            pattern.callback = wrapped
        else:
            _with_json_errors(pattern.url_patterns)
    return patterns


_patterns, _app_name, _namespace = api.urls
app_name = _namespace  # "api-v1": ninja reverses its own views under this namespace
urlpatterns = [
    *_with_json_errors(_patterns),
    re_path(r"^.*$", unknown_path, name="unknown"),
]
