"""The "Check before you post" page. Works as a plain form; nothing typed here is stored or logged."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_http_methods

from socialpolicy.apps.screening import present
from socialpolicy.apps.screening.forms import CheckForm
from socialpolicy.apps.screening.services import check_draft

DRAFT_FIELDS = tuple(CheckForm.base_fields)


@login_required
@sensitive_post_parameters(*DRAFT_FIELDS)  # an error report would never show the draft
@never_cache  # nor would the browser's or a proxy's cache keep it
@require_http_methods(["GET", "POST"])
def check(request: HttpRequest) -> HttpResponse:
    form = CheckForm(request.POST if request.method == "POST" else None)
    context: dict = {"form": form}
    if request.method == "POST" and form.is_valid():
        text = form.draft_text()
        result = check_draft(
            text=text,
            kind=form.cleaned_data["kind"],
            audience=form.cleaned_data["audience"],
            author_email=request.user.email,
        )
        verdict, headline, explanation = present.verdict_words(result)
        context.update(
            checked_text=text,
            result=result,
            verdict=verdict,
            headline=headline,
            explanation=explanation,
            pieces=present.pieces(text, result.findings),
            findings=present.shown_findings(result.findings),
        )
    return render(request, "screening/check.html", context)
