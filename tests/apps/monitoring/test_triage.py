"""Triage and routing: ICT decides, the head (or the CEO for head office) or the DSL is told."""

from __future__ import annotations

import pytest
from auditlog.models import LogEntry
from django.core import mail
from django.db import connection

from socialpolicy.apps.core import access
from socialpolicy.apps.monitoring.models import Finding, FindingStatus, SafeguardingAlert
from socialpolicy.apps.monitoring.services import (
    MonitoringError,
    finding_route_to_dsl,
    finding_route_to_head,
    finding_triage,
    safeguarding_alert_acknowledge,
)
from socialpolicy.apps.notifications.models import Notification
from tests.apps.monitoring.conftest import DAY, squid_lines

pytestmark = pytest.mark.django_db


@pytest.fixture
def finding_of(networks, monitoring_on, ingest_lines):
    """Ingest 12 minutes of Instagram on a trust device for ``person`` (address by academy)."""

    def _make(person) -> Finding:
        code = person.academy.code if person.academy else None
        ip = {None: "10.0.3.3", "NTH": "10.1.3.3", "STH": "10.2.3.3"}[code]
        user = person.email.split("@")[0]
        ingest_lines(
            squid_lines(user=user, ip=ip, host="www.instagram.com", start=DAY.replace(hour=10), minutes=12),
            name=f"{user}.log",
        )
        return Finding.objects.get(person=person.email)

    return _make


def test_false_positive_closes_the_finding_with_encrypted_notes(finding_of, staff_north, ict):
    finding = finding_of(staff_north)
    finding_triage(actor=ict, finding=finding, true_positive=False, notes="Shared PC, Sam was off sick")
    finding.refresh_from_db()
    assert finding.status == FindingStatus.FALSE_POSITIVE
    assert finding.triage_notes == "Shared PC, Sam was off sick" and finding.triaged_by == ict
    with connection.cursor() as cursor:
        cursor.execute("SELECT triage_notes FROM monitoring_finding WHERE id = %s", [finding.pk])
        raw = cursor.fetchone()[0]
    assert "off sick" not in str(raw)
    entry = LogEntry.objects.get_for_object(finding).filter(action=LogEntry.Action.UPDATE).get()
    assert entry.actor == ict
    assert "off sick" not in str(entry.changes)
    assert entry.changes_dict["status"][1] == "false_positive"
    with pytest.raises(MonitoringError, match="false positive"):
        finding_route_to_head(actor=ict, finding=finding)


def test_route_to_the_head_of_the_persons_academy(
    finding_of, staff_north, head_north, head_south, ict, django_capture_on_commit_callbacks
):
    finding = finding_of(staff_north)
    finding_triage(actor=ict, finding=finding, true_positive=True, notes="Lunch-time? No: 10:00 lesson")
    with django_capture_on_commit_callbacks(execute=True):
        finding = finding_route_to_head(actor=ict, finding=finding)
    assert finding.status == FindingStatus.ROUTED_HEAD and finding.routed_to == head_north
    note = Notification.objects.get(recipient=head_north)
    assert f"/monitoring/findings/{finding.pk}/" in note.url
    assert not Notification.objects.filter(recipient=head_south).exists()
    assert [m.to for m in mail.outbox if "follow up" in m.subject] == [[head_north.email]]
    assert (
        LogEntry.objects.get_for_object(finding).filter(actor=ict, changes__icontains="routed_head").exists()
    )
    with pytest.raises(MonitoringError, match="already been routed"):
        finding_route_to_head(actor=ict, finding=finding)


def test_head_office_staff_are_routed_to_the_ceo(
    finding_of, staff_head_office, ceo, head_north, ict, django_capture_on_commit_callbacks
):
    finding = finding_of(staff_head_office)
    assert finding.academy_id is None
    with django_capture_on_commit_callbacks(execute=True):
        finding = finding_route_to_head(actor=ict, finding=finding, notes="Confirmed")
    assert finding.routed_to == ceo
    assert Notification.objects.filter(recipient=ceo).exists()
    assert not Notification.objects.filter(recipient=head_north).exists()
    assert access.can_view(ceo, finding)


def test_safeguarding_concern_goes_to_the_academys_dsl_only(
    finding_of, staff_north, dsl_north, head_north, ict, hr, django_capture_on_commit_callbacks
):
    finding = finding_of(staff_north)
    with django_capture_on_commit_callbacks(execute=True):
        alert = finding_route_to_dsl(actor=ict, finding=finding, concern="Messaging a pupil account at 10am")
    finding.refresh_from_db()
    assert finding.status == FindingStatus.ROUTED_DSL and finding.routed_to == dsl_north
    assert Notification.objects.filter(recipient=dsl_north, url=f"/monitoring/alerts/{alert.pk}/").exists()
    assert not Notification.objects.filter(recipient=head_north).exists()
    # Only the DSL (and ICT, who raised it) can read the concern; the head and the person cannot.
    assert access.can_view(dsl_north, alert) and access.can_view(ict, alert)
    for other in (head_north, staff_north, hr):
        assert not access.can_view(other, alert)
        assert not access.scope_queryset(other, SafeguardingAlert.objects.all()).exists()
    with connection.cursor() as cursor:
        cursor.execute("SELECT concern FROM monitoring_safeguardingalert WHERE id = %s", [alert.pk])
        assert "pupil account" not in str(cursor.fetchone()[0])
    safeguarding_alert_acknowledge(actor=dsl_north, alert=alert)
    alert.refresh_from_db()
    assert alert.acknowledged_by == dsl_north
    with pytest.raises(PermissionError):
        safeguarding_alert_acknowledge(actor=ict, alert=alert)


def test_safeguarding_route_needs_a_dsl_at_that_academy(finding_of, staff_south, ict):
    finding = finding_of(staff_south)
    with pytest.raises(MonitoringError, match="DSL"):
        finding_route_to_dsl(actor=ict, finding=finding, concern="Worrying")
    finding.refresh_from_db()
    assert finding.status == FindingStatus.NEW
    assert not SafeguardingAlert.objects.exists()


def test_only_ict_triages(finding_of, staff_north, head_north, hr, ceo):
    finding = finding_of(staff_north)
    for person in (head_north, hr, ceo, staff_north):
        with pytest.raises(PermissionError):
            finding_triage(actor=person, finding=finding, true_positive=False)
        with pytest.raises(PermissionError):
            finding_route_to_head(actor=person, finding=finding)


def test_ict_is_alerted_to_new_findings(finding_of, staff_north, ict):
    finding_of(staff_north)
    note = Notification.objects.get(recipient=ict)
    assert "1 new monitoring finding" in note.title


def test_a_heads_own_finding_goes_to_the_ceo(finding_of, head_north, ceo, ict):
    finding = finding_of(head_north)
    finding = finding_route_to_head(actor=ict, finding=finding)
    assert finding.routed_to == ceo


def test_notifications_carry_no_monitoring_data(
    finding_of, staff_north, head_north, ict, django_capture_on_commit_callbacks
):
    finding = finding_of(staff_north)
    with django_capture_on_commit_callbacks(execute=True):
        finding_route_to_head(actor=ict, finding=finding)
    for note in Notification.objects.all():
        text = f"{note.title} {note.body}".lower()
        assert "instagram" not in text and staff_north.email not in text and "12" not in text


def test_the_head_records_the_follow_up(finding_of, staff_north, head_north, head_south, ict):
    from socialpolicy.apps.monitoring.selectors import home_actions
    from socialpolicy.apps.monitoring.services import finding_follow_up

    finding = finding_route_to_head(actor=ict, finding=finding_of(staff_north))
    assert any("routed to you" in a.title for a in home_actions(head_north))
    for other in (head_south, ict, staff_north):
        with pytest.raises(PermissionError):
            finding_follow_up(actor=other, finding=finding, notes="Spoke to them")
    finding = finding_follow_up(actor=head_north, finding=finding, notes="Spoke to Sam; no further action")
    assert finding.status == FindingStatus.FOLLOWED_UP and finding.followed_up_by == head_north
    assert not any("routed to you" in a.title for a in home_actions(head_north))
    assert LogEntry.objects.get_for_object(finding).filter(actor=head_north).exists()
    with pytest.raises(MonitoringError):
        finding_follow_up(actor=head_north, finding=finding, notes="Again")
