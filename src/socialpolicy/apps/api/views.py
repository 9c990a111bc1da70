"""The "API tokens" page: every person can make personal tokens for the API and revoke them."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods, require_POST

from socialpolicy.apps.api import tokens
from socialpolicy.apps.api.forms import TokenCreateForm


@login_required
@require_http_methods(["GET", "POST"])
def token_list(request: HttpRequest) -> HttpResponse:
    new_token = None
    form = TokenCreateForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        record, new_token = tokens.token_create(actor=request.user, name=form.cleaned_data["name"])
        form = TokenCreateForm()
    response = render(
        request,
        "api/tokens.html",
        {"form": form, "tokens": tokens.token_list(user=request.user), "new_token": new_token},
    )
    if new_token:
        response["Cache-Control"] = "no-store"  # the only time the token is shown: keep it out of caches
    return response


@login_required
@require_POST
def token_revoke(request: HttpRequest, pk: int) -> HttpResponse:
    token = tokens.token_get(user=request.user, pk=pk)
    tokens.token_revoke(actor=request.user, token=token)
    messages.success(
        request, f"The token '{token.name}' has been revoked. Scripts using it will stop working."
    )
    return redirect("api:tokens")
