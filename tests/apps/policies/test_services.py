from datetime import date

import pytest
from auditlog.models import LogEntry
from django.core.exceptions import ValidationError

from socialpolicy.apps.policies import services
from socialpolicy.apps.policies.models import Signature, SignOffRequest, text_hash
from tests.apps.policies.conftest import DUE_DAY, ISSUE_AT, ISSUE_DAY, POLICY_TEXT, request_of, sign
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def entries(obj):
    return LogEntry.objects.get_for_object(obj)


def test_issue_asks_every_active_person_with_a_working_day_due_date(draft, hr, people):
    gone = UserFactory(is_active=False)
    asked = services.version_issue(actor=hr, version=draft, now=ISSUE_AT)
    assert asked == len(people)
    requests = SignOffRequest.objects.filter(version=draft)
    assert {r.user_id for r in requests} == {p.pk for p in people.values()}
    assert not requests.filter(user=gone).exists()
    assert {(r.assigned_on, r.due_on) for r in requests} == {(ISSUE_DAY, DUE_DAY)}
    draft.refresh_from_db()
    assert draft.issued_on == ISSUE_DAY and draft.issued_by == hr


def test_issue_is_audited_with_the_actor(draft, hr, people):
    services.version_issue(actor=hr, version=draft, now=ISSUE_AT)
    update = entries(draft).filter(action=LogEntry.Action.UPDATE).get()
    assert update.actor == hr
    assert "issued_at" in update.changes_dict


def test_version_and_policy_creation_are_audited(policy, draft, hr):
    assert entries(policy).get().actor == hr
    assert entries(draft).filter(action=LogEntry.Action.CREATE).get().actor == hr


def test_a_version_is_issued_once(issued, hr):
    with pytest.raises(services.PolicyError):
        services.version_issue(actor=hr, version=issued, now=ISSUE_AT)


def test_issued_text_cannot_change(issued):
    issued.text = issued.text + "\nA sneaky extra line."
    with pytest.raises(ValidationError):
        issued.save()


def test_an_older_version_cannot_be_issued_after_a_newer_one(policy, issued, hr):
    older = services.version_create(
        actor=hr, policy=policy, text="Old text", ratified_on=date(2024, 1, 1), number=6
    )
    with pytest.raises(services.PolicyError):
        services.version_issue(actor=hr, version=older, now=ISSUE_AT)


def test_signing_records_who_what_when_and_where(issued, staff_north):
    signature = sign(staff_north, issued, ip_address="203.0.113.9", user_agent="Firefox/140", now=ISSUE_AT)
    assert signature.user == staff_north
    assert signature.version == issued
    assert signature.text_sha256 == text_hash(POLICY_TEXT) == issued.text_sha256
    assert signature.signed_at == ISSUE_AT
    assert (signature.ip_address, signature.user_agent) == ("203.0.113.9", "Firefox/140")
    create = entries(signature).get()
    assert create.action == LogEntry.Action.CREATE and create.actor == staff_north


def test_signature_cannot_be_changed_or_deleted(issued, staff_north):
    signature = sign(staff_north, issued)
    signature.user_agent = "forged"
    with pytest.raises(ValidationError):
        signature.save()
    with pytest.raises(ValidationError):
        signature.delete()
    assert Signature.objects.get(pk=signature.pk).user_agent == ""


def test_signing_twice_is_refused(issued, staff_north):
    sign(staff_north, issued)
    with pytest.raises(services.PolicyError):
        sign(staff_north, issued)
    assert Signature.objects.filter(user=staff_north).count() == 1


def test_only_the_person_asked_may_sign(issued, staff_north, head_north):
    with pytest.raises(services.PolicyError):
        services.policy_sign(actor=head_north, request=request_of(staff_north, issued), confirmed=True)


def test_signing_needs_the_confirmation(issued, staff_north):
    with pytest.raises(services.PolicyError):
        sign(staff_north, issued, confirmed=False)
    assert not Signature.objects.exists()


QUESTIONS = [
    {"text": "May you message a pupil from a personal account?", "choices": ["Yes", "No"], "answer": 1},
    {"text": "Who reviews the policy?", "choices": ["ICT", "Director of HR", "Pupils"], "answer": 1},
]


def test_comprehension_check_must_be_passed(policy, hr, staff_north):
    version = services.version_create(
        actor=hr, policy=policy, text=POLICY_TEXT, ratified_on=date(2026, 10, 1), questions=QUESTIONS
    )
    services.version_issue(actor=hr, version=version, now=ISSUE_AT)
    with pytest.raises(services.PolicyError, match="question 2"):
        sign(staff_north, version, answers={1: 1, 2: 0})
    with pytest.raises(services.PolicyError):
        sign(staff_north, version, answers={})
    signature = sign(staff_north, version, answers={1: 1, 2: 1})
    assert signature.comprehension_passed


@pytest.mark.parametrize(
    "bad",
    [
        [{"text": "", "choices": ["a", "b"], "answer": 0}],
        [{"text": "Q", "choices": ["only one"], "answer": 0}],
        [{"text": "Q", "choices": ["a", "b"], "answer": 2}],
        [{"text": "Q", "choices": ["a", "b"], "answer": 0}] * 4,
    ],
)
def test_bad_questions_are_refused(policy, hr, bad):
    with pytest.raises(services.PolicyError):
        services.version_create(
            actor=hr, policy=policy, text="x", ratified_on=date(2026, 1, 1), questions=bad
        )


def test_new_starter_gets_the_current_version_with_ten_working_days(issued, north):
    starter = UserFactory(academy=north, started_on=date(2026, 11, 25))  # a Wednesday
    request = services.induction_assign(actor=None, user=starter, version=issued, today=date(2026, 11, 20))
    assert request.reason == "induction"
    assert request.assigned_on == date(2026, 11, 25)
    assert request.due_on == date(2026, 12, 9)
    assert (
        services.induction_assign(actor=None, user=starter, version=issued, today=date(2026, 11, 26)) is None
    )


def test_training_writes_are_audited(policy, hr, staff_north, north):
    session = services.training_session_create(
        actor=hr, policy=policy, title="Cascade", held_on=date(2026, 11, 10), trainer="Nina", academy=north
    )
    assert (
        services.training_attendance_record(actor=hr, session=session, users=[staff_north, staff_north]) == 1
    )
    assert services.training_attendance_record(actor=hr, session=session, users=[staff_north]) == 0
    attendance = session.attendances.get()
    exemption = services.training_exemption_grant(
        actor=hr, policy=policy, user=staff_north, reason="Long-term sick"
    )
    for obj in (session, attendance, exemption):
        assert entries(obj).get().actor == hr


def test_exemption_needs_a_reason(policy, hr, staff_north):
    with pytest.raises(services.PolicyError):
        services.training_exemption_grant(actor=hr, policy=policy, user=staff_north, reason="  ")


def test_a_superseded_version_can_no_longer_be_signed(policy, issued, hr, staff_north):
    newer = services.version_create(
        actor=hr, policy=policy, text=POLICY_TEXT + "\nMore.", ratified_on=date(2026, 11, 20)
    )
    services.version_issue(actor=hr, version=newer, now=ISSUE_AT)
    with pytest.raises(services.PolicyError, match="newer version"):
        sign(staff_north, issued)
    assert sign(staff_north, newer).version == newer
