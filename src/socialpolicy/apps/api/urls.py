"""``/api/v1/``: ninja's views (each answering wrong methods in JSON), then JSON 404 for the rest."""

from django.urls import URLPattern, URLResolver, re_path

from socialpolicy.apps.api.api import api
from socialpolicy.apps.api.errors import json_method_errors, unknown_path


def _with_json_errors(patterns: list[URLPattern | URLResolver]) -> list[URLPattern | URLResolver]:
    for pattern in patterns:
        if isinstance(pattern, URLPattern):
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
