"""People pages: staff list and records, my details, pupils, and HR's organisation import."""

from __future__ import annotations

import shutil
from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_http_methods, require_POST

from socialpolicy.apps.audit.selectors import may_browse_audit
from socialpolicy.apps.people import selectors
from socialpolicy.apps.people.forms import (
    ORG_FILES,
    OrgUploadForm,
    PupilFilterForm,
    StaffFilterForm,
    is_staging_folder,
)
from socialpolicy.apps.people.services import org_import
from socialpolicy.engines.orgdir import OrgDirError, load_org

PAGE_SIZE = 25
SESSION_KEY = "people.org_import"


def _page(request, items):
    return Paginator(items, PAGE_SIZE).get_page(request.GET.get("page"))


def staff_list(request):
    if not selectors.may_list_staff(request.user):
        raise PermissionDenied
    academies, head_office = selectors.staff_places(user=request.user)
    form = StaffFilterForm(request.GET or None, academies=academies, show_head_office=head_office)
    filters = form.cleaned_data if form.is_valid() else {}
    staff = selectors.staff_list(
        user=request.user,
        q=filters.get("q", ""),
        academy=filters.get("academy", ""),
        role=filters.get("role", ""),
        status=filters.get("status") or "active",
    )
    page = _page(request, staff)
    return render(
        request, "people/staff_list.html", {"form": form, "page_obj": page, "staff": page.object_list}
    )


def _record_history_url(user, person) -> str:
    """The audit log filtered to this person's record, for those who may browse the log."""
    if not may_browse_audit(user):
        return ""
    content_type = ContentType.objects.get_for_model(person)
    return f"{reverse('audit:log')}?{urlencode({'type': content_type.pk, 'object': person.pk})}"


def staff_detail(request, pk: int):
    person = selectors.staff_get(user=request.user, pk=pk)
    context = {
        "person": person,
        "is_me": person.pk == request.user.pk,
        "history_url": _record_history_url(request.user, person),
    }
    return render(request, "people/staff_detail.html", context)


def my_details(request):
    person = selectors.staff_get(user=request.user, pk=request.user.pk)
    return render(request, "people/staff_detail.html", {"person": person, "is_me": True})


def pupil_list(request):
    if not selectors.may_list_pupils(request.user):
        raise PermissionDenied
    form = PupilFilterForm(request.GET or None, academies=selectors.pupil_academies(user=request.user))
    filters = form.cleaned_data if form.is_valid() else {}
    pupils = selectors.pupil_list(
        user=request.user,
        q=filters.get("q", ""),
        academy=filters.get("academy", ""),
        consent=filters.get("consent", ""),
    )
    page = _page(request, pupils)
    return render(
        request, "people/pupil_list.html", {"form": form, "page_obj": page, "pupils": page.object_list}
    )


# --- organisation import ------------------------------------------------------------------------


def _require_importer(user) -> None:
    if not selectors.may_import_org(user):
        raise PermissionDenied


def _forget_upload(request) -> None:
    staged = request.session.pop(SESSION_KEY, None)
    if staged and is_staging_folder(staged.get("folder")):
        shutil.rmtree(staged["folder"], ignore_errors=True)


def _import_page(request, form, **extra):
    context = {
        "form": form,
        "org_files": ORG_FILES,
        "history": selectors.org_import_history(user=request.user),
        **extra,
    }
    return render(request, "people/org_import.html", context)


KINDS = (
    ("trust", "Trust"),
    ("academy", "Academies"),
    ("staff", "Staff"),
    ("pupil", "Pupils"),
    ("network", "Networks"),
    ("device", "Device addresses"),
    ("schedule", "Work schedules"),
    ("noncontact", "Non-contact periods"),
    ("site", "Monitored sites added by the trust"),
)
PREVIEW_LIMIT = 200


def _preview(request, plan, files, ignored):
    summary = plan.summary()
    biggest = max([summary["created"], summary["updated"], summary["deactivated"], 1])
    sections = []
    for kind, label in KINDS:
        changes = plan.of_kind(kind)
        if any(changes.values()):
            sections.append({"kind": kind, "label": label, "limit": PREVIEW_LIMIT, **changes})
    return render(
        request,
        "people/org_import_preview.html",
        {
            "plan": plan,
            "summary": summary,
            "bars": [
                (name, summary[name], round(100 * summary[name] / biggest))
                for name in ("created", "updated", "deactivated")
            ],
            "sections": sections,
            "files": files,
            "ignored": ignored,
            "nothing_to_do": not (summary["created"] or summary["updated"] or summary["deactivated"]),
        },
    )


@require_http_methods(["GET", "POST"])
def org_import_upload(request):
    """Upload the folder's files; show the reader's error or a preview. Nothing is written here."""
    _require_importer(request.user)
    if request.method == "GET":
        return _import_page(request, OrgUploadForm())
    _forget_upload(request)
    form = OrgUploadForm(request.POST, request.FILES)
    if not form.is_valid():
        return _import_page(request, form)
    try:
        folder, ignored = form.stage()
    except ValidationError as exc:  # a problem found while unpacking
        form.add_error(None, exc)
        return _import_page(request, form)
    try:
        org = load_org(folder)
        # Planning reads the files other apps own (monitoring's sites.csv) and may refuse them too.
        plan = org_import(org=org, actor=request.user, source="upload", dry_run=True)
    except OrgDirError as error:
        shutil.rmtree(folder, ignore_errors=True)
        return _import_page(request, OrgUploadForm(), import_error=error, ignored=ignored)
    request.session[SESSION_KEY] = {
        "folder": str(folder),
        "summary": plan.summary(),
        "files": sorted(org.present & set(ORG_FILES)),
    }
    return _preview(request, plan, sorted(org.present & set(ORG_FILES)), ignored)


@require_POST
def org_import_apply(request):
    """Apply the import previewed in this session, all or nothing."""
    _require_importer(request.user)
    staged = request.session.get(SESSION_KEY)
    if request.POST.get("action") == "cancel":
        _forget_upload(request)
        messages.info(request, "Import cancelled. Nothing was changed.")
        return redirect("people:import")
    if not staged or not is_staging_folder(staged.get("folder")):
        messages.error(request, "There is no import waiting to be confirmed. Upload the files again.")
        return redirect("people:import")
    try:
        org = load_org(staged["folder"])
        plan = org_import(org=org, actor=request.user, source="upload", dry_run=True)
    except OrgDirError as error:
        _forget_upload(request)
        return _import_page(request, OrgUploadForm(), import_error=error)
    if plan.summary() != staged["summary"]:
        # Someone changed the records between the preview and the confirmation: show it again.
        staged["summary"] = plan.summary()
        request.session[SESSION_KEY] = staged
        messages.warning(request, "The records changed since you saw the preview. Check the new preview.")
        return _preview(request, plan, staged["files"], [])
    source = "upload: " + ", ".join(staged["files"])
    result = org_import(org=org, actor=request.user, source=source[:300])
    _forget_upload(request)
    figures = result.summary()
    messages.success(
        request,
        f"Import applied: {figures['created']} created, {figures['updated']} updated, "
        f"{figures['deactivated']} deactivated, {figures['unchanged']} unchanged.",
    )
    return redirect("people:import")
