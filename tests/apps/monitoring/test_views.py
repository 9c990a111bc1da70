"""The monitoring pages: heads see their academy, staff their own record; triage, upload, settings."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from socialpolicy.apps.monitoring.models import Finding, FindingStatus, Ingest, MonitoringSettings
from tests.apps.monitoring.conftest import DAY, squid_lines

pytestmark = pytest.mark.django_db


def facebook(user: str, ip: str, minutes: int = 12) -> list[str]:
    return squid_lines(user=user, ip=ip, host="www.facebook.com", start=DAY.replace(hour=9), minutes=minutes)


@pytest.fixture
def two_findings(networks, monitoring_on, staff_north, staff_south, ingest_lines):
    ingest_lines(facebook("sam.staff", "10.1.5.5") + facebook("sue.staff", "10.2.5.5", minutes=40))
    return Finding.objects.get(user=staff_north), Finding.objects.get(user=staff_south)


def test_head_sees_only_their_academys_findings(two_findings, head_north, login):
    north, south = two_findings
    client = login(head_north)
    page = client.get(reverse("monitoring:findings"))
    assert page.status_code == 200
    assert list(page.context["findings"]) == [north]
    assert client.get(reverse("monitoring:finding", args=[north.pk])).status_code == 200
    assert client.get(reverse("monitoring:finding", args=[south.pk])).status_code == 404
    assert client.get(reverse("monitoring:person", args=[south.user_id])).status_code == 404
    person = client.get(reverse("monitoring:person", args=[north.user_id]))
    assert person.status_code == 200 and list(person.context["findings"]) == [north]


def test_ict_sees_every_finding_and_charts(two_findings, ict, login):
    client = login(ict)
    page = client.get(reverse("monitoring:findings"))
    assert {f.pk for f in page.context["findings"]} == {f.pk for f in two_findings}
    usage = client.get(reverse("monitoring:usage") + "?days=30")
    assert usage.status_code == 200
    charts = usage.context["charts"]
    assert charts["total_minutes"] == 52
    assert [bar.value for bar in charts["per_site"]] == [52]
    assert max(bar.value for bar in charts["per_day"]) == 52
    html = usage.content.decode()
    assert "<svg" in html and "<script" not in html.split("</main>")[0].split("<main")[1]
    assert "https://cdn" not in html


def test_head_charts_count_only_their_academy(two_findings, head_north, login):
    usage = login(head_north).get(reverse("monitoring:usage") + "?days=30")
    assert usage.context["charts"]["total_minutes"] == 12


def test_staff_see_only_their_own_record(two_findings, staff_north, login):
    north, south = two_findings
    client = login(staff_north)
    mine = client.get(reverse("monitoring:me"))
    assert mine.status_code == 200
    assert list(mine.context["findings"]) == [north]
    assert [row.person for day in mine.context["days"] for row in day["rows"]] == [staff_north.email]
    assert client.get(reverse("monitoring:findings")).status_code == 403
    assert client.get(reverse("monitoring:usage")).status_code == 403
    assert client.get(reverse("monitoring:finding", args=[north.pk])).status_code == 200
    assert client.get(reverse("monitoring:finding", args=[south.pk])).status_code == 404
    assert client.get(reverse("monitoring:person", args=[south.user_id])).status_code == 403
    assert client.get(reverse("monitoring:upload")).status_code == 403
    assert client.get(reverse("monitoring:settings")).status_code == 403


def test_staff_do_not_see_triage_notes_on_their_own_finding(two_findings, staff_north, ict, login):
    north, _ = two_findings
    login(ict).post(
        reverse("monitoring:finding", args=[north.pk]), {"action": "confirm", "notes": "Internal ICT remark"}
    )
    page = login(staff_north).get(reverse("monitoring:finding", args=[north.pk]))
    assert "Internal ICT remark" not in page.content.decode()
    assert page.context["form"] is None


def test_ict_triages_and_routes_from_the_page(
    two_findings, ict, head_north, login, django_capture_on_commit_callbacks
):
    north, _ = two_findings
    client = login(ict)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("monitoring:finding", args=[north.pk]), {"action": "route_head", "notes": "Checked"}
        )
    assert response.status_code == 302
    north.refresh_from_db()
    assert north.status == FindingStatus.ROUTED_HEAD and north.routed_to == head_north
    # The head cannot triage.
    head = login(head_north)
    assert (
        head.post(reverse("monitoring:finding", args=[north.pk]), {"action": "false_positive"}).status_code
        == 403
    )


def test_route_to_dsl_needs_the_concern(two_findings, ict, dsl_north, login):
    north, _ = two_findings
    client = login(ict)
    page = client.post(reverse("monitoring:finding", args=[north.pk]), {"action": "route_dsl"})
    assert page.status_code == 200 and page.context["form"].errors
    client.post(reverse("monitoring:finding", args=[north.pk]), {"action": "route_dsl", "concern": "Worry"})
    north.refresh_from_db()
    assert north.status == FindingStatus.ROUTED_DSL
    alerts = login(dsl_north).get(reverse("monitoring:alerts"))
    assert alerts.status_code == 200 and len(alerts.context["alerts"]) == 1
    alert = alerts.context["alerts"][0]
    detail = login(dsl_north).get(reverse("monitoring:alert", args=[alert.pk]))
    assert "Worry" in detail.content.decode()


def test_upload_ingests_once(networks, monitoring_on, staff_north, ict, login):
    client = login(ict)
    content = ("\n".join(facebook("sam.staff", "10.1.5.5")) + "\n").encode()
    response = client.post(
        reverse("monitoring:upload"), {"logs": [SimpleUploadedFile("access.log", content)], "log_format": ""}
    )
    assert response.status_code == 302
    assert Ingest.objects.get().source == "upload"
    assert Finding.objects.count() == 1
    again = client.post(
        reverse("monitoring:upload"),
        {"logs": [SimpleUploadedFile("access-copy.log", content)], "log_format": ""},
        follow=True,
    )
    assert "already ingested" in again.content.decode()
    assert Ingest.objects.count() == 1 and Finding.objects.count() == 1


def test_upload_page_says_monitoring_is_off(networks, ict, login):
    page = login(ict).get(reverse("monitoring:upload"))
    assert "Monitoring is off" in page.content.decode()


def test_hr_records_the_lawful_basis(hr, login):
    client = login(hr)
    page = client.get(reverse("monitoring:settings"))
    assert "Consent is not offered" in page.content.decode()
    assert "consent" not in [value for value, _ in page.context["form"].fields["lawful_basis"].choices]
    client.post(
        reverse("monitoring:settings"),
        {"lawful_basis": "public_task", "dpia_reference": "DPIA-2026-04", "retention_days": "60"},
    )
    record = MonitoringSettings.objects.get()
    assert record.enabled and record.effective_retention_days == 60 and record.updated_by == hr


def test_home_page_tells_staff_how_they_are_monitored(staff_north, monitoring_on, login):
    page = login(staff_north).get(reverse("home"))
    html = page.content.decode()
    assert "How your use of social media is monitored" in html
    assert "DPIA-2026-01" in html and reverse("monitoring:me") in html


def test_home_page_says_when_monitoring_is_off(staff_north, login):
    html = login(staff_north).get(reverse("home")).content.decode()
    assert "not switched on" in html
    assert not MonitoringSettings.objects.exists()  # reading never writes


def test_head_follows_up_from_the_page(two_findings, ict, head_north, head_south, login):
    from socialpolicy.apps.monitoring.services import finding_route_to_head

    north, _ = two_findings
    finding_route_to_head(actor=ict, finding=north)
    url = reverse("monitoring:finding", args=[north.pk])
    page = login(head_north).get(url)
    assert page.context["follow_up_form"] is not None and page.context["form"] is None
    response = login(head_north).post(url, {"form": "follow_up", "follow_up": "Talked it through"})
    assert response.status_code == 302
    north.refresh_from_db()
    assert north.status == FindingStatus.FOLLOWED_UP
    assert "Talked it through" in login(ict).get(url).content.decode()
