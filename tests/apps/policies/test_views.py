"""The pages: reading, signing, issuing, the dashboard and training, with bounded query counts."""

from datetime import date

import pytest
from django.urls import reverse

from socialpolicy.apps.core.home import actions_for, panels_for
from socialpolicy.apps.policies import services
from socialpolicy.apps.policies.models import PolicyVersion, Signature, SignOffRequest
from tests.apps.policies.conftest import POLICY_TEXT, request_of, sign
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_policy_pages_render_the_text(issued, login, staff_north):
    client = login(staff_north)
    body = client.get(reverse("policies:detail", args=["social-media"])).content.decode()
    assert "<h3>12. Review</h3>" in body and "Review due" in body
    assert client.get(reverse("policies:list")).status_code == 200


def test_policy_markdown_is_sanitised(policy, hr, login):
    version = services.version_create(
        actor=hr,
        policy=policy,
        text="Hi <script>alert(1)</script> [x](javascript:alert(1))",
        ratified_on=date.today(),
    )
    body = login(hr).get(reverse("policies:version", args=[version.pk])).content.decode()
    assert "<script>alert" not in body and "javascript:" not in body


def test_home_page_action_for_an_unsigned_person(issued, staff_north):
    actions = actions_for(staff_north)
    assert any(a.title.startswith("Sign Social media policy v7 by 16 Nov") for a in actions)
    sign(staff_north, issued)
    assert not [a for a in actions_for(staff_north) if "Social media policy" in a.title]


def test_compliance_panel_for_heads_not_staff(issued, head_north, staff_north):
    templates = lambda user: [t for t, _ in panels_for(user)]  # noqa: E731
    assert "policies/_compliance_panel.html" in templates(head_north)
    assert "policies/_compliance_panel.html" not in templates(staff_north)


def test_sign_page_records_the_signature_with_ip_and_agent(issued, login, staff_north):
    client = login(staff_north)
    url = reverse("policies:sign", args=[request_of(staff_north, issued).pk])
    page = client.get(url).content.decode()
    assert "4.5.1 Every member of staff reads this policy" in page
    response = client.post(
        url, {"confirm": "on"}, HTTP_USER_AGENT="TestBrowser/1.0", REMOTE_ADDR="198.51.100.7"
    )
    signature = Signature.objects.get(user=staff_north)
    assert response.status_code == 302 and response["Location"] == reverse(
        "policies:signature", args=[signature.pk]
    )
    assert (signature.ip_address, signature.user_agent) == ("198.51.100.7", "TestBrowser/1.0")
    receipt = client.get(response["Location"]).content.decode()
    assert signature.text_sha256 in receipt
    assert "4.2.2 Heads: staff sign the policy" in receipt


def test_sign_page_without_confirmation_signs_nothing(issued, login, staff_north):
    client = login(staff_north)
    url = reverse("policies:sign", args=[request_of(staff_north, issued).pk])
    assert client.post(url, {}).status_code == 200
    assert not Signature.objects.exists()


def test_sign_page_with_questions(policy, hr, login, staff_north):
    version = services.version_create(
        actor=hr,
        policy=policy,
        text=POLICY_TEXT,
        ratified_on=date(2026, 10, 1),
        questions=[{"text": "Who reviews it?", "choices": ["ICT", "HR"], "answer": 1}],
    )
    services.version_issue(actor=hr, version=version)
    client = login(staff_north)
    url = reverse("policies:sign", args=[request_of(staff_north, version).pk])
    assert "Who reviews it?" in client.get(url).content.decode()
    wrong = client.post(url, {"confirm": "on", "q1": "0"}, follow=True).content.decode()
    assert "Please look again at question 1" in wrong and not Signature.objects.exists()
    client.post(url, {"confirm": "on", "q1": "1"})
    assert Signature.objects.get(user=staff_north).comprehension_passed


def test_someone_elses_signing_page_is_404(issued, login, staff_north, staff_south):
    other = request_of(staff_south, issued)
    assert login(staff_north).get(reverse("policies:sign", args=[other.pk])).status_code == 404


def test_someone_elses_signature_is_404_but_their_head_sees_it(
    issued, login, staff_north, head_north, staff_south
):
    signature = sign(staff_north, issued)
    url = reverse("policies:signature", args=[signature.pk])
    assert login(staff_south).get(url).status_code == 404
    assert login(head_north).get(url).status_code == 200


def test_hr_creates_and_issues_a_version(policy, login, hr, staff_north, staff_south):
    client = login(hr)
    assert client.get(reverse("policies:manage")).status_code == 200
    response = client.post(
        reverse("policies:manage"),
        {
            "policy": policy.pk,
            "text": POLICY_TEXT,
            "ratified_by": "Board of Trustees",
            "ratified_on": "2026-11-01",
            "due_working_days": "10",
            "q1_text": "Who reviews it?",
            "q1_choices": "ICT\nHR",
            "q1_answer": "2",
        },
    )
    assert response.status_code == 302
    version = PolicyVersion.objects.get(policy=policy)
    assert version.questions == [{"text": "Who reviews it?", "choices": ["ICT", "HR"], "answer": 1}]
    client.post(reverse("policies:issue", args=[version.pk]))
    assert SignOffRequest.objects.filter(version=version).count() == 3


def test_only_hr_manages(policy, draft, login, head_north):
    client = login(head_north)
    assert client.get(reverse("policies:manage")).status_code == 403
    assert client.post(reverse("policies:issue", args=[draft.pk])).status_code == 403
    draft.refresh_from_db()
    assert not draft.is_issued


@pytest.mark.parametrize("persona", ["head_north", "hr", "ceo", "trustee"])
def test_dashboard_renders_for_each_viewer(issued, login, people, persona, django_assert_max_num_queries):
    client = login(people[persona])
    with django_assert_max_num_queries(25):
        response = client.get(reverse("policies:dashboard"))
    assert response.status_code == 200
    body = response.content.decode()
    assert "<svg" in body and "Signed over time" in body


def test_dashboard_names_are_scoped(issued, login, head_north, staff_north, staff_south, trustee):
    body = login(head_north).get(reverse("policies:dashboard")).content.decode()
    assert staff_north.full_name in body and staff_south.full_name not in body
    assert "South Academy" not in body
    trustee_body = login(trustee).get(reverse("policies:dashboard")).content.decode()
    assert "South Academy" in trustee_body and staff_north.full_name not in trustee_body


def test_dashboard_query_count_does_not_grow_with_staff(
    issued, login, hr, north, django_assert_max_num_queries
):
    for _ in range(60):
        services.induction_assign(
            actor=None, user=UserFactory(academy=north), version=issued, today=issued.issued_on
        )
    client = login(hr)
    with django_assert_max_num_queries(25):
        assert client.get(reverse("policies:dashboard")).status_code == 200
    with django_assert_max_num_queries(15):
        assert client.get(reverse("policies:export_csv")).status_code == 200


def test_staff_cannot_see_the_dashboard(issued, login, staff_north):
    assert login(staff_north).get(reverse("policies:dashboard")).status_code == 403


def test_training_page_and_attendance(issued, policy, login, head_north, staff_north, hr, north, south):
    client = login(head_north)
    response = client.post(
        reverse("policies:training"),
        {
            "title": "Cascade",
            "held_on": "2026-11-10",
            "trainer": "Nina",
            "audience": "all",
            "academy": north.pk,
        },
    )
    assert response.status_code == 302
    session_url = response["Location"]
    page = client.get(session_url).content.decode()
    assert staff_north.full_name in page
    client.post(session_url, {"people": [staff_north.pk]})
    assert staff_north.policy_training_attendances.count() == 1
    # a head may not add a session for another academy
    refused = client.post(
        reverse("policies:training"),
        {"title": "X", "held_on": "2026-11-10", "trainer": "Nina", "audience": "all", "academy": south.pk},
    )
    assert refused.status_code == 200 and policy.training_sessions.count() == 1
    overview = client.get(reverse("policies:training")).content.decode()
    assert "Senior leaders" in overview and "North Academy" in overview


def test_hr_grants_an_exemption(issued, policy, login, hr, staff_north):
    client = login(hr)
    unknown = client.post(
        reverse("policies:exemption_grant"),
        {"email": "nobody@oakfield.example", "reason": "Sick"},
        follow=True,
    )
    assert "Nobody active has that e-mail address" in unknown.content.decode()
    client.post(
        reverse("policies:exemption_grant"), {"email": staff_north.email.upper(), "reason": "Long-term sick"}
    )
    assert policy.training_exemptions.get().user == staff_north


def test_my_signatures(issued, login, staff_north):
    sign(staff_north, issued)
    body = login(staff_north).get(reverse("policies:my_signatures")).content.decode()
    assert "v7" in body


def test_hr_sets_owner_reminders_and_related_policies(policy, login, hr):
    client = login(hr)
    prefix = f"p{policy.pk}"
    client.post(
        reverse("policies:settings", args=[policy.slug]),
        {
            f"{prefix}-owner": hr.pk,
            f"{prefix}-related_policies": "Code of conduct\nData protection policy\n",
            f"{prefix}-review_reminder_days": "90, 30, 7",
        },
    )
    policy.refresh_from_db()
    assert policy.reminder_days == [90, 30, 7]
    assert policy.related_policies == ["Code of conduct", "Data protection policy"]
    bad = client.post(
        reverse("policies:settings", args=[policy.slug]),
        {f"{prefix}-owner": hr.pk, f"{prefix}-review_reminder_days": "soon"},
        follow=True,
    )
    assert "Whole numbers" in bad.content.decode()
    policy.refresh_from_db()
    assert policy.reminder_days == [90, 30, 7]


def test_attendance_with_an_id_past_64_bits_is_refused_not_a_500(issued, policy, login, hr):
    # Found by tests/security: SQLite raised OverflowError checking the ids, a 500.
    session = services.training_session_create(
        actor=hr, policy=policy, title="Cascade", held_on=date(2026, 11, 10), trainer="T", academy=None
    )
    client = login(hr)
    url = reverse("policies:training_session", args=[session.pk])
    response = client.post(url, {"people": ["99999999999999999999"]})
    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()  # the form is shown again, saying why
    assert not session.attendances.exists()
