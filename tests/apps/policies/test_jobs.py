"""run-jobs: the reminder ladder, escalations, review alerts and induction, each idempotent."""

from datetime import date, timedelta
from io import StringIO

import pytest
from django.core import mail
from django.core.management import call_command

from socialpolicy.apps.notifications.models import Notification
from socialpolicy.apps.policies import jobs, services
from socialpolicy.apps.policies.models import Escalation, SignOffRequest
from tests.apps.policies.conftest import DUE_DAY, ISSUE_DAY, at, sign
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def run_jobs(day: date) -> str:
    out = StringIO()
    call_command("run-jobs", "--now", at(day).isoformat(), stdout=out)
    return out.getvalue()


def keys_for(user) -> list[str]:
    return sorted(Notification.objects.filter(recipient=user).values_list("key", flat=True))


def test_run_jobs_twice_sends_nothing_twice(issued, people):
    overdue_day = DUE_DAY + timedelta(days=3)
    run_jobs(overdue_day)
    first_mail = len(mail.outbox)
    first_notes = Notification.objects.count()
    first_escalations = Escalation.objects.count()
    assert first_mail > 0 and first_notes == first_mail and first_escalations > 0
    output = run_jobs(overdue_day)
    assert len(mail.outbox) == first_mail
    assert Notification.objects.count() == first_notes
    assert Escalation.objects.count() == first_escalations
    assert "0 reminder(s) sent" in output and "0 escalation digest(s) sent" in output


def test_reminder_ladder_sends_each_step_once(issued, staff_north):
    expected = []
    for day, step in [
        (ISSUE_DAY, ISSUE_DAY),
        (ISSUE_DAY + timedelta(days=3), None),  # between steps: nothing new
        (DUE_DAY - timedelta(days=7), DUE_DAY - timedelta(days=7)),
        (DUE_DAY, DUE_DAY),
        (DUE_DAY + timedelta(days=6), None),
        (DUE_DAY + timedelta(days=7), DUE_DAY + timedelta(days=7)),
        (DUE_DAY + timedelta(days=14), DUE_DAY + timedelta(days=14)),
    ]:
        jobs.send_sign_reminders(at(day))
        if step:
            expected.append(f"policy-sign:{staff_north.policy_sign_off_requests.get().pk}:{step.isoformat()}")
        assert keys_for(staff_north) == sorted(expected), day
    titles = [m.subject for m in mail.outbox if m.to == [staff_north.email]]
    assert len(titles) == 5
    assert titles[0].startswith("Please read and sign") and titles[-1].startswith("Overdue")


def test_a_late_first_run_sends_only_the_latest_step(issued, staff_north):
    jobs.send_sign_reminders(at(DUE_DAY + timedelta(days=8)))
    request = staff_north.policy_sign_off_requests.get()
    assert keys_for(staff_north) == [f"policy-sign:{request.pk}:{(DUE_DAY + timedelta(days=7)).isoformat()}"]


def test_signed_people_get_no_reminders_or_escalations(issued, staff_north, head_north):
    sign(staff_north, issued)
    jobs.send_sign_reminders(at(DUE_DAY + timedelta(days=7)))
    jobs.escalate_overdue(at(DUE_DAY + timedelta(days=7)))
    assert keys_for(staff_north) == []
    assert not Escalation.objects.filter(request__user=staff_north).exists()


def test_overdue_person_is_escalated_to_their_head_weekly(issued, staff_north, head_north, head_south):
    jobs.escalate_overdue(at(DUE_DAY))  # due today: not yet overdue
    assert not Escalation.objects.exists()
    jobs.escalate_overdue(at(DUE_DAY + timedelta(days=1)))
    escalation = Escalation.objects.get(request__user=staff_north)
    assert escalation.head == head_north and escalation.week == 0
    digest = [m for m in mail.outbox if m.to == [head_north.email]]
    assert len(digest) == 1 and staff_north.email in digest[0].body
    assert not [m for m in mail.outbox if m.to == [head_south.email] and staff_north.email in m.body]
    jobs.escalate_overdue(at(DUE_DAY + timedelta(days=3)))  # same week: nothing new
    assert Escalation.objects.filter(request__user=staff_north).count() == 1
    jobs.escalate_overdue(at(DUE_DAY + timedelta(days=8)))
    assert list(Escalation.objects.filter(request__user=staff_north).values_list("week", flat=True)) == [0, 1]


def test_head_office_staff_are_escalated_to_the_ceo(issued, staff_head_office, ceo, head_north):
    jobs.escalate_overdue(at(DUE_DAY + timedelta(days=1)))
    assert set(Escalation.objects.filter(request__user=staff_head_office).values_list("head", flat=True)) == {
        ceo.pk
    }
    assert any(staff_head_office.email in m.body for m in mail.outbox if m.to == [ceo.email])


def test_an_overdue_head_is_escalated_to_the_ceo(issued, head_north, ceo):
    jobs.escalate_overdue(at(DUE_DAY + timedelta(days=1)))
    assert set(Escalation.objects.filter(request__user=head_north).values_list("head", flat=True)) == {ceo.pk}


def test_escalations_are_grouped_in_one_digest_per_head(issued, head_north, north):
    extra = [UserFactory(academy=north) for _ in range(3)]
    for person in extra:
        services.induction_assign(actor=None, user=person, version=issued, today=ISSUE_DAY)
    jobs.escalate_overdue(at(DUE_DAY + timedelta(days=1)))
    to_head = [m for m in mail.outbox if m.to == [head_north.email]]
    assert len(to_head) == 1
    assert all(p.email in to_head[0].body for p in extra)


def test_induction_job_asks_new_starters_once(issued, north):
    starter = UserFactory(academy=north, started_on=date(2026, 11, 23))
    jobs.assign_new_starters(at(date(2026, 11, 23)))
    jobs.assign_new_starters(at(date(2026, 11, 24)))
    request = SignOffRequest.objects.get(user=starter)
    assert request.reason == "induction" and request.due_on == date(2026, 12, 7)


# --- review (policy 12.1) ---------------------------------------------------------------------

REVIEW_DUE = date(2028, 10, 20)  # 24 months after ratification on 20 Oct 2026


def review_keys(person):
    return [k for k in keys_for(person) if k.startswith("policy-review")]


def test_review_date_is_24_months_after_ratification(issued):
    assert issued.review_due_on == REVIEW_DUE


def test_owner_is_reminded_60_and_14_days_ahead_then_overdue(issued, hr, ceo):
    jobs.review_alerts(at(REVIEW_DUE - timedelta(days=61)))
    assert review_keys(hr) == []
    jobs.review_alerts(at(REVIEW_DUE - timedelta(days=60)))
    assert review_keys(hr) == [f"policy-review:{issued.pk}:60:{hr.pk}"]
    jobs.review_alerts(at(REVIEW_DUE - timedelta(days=30)))
    assert len(review_keys(hr)) == 1
    jobs.review_alerts(at(REVIEW_DUE - timedelta(days=14)))
    assert len(review_keys(hr)) == 2
    jobs.review_alerts(at(REVIEW_DUE))
    assert len(review_keys(hr)) == 2 and review_keys(ceo) == []
    jobs.review_alerts(at(REVIEW_DUE + timedelta(days=1)))
    jobs.review_alerts(at(REVIEW_DUE + timedelta(days=2)))
    assert f"policy-review-overdue:{issued.pk}:{hr.pk}" in review_keys(hr)
    assert review_keys(ceo) == [f"policy-review-overdue:{issued.pk}:{ceo.pk}"]
    assert issued.review_status(REVIEW_DUE + timedelta(days=1)) == "overdue"
    assert issued.review_status(REVIEW_DUE - timedelta(days=30)) == "due"
    assert issued.review_status(REVIEW_DUE - timedelta(days=100)) == "ok"


def test_reminder_days_are_settable(issued, hr):
    issued.policy.review_reminder_days = [90]
    issued.policy.save()
    jobs.review_alerts(at(REVIEW_DUE - timedelta(days=90)))
    assert review_keys(hr) == [f"policy-review:{issued.pk}:90:{hr.pk}"]
    jobs.review_alerts(at(REVIEW_DUE - timedelta(days=14)))
    assert len(review_keys(hr)) == 1
