"""GET every URL as every persona (and anonymously), with ids of records at each place.

What must hold everywhere: no 5xx; anonymous people are sent to sign in (pages) or get a 401 in
JSON (API); a record the access rules (core.access) do not let the person read is never shown
(404, 403 or 405, never a 200 or a redirect to it); a head of North never gets a South record, a
member of staff never another person's own record; no page (or export) shows the e-mail of a
colleague, the name of a pupil or the private text of a record the person may not see; and a GET
writes nothing.
"""

from __future__ import annotations

import io
import re
import zipfile

import pytest
from django.test import Client

from socialpolicy.apps.api.tokens import token_create
from socialpolicy.apps.core import access
from socialpolicy.apps.people.models import Pupil, User
from tests.security.crawl import ARGUMENT_MODELS, SPECIAL, paths, routes
from tests.security.world import PERSONAS, may_read_marker, snapshot

# Pages anyone may open signed out: signing in and resetting a password.
PUBLIC_PAGES = {
    "login",
    "password_reset",
    "password_reset_done",
    "password_reset_confirm",
    "password_reset_complete",
}
# By design the API's index and its description are public: they say how to sign in and
# contain no records (CONTRACTS.md section 5).
PUBLIC_API = {"api-v1:api-root", "api-v1:openapi-json", "api-v1:openapi-view", "api-v1:unknown"}
REFUSED = {403, 404, 405}
FORM_DATA = "application/x-www-form-urlencoded"


def test_every_pattern_with_arguments_is_mapped():
    unmapped = [r.name for r in routes() if r.arguments and r.name not in ARGUMENT_MODELS | SPECIAL]
    assert not unmapped, f"say which model fills these patterns (tests/security/crawl.py): {unmapped}"


def test_every_pattern_is_named():
    assert all(r.name for r in routes()), [r.pattern for r in routes() if not r.name]


@pytest.mark.django_db
def test_anonymous(world):
    client = Client(raise_request_exception=False)
    problems = []
    for route in routes():
        for path, _ in paths(route, world):
            response = client.get(path)
            status = response.status_code
            if status >= 500:
                problems.append(f"{path}: {status}")
            elif route.name in PUBLIC_PAGES | PUBLIC_API:
                continue
            elif route.is_api:
                # 405 before 401 on a POST-only endpoint is fine: it says nothing about records.
                is_json = response["Content-Type"].startswith("application/json")
                if status not in (401, 405) or not is_json:
                    problems.append(f"{path}: {status} {response['Content-Type']}, not a 401 in JSON")
            elif not (status == 302 and response["Location"].startswith("/login/?next=")):
                problems.append(f"{path}: {status}, not a redirect to /login/")
    assert not problems, "\n".join(problems)


def _text(response) -> str:
    """The response as text; a spreadsheet's sheets and shared strings unzipped."""
    if response["Content-Type"].startswith("application/vnd.openxmlformats"):
        with zipfile.ZipFile(io.BytesIO(response.content)) as book:
            return " ".join(book.read(n).decode() for n in book.namelist() if n.endswith(".xml"))
    return response.content.decode(errors="replace")


def _words(pattern_source: set[str]) -> re.Pattern | None:
    if not pattern_source:
        return None
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in sorted(pattern_source)) + r")\b")


def _unseen(world, viewer):
    """E-mails of colleagues and names of pupils the viewer may not see (personas excluded:
    their names appear legitimately, as a policy's owner for instance)."""
    personas = {p.pk for p in world.people.values()}
    visible_users = set(access.scope_queryset(viewer, User.objects.all()).values_list("pk", flat=True))
    emails = {
        u.email
        for u in User.objects.exclude(pk__in=personas | visible_users | {viewer.pk})
        if u.email.startswith("person")
    }
    visible_pupils = set(access.scope_queryset(viewer, Pupil.objects.all()).values_list("pk", flat=True))
    pupils = set(Pupil.objects.exclude(pk__in=visible_pupils).values_list("first_name", flat=True))
    return _words(emails), _words(pupils)


@pytest.mark.django_db
@pytest.mark.parametrize("persona", sorted(PERSONAS))
def test_signed_in(world, persona):
    user = world.people[persona]
    client = Client(raise_request_exception=False)
    client.force_login(user)
    hidden_emails, hidden_pupils = _unseen(world, user)
    secrets = _words({m for m, record in world.markers.items() if not may_read_marker(user, record)})
    problems, shown, seen_markers = [], 0, set()
    for route in routes():
        for path, record in paths(route, world):
            before = snapshot()
            response = client.get(path)
            status = response.status_code
            after = snapshot()
            where = f"{persona} GET {path}"
            if status >= 500:
                problems.append(f"{where}: {status}")
                continue
            if before != after and route.name != "mfa:setup":
                # mfa:setup starts an enrolment on GET by design: it replaces the person's own
                # unconfirmed authenticator (mfa.services.device_start), nothing else.
                changed = {k: (before[k], after[k]) for k in before if before[k] != after[k]}
                problems.append(f"{where}: a GET wrote {changed}")
            shown += status == 200
            if record is not None:
                problems += _record_problems(world, persona, user, record, status, where)
            if status == 200 and route.name not in PUBLIC_API:
                body = _text(response)
                seen_markers |= {m for m in world.markers if m in body}
                for pattern, what in ((hidden_emails, "e-mail"), (hidden_pupils, "pupil"), (secrets, "text")):
                    match = pattern.search(body) if pattern else None
                    if match:
                        problems.append(f"{where}: shows the {what} {match.group()} it may not see")
    assert shown > 20, f"{persona} saw only {shown} pages: the crawl is not reaching the site"
    if persona in ("hr", "ict", "dsl_north", "head_north"):  # the private-text check is not vacuous
        assert seen_markers, f"{persona} saw no private text it may read"
    assert not problems, "\n".join(problems)


def _record_problems(world, persona, user, record, status, where) -> list[str]:
    problems = []
    if status == 200 and not access.can_view(user, record):
        problems.append(f"{where}: 200 for a {record._meta.label_lower} the access rules hide")
    place = world.place_of(record)
    if persona == "head_north" and place == "south" and status not in REFUSED:
        problems.append(f"{where}: {status} for a South {record._meta.label_lower}")
    if persona == "head_south" and place == "north" and status not in REFUSED:
        problems.append(f"{where}: {status} for a North {record._meta.label_lower}")
    owner = world.owner_of(record)
    if persona.startswith("staff") and owner is not None and owner != user.pk and status not in REFUSED:
        problems.append(f"{where}: {status} for someone else's {record._meta.label_lower}")
    return problems


@pytest.mark.django_db
@pytest.mark.parametrize("persona", ["hr", "dsl_north"])
def test_other_methods_write_nothing(world, persona):
    """PUT, DELETE and OPTIONS on every URL: never a 5xx, never a write."""
    client = Client(raise_request_exception=False)
    client.force_login(world.people[persona])
    problems = []
    for route in routes():
        for path, _ in paths(route, world)[:2]:
            for method in ("PUT", "DELETE", "OPTIONS"):  # PATCH is read as PUT is
                before = snapshot()
                response = client.generic(method, path, "a=1", content_type=FORM_DATA)
                if response.status_code >= 500:
                    problems.append(f"{persona} {method} {path}: {response.status_code}")
                elif snapshot() != before:
                    problems.append(f"{persona} {method} {path}: {response.status_code} and wrote")
    assert not problems, "\n".join(problems)


@pytest.mark.django_db
@pytest.mark.parametrize("persona", sorted(PERSONAS))
def test_api_with_a_personal_token(world, persona):
    """The API read through a personal token follows the same rules as through the session."""
    user = world.people[persona]
    token = token_create(actor=user, name="crawl")[1]
    client = Client(headers={"Authorization": f"Bearer {token}"}, raise_request_exception=False)
    hidden_emails, hidden_pupils = _unseen(world, user)
    problems = []
    for route in routes():
        if not route.is_api or route.name in PUBLIC_API:
            continue
        for path, record in paths(route, world):
            response = client.get(path)
            where = f"{persona} GET {path} (token)"
            if response.status_code >= 500 or not response["Content-Type"].startswith("application/json"):
                problems.append(f"{where}: {response.status_code} {response['Content-Type']}")
            if record is not None:
                problems += _record_problems(world, persona, user, record, response.status_code, where)
            for pattern in (hidden_emails, hidden_pupils):
                match = pattern.search(response.content.decode()) if pattern else None
                if match:
                    problems.append(f"{where}: answers {match.group()} it may not see")
    assert not problems, "\n".join(problems)
