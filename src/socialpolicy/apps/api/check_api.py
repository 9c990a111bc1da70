"""``POST /api/v1/check``: the "check before you post" screener for scripts and other tools."""

from __future__ import annotations

from django.http import HttpRequest, JsonResponse
from ninja import Router

from socialpolicy.apps.api.schemas import CheckIn, CheckOut, ErrorOut
from socialpolicy.apps.screening.services import check_draft, check_result_json

router = Router(tags=["screening"])


@router.post(
    "/check",
    response={200: CheckOut, 400: ErrorOut, 401: ErrorOut, 403: ErrorOut, 413: ErrorOut, 422: ErrorOut},
    summary="Check a draft before you post it",
)
def check(request: HttpRequest, draft: CheckIn):
    """Takes one draft as one line of `socialpolicy check --jsonl` and answers as
    `socialpolicy check --format json` does (with `id` when you sent one). `author` defaults to you.

    The draft is checked in memory and never stored or logged.
    """
    author = draft.author if draft.author is not None else request.auth.email
    result = check_draft(
        text=draft.text, kind=draft.kind or "post", audience=draft.audience or "personal", author_email=author
    )
    # The engine's own JSON, key for key, so the CLI, this endpoint and the page always agree.
    return JsonResponse(
        check_result_json(result, draft_id=draft.id), json_dumps_params={"ensure_ascii": False}
    )
