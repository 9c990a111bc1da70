"""The home page: a greeting, the person's actions, panels, their pages by role, and the policy in brief."""

from __future__ import annotations

import pytest
from django.urls import reverse

from socialpolicy.apps.core import home as home_registry
from socialpolicy.apps.core.home import HomeAction, HomePanel


def test_anonymous_is_sent_to_sign_in(client, db):
    response = client.get("/")
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


def test_staff_sees_greeting_nothing_to_do_and_their_policy_summary(login, staff_north):
    response = login(staff_north).get("/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>Hello, Sam</h1>" in html
    assert 'id="nothing-to-do"' in html
    assert "Clause 5.4." in html and "Clause 5.8." in html and "Clause 9.2." in html
    # An ordinary member of staff gets neither the HR pages nor the heads' guidance.
    assert reverse("people:import") not in html
    assert "Your part as head of academy" not in html


@pytest.mark.parametrize(
    ("persona", "heading"),
    [
        ("head_north", "Your part as head of academy"),
        ("hr", "Your part as HR"),
        ("ict", "Your part as ICT support"),
        ("dsl_north", "Your part as safeguarding lead"),
        ("ceo", "Your part as CEO"),
        ("trustee", "Your part as trustee"),
    ],
)
def test_each_role_gets_its_own_guidance(login, request, persona, heading):
    user = request.getfixturevalue(persona)
    html = login(user).get("/").content.decode()
    assert heading in html


def test_hr_quick_links_include_import_staff_and_audit(login, hr):
    html = login(hr).get("/").content.decode()
    assert "Your pages" in html
    for name in ("people:import", "people:staff_list", "audit:log"):
        assert f'href="{reverse(name)}"' in html


def test_head_quick_links_show_their_academy_pages_but_not_hr_pages(login, head_north):
    html = login(head_north).get("/").content.decode()
    assert f'href="{reverse("people:staff_list")}"' in html
    assert f'href="{reverse("people:pupils")}"' in html
    assert reverse("people:import") not in html
    assert reverse("audit:log") not in html


@pytest.fixture
def registered(monkeypatch):
    """Registries restored after the test: the providers below exist only for it."""
    monkeypatch.setattr(home_registry, "ACTION_PROVIDERS", list(home_registry.ACTION_PROVIDERS))
    monkeypatch.setattr(home_registry, "PANELS", list(home_registry.PANELS))
    return home_registry


def test_actions_come_first_most_urgent_first(login, staff_north, registered):
    registered.register_actions(
        lambda user: [
            HomeAction("Renew your declaration", "/somewhere/", urgency="todo"),
            HomeAction("Sign the new policy", "/sign/", urgency="overdue"),
        ]
    )
    html = login(staff_north).get("/").content.decode()
    assert 'id="nothing-to-do"' not in html
    assert html.index("Sign the new policy") < html.index("Renew your declaration")
    assert html.index("Renew your declaration") < html.index("How the policy applies to you")
    assert "Overdue" in html


def test_panels_render_with_their_own_context(login, head_north, staff_north, registered, tmp_path, settings):
    (tmp_path / "panel_test.html").write_text("<section id='test-panel'>{{ figure }} signed</section>")
    settings.TEMPLATES = [{**settings.TEMPLATES[0], "DIRS": [*settings.TEMPLATES[0]["DIRS"], tmp_path]}]
    registered.register_panel(
        HomePanel("panel_test.html", lambda user: {"figure": 17} if "head" in user.role_codes else None)
    )
    assert "<section id='test-panel'>17 signed</section>" in login(head_north).get("/").content.decode()
    login(staff_north)
    assert "test-panel" not in login(staff_north).get("/").content.decode()
