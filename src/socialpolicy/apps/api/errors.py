"""Every error the API gives is JSON: ``{"error": "<code>", "detail": <sentence or list>}``.

Bad input is always a 4xx: unparseable JSON is 400, a body or parameter of the wrong shape 422,
an over-large body 413, a wrong method 405 and an unknown path 404. A 500 is kept for our own bugs
and never shows a traceback.
"""

from __future__ import annotations

import logging
from functools import wraps
from typing import Any

from django.core.exceptions import PermissionDenied, RequestDataTooBig, SuspiciousOperation
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from ninja import NinjaAPI
from ninja.errors import AuthenticationError, AuthorizationError, HttpError, ValidationError

logger = logging.getLogger(__name__)

CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    413: "too_large",
    422: "invalid",
    429: "too_many_requests",
    500: "server_error",
}


def error_body(status: int, detail: Any) -> dict[str, Any]:
    return {"error": CODES.get(status, "error"), "detail": detail}


def json_error(status: int, detail: Any, **headers: str) -> JsonResponse:
    response = JsonResponse(error_body(status, detail), status=status)
    for name, value in headers.items():
        response[name] = value
    return response


def _validation_detail(errors: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Pydantic's errors without its documentation links, each with where, what and why."""
    return [
        {"loc": list(e.get("loc", ())), "msg": e.get("msg", ""), "type": e.get("type", "")} for e in errors
    ]


def install_handlers(api: NinjaAPI) -> None:
    def http_error(request: HttpRequest, exc: HttpError) -> HttpResponse:
        status = exc.status_code
        detail = str(exc)
        if status == 400 and detail.startswith("Cannot parse request body"):
            detail = "The request body is not valid JSON."
        elif isinstance(exc, AuthenticationError) and detail == "Unauthorized":  # no credentials at all
            detail = "Sign in, or send a personal API token as 'Authorization: Bearer <token>'."
        response = api.create_response(request, error_body(status, detail), status=status)
        if isinstance(exc, AuthenticationError):
            response["WWW-Authenticate"] = 'Bearer realm="api"'
        return response

    def validation_error(request: HttpRequest, exc: ValidationError) -> HttpResponse:
        return api.create_response(request, error_body(422, _validation_detail(exc.errors)), status=422)

    def not_found(request: HttpRequest, exc: Exception) -> HttpResponse:
        return api.create_response(request, error_body(404, "No such record."), status=404)

    def forbidden(request: HttpRequest, exc: Exception) -> HttpResponse:
        return api.create_response(request, error_body(403, "You may not do this."), status=403)

    def too_large(request: HttpRequest, exc: Exception) -> HttpResponse:
        return api.create_response(request, error_body(413, "The request body is too large."), status=413)

    def suspicious(request: HttpRequest, exc: Exception) -> HttpResponse:
        return api.create_response(request, error_body(400, "The request was not understood."), status=400)

    def unexpected(request: HttpRequest, exc: Exception) -> HttpResponse:
        # Our bug, not the caller's: log it (never the request body) and answer in JSON.
        logger.error("API error on %s %s", request.method, request.path, exc_info=exc)
        return api.create_response(request, error_body(500, "Something went wrong on our side."), status=500)

    api.add_exception_handler(HttpError, http_error)
    api.add_exception_handler(AuthenticationError, http_error)
    api.add_exception_handler(AuthorizationError, http_error)
    api.add_exception_handler(ValidationError, validation_error)
    api.add_exception_handler(Http404, not_found)
    api.add_exception_handler(PermissionDenied, forbidden)
    api.add_exception_handler(RequestDataTooBig, too_large)
    api.add_exception_handler(SuspiciousOperation, suspicious)
    api.add_exception_handler(Exception, unexpected)


def json_method_errors(view):
    """Turn ninja's plain-text 405 (wrong method on a known path), and a 404 raised outside its
    handlers, into our JSON errors."""

    @wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        try:
            response = view(request, *args, **kwargs)
        except Http404:  # raised outside ninja's handlers (its root view does this)
            return unknown_path(request)
        if response.status_code == 405 and not response.get("Content-Type", "").startswith(
            "application/json"
        ):
            allowed = response.get("Allow", "")
            methods = sorted(m.strip() for m in allowed.split(",") if m.strip())
            return json_error(405, f"Use {' or '.join(methods) or 'another method'} here.", Allow=allowed)
        return response

    return wrapper


def unknown_path(request: HttpRequest, *args: Any, **kwargs: Any) -> JsonResponse:
    return json_error(404, f"There is no API endpoint at {request.path}.")


unknown_path.csrf_exempt = True  # type: ignore[attr-defined]  # a 404 for every method, POST too
