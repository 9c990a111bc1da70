"""Monitoring pages: findings and triage (ICT), use charts and people (ICT, heads), uploads (ICT),
settings (HR), the sites monitored (ICT; heads and HR read), safeguarding alerts (DSLs) and
everyone's own record. Views stay thin."""

from __future__ import annotations

import tempfile
from pathlib import Path

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_http_methods, require_POST

from socialpolicy.apps.core import access
from socialpolicy.apps.monitoring import selectors, services
from socialpolicy.apps.monitoring.forms import (
    FindingFilterForm,
    FollowUpForm,
    SettingsForm,
    TriageForm,
    TrustSiteForm,
    UploadForm,
    UsageFilterForm,
)
from socialpolicy.apps.monitoring.models import Ingest
from socialpolicy.apps.people.models import User
from socialpolicy.engines.monitoring import CatalogueError, LogReadError

PAGE_SIZE = 50


def my_record(request):
    """Everyone's own monitoring record: how they are monitored, their use and any findings."""
    user = request.user
    activity = selectors.activity_for(user).filter(user=user)
    context = selectors.person_history(user, user)
    context.update(
        {
            "monitoring": services.monitoring_settings(),
            "is_me": True,
            "charts": selectors.usage_charts(activity, days=30, today=timezone.localdate()),
        }
    )
    return render(request, "monitoring/person.html", context)


def findings(request):
    if not selectors.may_review(request.user):
        raise PermissionDenied
    form = FindingFilterForm(request.GET or None, academies=selectors.academy_choices(request.user))
    filters = form.cleaned_data if form.is_valid() else {}
    found = selectors.findings_for(
        request.user,
        status=filters.get("status", ""),
        academy=filters.get("academy", ""),
        clause=filters.get("clause", ""),
    )
    page = Paginator(found, PAGE_SIZE).get_page(request.GET.get("page"))
    return render(
        request,
        "monitoring/findings.html",
        {
            "form": form,
            "page_obj": page,
            "findings": page.object_list,
            "may_triage": selectors.may_triage(request.user),
            "monitoring": services.monitoring_settings(),
        },
    )


@require_http_methods(["GET", "POST"])
def finding_detail(request, pk: int):
    finding = selectors.finding_for(request.user, pk)
    may_triage = access.can_change(request.user, finding)
    may_follow_up = selectors.may_follow_up(request.user, finding)
    posted = request.POST.get("form", "triage") if request.method == "POST" else ""
    form = TriageForm(request.POST if posted == "triage" else None) if may_triage else None
    follow_up_form = FollowUpForm(request.POST if posted == "follow_up" else None) if may_follow_up else None
    if posted == "triage":
        if not may_triage:
            raise PermissionDenied
        if form.is_valid():
            try:
                _apply_triage(request, finding, form.cleaned_data)
            except services.MonitoringError as exc:
                messages.error(request, str(exc))
            else:
                return redirect("monitoring:finding", pk=finding.pk)
    elif posted == "follow_up":
        if not may_follow_up:
            raise PermissionDenied
        if follow_up_form.is_valid():
            services.finding_follow_up(
                actor=request.user, finding=finding, notes=follow_up_form.cleaned_data["follow_up"]
            )
            messages.success(request, "Follow-up recorded.")
            return redirect("monitoring:finding", pk=finding.pk)
    is_subject = finding.user_id == request.user.pk and not selectors.may_review(request.user)
    return render(
        request,
        "monitoring/finding.html",
        {
            "finding": finding,
            "site_name": selectors.site_name(finding.site),
            "form": form,
            "follow_up_form": follow_up_form,
            "is_routed": finding.status in services.ROUTED,
            "may_triage": may_triage,
            "show_notes": not is_subject,
            "may_see_person": finding.user_id is not None and selectors.may_review(request.user),
        },
    )


def _apply_triage(request, finding, data) -> None:
    actor, notes = request.user, data.get("notes", "")
    action = data["action"]
    if action == "false_positive":
        services.finding_triage(actor=actor, finding=finding, true_positive=False, notes=notes)
        messages.success(request, "Marked as a false positive and closed.")
    elif action == "confirm":
        services.finding_triage(actor=actor, finding=finding, true_positive=True, notes=notes)
        messages.success(request, "Confirmed. Route it when you are ready.")
    elif action == "route_head":
        finding = services.finding_route_to_head(actor=actor, finding=finding, notes=notes)
        messages.success(request, f"Routed to {finding.routed_to}, who has been told.")
    else:
        if notes.strip():
            services.finding_triage(actor=actor, finding=finding, true_positive=True, notes=notes)
        services.finding_route_to_dsl(actor=actor, finding=finding, concern=data["concern"])
        messages.success(
            request, "Routed to the academy's DSL as a safeguarding concern; they have been told."
        )


def usage(request):
    if not selectors.may_review(request.user):
        raise PermissionDenied
    form = UsageFilterForm(request.GET or None, academies=selectors.academy_choices(request.user))
    filters = form.cleaned_data if form.is_valid() else {}
    days = filters.get("days") or 14
    activity = selectors.activity_for(request.user, academy=filters.get("academy", ""))
    charts = selectors.usage_charts(activity, days=days, today=timezone.localdate())
    top_people = selectors.top_people(activity, since=charts["start"])
    return render(
        request,
        "monitoring/usage.html",
        {"form": form, "charts": charts, "days": days, "top_people": top_people},
    )


def person(request, pk: int):
    if pk == request.user.pk:
        return redirect("monitoring:me")
    if not selectors.may_review(request.user):
        raise PermissionDenied
    subject = access.get_for_user(request.user, User.objects.select_related("academy"), pk=pk)
    context = selectors.person_history(request.user, subject)
    context["is_me"] = False
    return render(request, "monitoring/person.html", context)


@require_http_methods(["GET", "POST"])
def upload(request):
    if not selectors.may_ingest(request.user):
        raise PermissionDenied
    monitoring = services.monitoring_settings()
    form = UploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            ingest = _ingest_uploads(request.user, form.cleaned_data["logs"], form.cleaned_data["log_format"])
        except (services.MonitoringError, LogReadError, CatalogueError) as exc:
            messages.error(request, str(exc))
        else:
            messages.success(
                request,
                f"Ingested {ingest.files.count()} file(s): {ingest.lines} lines, "
                f"{ingest.activity_rows} day(s) of use stored, {ingest.findings_new} new finding(s).",
            )
            return redirect("monitoring:upload")
    ingests = access.scope_queryset(request.user, Ingest.objects.prefetch_related("files"))[:20]
    return render(
        request, "monitoring/upload.html", {"form": form, "monitoring": monitoring, "ingests": ingests}
    )


def _ingest_uploads(actor, uploads, log_format: str) -> Ingest:
    """Uploads go to a private temporary folder, are scanned, and are gone when this returns."""
    with tempfile.TemporaryDirectory(prefix="socialpolicy-ingest-") as folder:
        files = []
        for i, upload_file in enumerate(uploads):
            # Keep the suffix (.gz) the engine reads by; never trust the uploaded name as a path.
            suffix = "".join(Path(upload_file.name).suffixes[-2:])[:20]
            path = Path(folder) / f"log{i}{suffix}"
            with path.open("wb") as handle:
                for chunk in upload_file.chunks():
                    handle.write(chunk)
            files.append(services.LogFile(path, Path(upload_file.name).name))
        return services.monitoring_ingest(
            actor=actor, files=files, source="upload", log_format=log_format or None
        )


@require_http_methods(["GET", "POST"])
def settings_page(request):
    if not selectors.may_configure(request.user):
        raise PermissionDenied
    record = services.monitoring_settings()
    initial = {
        "lawful_basis": record.lawful_basis,
        "dpia_reference": record.dpia_reference,
        "retention_days": record.retention_days,
        "staff_notice": record.staff_notice,
    }
    form = SettingsForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            record = services.monitoring_settings_update(
                actor=request.user,
                lawful_basis=data["lawful_basis"],
                dpia_reference=data["dpia_reference"],
                retention_days=data["retention_days"],
                staff_notice=data["staff_notice"],
            )
        except services.MonitoringError as exc:
            messages.error(request, str(exc))
        else:
            state = "on" if record.enabled else "off (a lawful basis and a DPIA reference are both needed)"
            messages.success(request, f"Settings saved. Monitoring is {state}.")
            return redirect("monitoring:settings")
    return render(request, "monitoring/settings.html", {"form": form, "monitoring": record})


@require_http_methods(["GET", "POST"])
def sites(request):
    """The built-in catalogue (read only) and the sites the trust added; ICT adds and removes."""
    if not selectors.may_see_sites(request.user):
        raise PermissionDenied
    may_change = selectors.may_change_sites(request.user)
    if request.method == "POST" and not may_change:
        raise PermissionDenied
    form = TrustSiteForm(request.POST or None) if may_change else None
    if form is not None and request.method == "POST" and form.is_valid():
        try:
            site = services.trust_site_add(actor=request.user, **form.cleaned_data)
        except services.MonitoringError as exc:
            messages.error(request, str(exc))
        else:
            messages.success(
                request,
                f"{site.domain} added to {site.name}. Logs ingested from now on count it; logs "
                "ingested before are not read again.",
            )
            return redirect("monitoring:sites")
    return render(
        request,
        "monitoring/sites.html",
        {"form": form, "may_change": may_change, **selectors.sites_for(request.user)},
    )


@require_POST
def site_remove(request, pk: int):
    site = selectors.trust_site_for(request.user, pk)
    if not access.can_change(request.user, site):
        raise PermissionDenied
    try:
        services.trust_site_remove(actor=request.user, site=site)
    except services.MonitoringError as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, f"{site.domain} is no longer monitored. Findings already made stay.")
    return redirect("monitoring:sites")


def alerts(request):
    if not selectors.may_see_alerts(request.user):
        raise PermissionDenied
    return render(request, "monitoring/alerts.html", {"alerts": selectors.alerts_for(request.user)})


@require_http_methods(["GET"])
def alert_detail(request, pk: int):
    alert = selectors.alert_for(request.user, pk)
    return render(
        request,
        "monitoring/alert.html",
        {"alert": alert, "may_acknowledge": access.can_change(request.user, alert)},
    )


@require_POST
def alert_acknowledge(request, pk: int):
    alert = selectors.alert_for(request.user, pk)
    if not access.can_change(request.user, alert):
        raise PermissionDenied
    services.safeguarding_alert_acknowledge(actor=request.user, alert=alert)
    messages.success(request, "Acknowledged.")
    return redirect("monitoring:alert", pk=alert.pk)
