"""``POST /api/v1/check`` (and ``/check/batch``): the "check before you post" screener for scripts."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest, JsonResponse
from ninja import Router

from socialpolicy.apps.api.schemas import CheckBatchIn, CheckBatchOut, CheckIn, CheckOut, ErrorOut
from socialpolicy.apps.screening.services import check_draft, check_drafts, check_result_json
from socialpolicy.engines.screening import DraftInput

router = Router(tags=["screening"])
ERRORS: dict[int, Any] = {400: ErrorOut, 401: ErrorOut, 403: ErrorOut, 413: ErrorOut, 422: ErrorOut}


def _draft(body: CheckIn, request: HttpRequest) -> DraftInput:
    return DraftInput(
        text=body.text,
        kind=body.kind or "post",
        audience=body.audience or "personal",
        author=body.author if body.author is not None else request.auth.email,
    )


def _json(data: dict) -> JsonResponse:
    # The engine's own JSON, key for key, so the CLI, this endpoint and the page always agree.
    return JsonResponse(data, json_dumps_params={"ensure_ascii": False})


@router.post("/check", response={200: CheckOut, **ERRORS}, summary="Check a draft before you post it")
def check(request: HttpRequest, draft: CheckIn):
    """Takes one draft as one line of `socialpolicy check --jsonl` and answers as
    `socialpolicy check --format json` does (with `id` when you sent one). `author` defaults to you.

    The draft is checked in memory and never stored or logged.
    """
    d = _draft(draft, request)
    result = check_draft(text=d.text, kind=d.kind, audience=d.audience, author_email=d.author)
    return _json(check_result_json(result, draft_id=draft.id))


@router.post("/check/batch", response={200: CheckBatchOut, **ERRORS}, summary="Check several drafts")
def check_batch(request: HttpRequest, batch: CheckBatchIn):
    """Like `socialpolicy check --jsonl`: each draft as in `/check`, results in the same order.
    Each result has `id` (null when the draft had none), `verdict` and `findings`."""
    results = check_drafts(drafts=[_draft(body, request) for body in batch.drafts])
    return _json(
        {
            "results": [
                {"id": body.id, **result.as_json()}
                for body, result in zip(batch.drafts, results, strict=True)
            ]
        }
    )
