"""Checking a draft against the policy: the one function the page and the API both call.

Nothing about the draft is kept: no model, no audit entry, no log line. The draft lives in this
call's memory and in the response, and nowhere else.
"""

from __future__ import annotations

from typing import Any

from socialpolicy.apps.screening.roster import current_analyzer
from socialpolicy.engines.screening import DraftInput, Result


def check_draft(
    *, text: str, kind: str = "post", audience: str = "personal", author_email: str | None
) -> Result:
    """The engine's verdict on one draft, using the roster of the database as it is now.

    ``author_email`` decides which rules treat the author as CEO or head and which handles are
    theirs; an address the roster does not know means an ordinary member of staff (as the CLI).
    Raises ``engines.screening.DraftError`` for an unknown kind or audience.
    """
    draft = DraftInput(text=text, kind=kind, audience=audience, author=author_email or None)
    return current_analyzer().analyze(draft)


def check_drafts(*, drafts: list[DraftInput]) -> list[Result]:
    """Several drafts at once (as ``--jsonl``): one roster look-up, the offensive-language model
    called once for the lot."""
    return list(current_analyzer().analyze_many(drafts))


def check_result_json(result: Result, *, draft_id: Any = None) -> dict[str, Any]:
    """The same JSON as ``socialpolicy check --format json`` (plus ``id`` when one was given)."""
    data = result.as_json()
    if draft_id is not None:
        data = {"id": draft_id, **data}
    return data
