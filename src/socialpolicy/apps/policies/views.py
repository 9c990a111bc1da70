"""Pages of the policy lifecycle. Thin: selectors read, services write, templates show."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from socialpolicy.apps.core.access import may, places, roles_of, scope_queryset
from socialpolicy.apps.policies import exports, selectors, services
from socialpolicy.apps.policies.charts import line_chart
from socialpolicy.apps.policies.forms import (
    AttendanceForm,
    ExemptionForm,
    PolicySettingsForm,
    SignForm,
    TrainingSessionForm,
    VersionForm,
)
from socialpolicy.apps.policies.models import Audience, Policy, PolicyVersion, TrainingSession


def _client_ip(request) -> str | None:
    # REMOTE_ADDR only: a client can forge X-Forwarded-For. Behind a reverse proxy, have the proxy
    # (or a middleware trusted for it) set REMOTE_ADDR (docs/decisions/0400).
    return request.META.get("REMOTE_ADDR") or None


def _require_manager(user) -> None:
    if not selectors.may_manage(user):
        raise PermissionDenied


# --- reading and signing --------------------------------------------------------------------


@login_required
def policy_list(request):
    today = timezone.localdate()
    versions = {v.policy_id: v for v in selectors.current_versions()}
    open_requests = {r.version_id: r for r in selectors.my_open_requests(user=request.user)}
    rows = []
    for policy in selectors.policy_list():
        version = versions.get(policy.pk)
        rows.append(
            {
                "policy": policy,
                "version": version,
                "review": version.review_status(today) if version else None,
                "open_request": open_requests.get(version.pk) if version else None,
            }
        )
    return render(request, "policies/list.html", {"rows": rows, "today": today})


@login_required
def policy_detail(request, slug: str):
    policy = get_object_or_404(Policy.objects.select_related("owner"), slug=slug)
    version = selectors.current_version(policy)
    return _render_version(request, policy, version)


@login_required
def version_detail(request, pk: int):
    version = selectors.version_get(user=request.user, pk=pk)
    return _render_version(request, version.policy, version)


def _render_version(request, policy, version):
    versions = policy.versions.order_by("-number")
    if not selectors.may_manage(request.user):
        versions = versions.filter(issued_at__isnull=False)
    today = timezone.localdate()
    return render(
        request,
        "policies/detail.html",
        {
            "policy": policy,
            "version": version,
            "versions": versions,
            "today": today,
            "review": version.review_status(today) if version else None,
            "open_request": next(
                (
                    r
                    for r in selectors.my_open_requests(user=request.user)
                    if version and r.version_id == version.pk
                ),
                None,
            ),
        },
    )


@login_required
def sign(request, pk: int):
    sign_off = selectors.request_get_for_signing(user=request.user, pk=pk)
    signature = getattr(sign_off, "signature", None)
    if signature:
        return redirect("policies:signature", signature.pk)
    version = sign_off.version
    form = SignForm(request.POST or None, version=version)
    if request.method == "POST" and form.is_valid():
        try:
            signature = services.policy_sign(
                actor=request.user,
                request=sign_off,
                confirmed=form.cleaned_data["confirm"],
                answers=form.answers(),
                ip_address=_client_ip(request),
                user_agent=request.META.get("HTTP_USER_AGENT", ""),
            )
        except services.PolicyError as exc:
            messages.error(request, str(exc))
        else:
            messages.success(
                request, f"Thank you: you have signed the {version.policy.title} {version.label}."
            )
            return redirect("policies:signature", signature.pk)
    return render(request, "policies/sign.html", {"sign_off": sign_off, "version": version, "form": form})


@login_required
def my_signatures(request):
    return render(
        request,
        "policies/my_signatures.html",
        {
            "signatures": selectors.my_signatures(user=request.user),
            "open_requests": selectors.my_open_requests(user=request.user),
        },
    )


@login_required
def signature_detail(request, pk: int):
    signature = selectors.signature_get(user=request.user, pk=pk)
    return render(request, "policies/signature.html", {"signature": signature})


# --- HR: versions ---------------------------------------------------------------------------


@login_required
def manage(request):
    _require_manager(request.user)
    form = VersionForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            version = services.version_create(
                actor=request.user,
                policy=data["policy"],
                text=data["text"],
                ratified_on=data["ratified_on"],
                ratified_by=data["ratified_by"],
                summary_of_changes=data["summary_of_changes"],
                questions=form.questions(),
                due_working_days=data["due_working_days"],
            )
        except services.PolicyError as exc:
            messages.error(request, str(exc))
        else:
            messages.success(request, f"{version} saved as a draft. Issue it when ready.")
            return redirect("policies:manage")
    elif request.method == "GET":
        policy = selectors.policy_list().first()
        current = selectors.current_version(policy) if policy else None
        form.initial["policy"] = policy
        if current:
            form.initial["text"] = current.text
    versions = PolicyVersion.objects.select_related("policy", "issued_by").order_by(
        "policy__title", "-number"
    )
    settings_forms = [
        (
            policy,
            PolicySettingsForm(
                prefix=f"p{policy.pk}",
                initial={
                    "owner": policy.owner,
                    "related_policies": "\n".join(policy.related_policies),
                    "review_reminder_days": ", ".join(str(d) for d in policy.reminder_days),
                },
            ),
        )
        for policy in selectors.policy_list()
    ]
    return render(
        request,
        "policies/manage.html",
        {"form": form, "versions": versions, "settings_forms": settings_forms},
    )


@require_POST
@login_required
def policy_settings(request, slug: str):
    _require_manager(request.user)
    policy = get_object_or_404(Policy, slug=slug)
    form = PolicySettingsForm(request.POST, prefix=f"p{policy.pk}")
    if form.is_valid():
        try:
            services.policy_update(
                actor=request.user,
                policy=policy,
                owner=form.cleaned_data["owner"],
                related_policies=form.cleaned_data["related_policies"].splitlines(),
                review_reminder_days=form.cleaned_data["review_reminder_days"],
            )
        except services.PolicyError as exc:
            messages.error(request, str(exc))
        else:
            messages.success(request, f"{policy} settings saved.")
    else:
        messages.error(
            request, "Check the settings: " + " ".join(e for errs in form.errors.values() for e in errs)
        )
    return redirect("policies:manage")


@require_POST
@login_required
def issue(request, pk: int):
    _require_manager(request.user)
    version = get_object_or_404(PolicyVersion, pk=pk)
    try:
        count = services.version_issue(actor=request.user, version=version)
    except services.PolicyError as exc:
        messages.error(request, str(exc))
    else:
        messages.success(
            request,
            f"{version} issued: {count} people asked to read and sign it. "
            "Reminders go out with the next scheduled run.",
        )
    return redirect("policies:manage")


# --- dashboard and exports ------------------------------------------------------------------


def _dashboard_version(request):
    if selectors.dashboard_scope(request.user) is None:
        raise PermissionDenied
    wanted = request.GET.get("version")
    if wanted:
        try:
            return selectors.version_get(user=request.user, pk=int(wanted))
        except ValueError:
            raise Http404("No such version") from None
    versions = selectors.current_versions()
    return versions[0] if versions else None


@login_required
def dashboard(request):
    version = _dashboard_version(request)
    today = timezone.localdate()
    context = {"version": version, "today": today, "scope": selectors.dashboard_scope(request.user)}
    if version:
        context["compliance"] = selectors.compliance(user=request.user, version=version, today=today)
        context["chart"] = line_chart(selectors.trend(user=request.user, version=version, today=today))
        page = Paginator(selectors.outstanding(user=request.user, version=version), 100).get_page(
            request.GET.get("page")
        )
        context["outstanding"] = page
        context["issued_versions"] = PolicyVersion.objects.filter(issued_at__isnull=False).select_related(
            "policy"
        )
    return render(request, "policies/dashboard.html", context)


@login_required
def export(request, fmt: str):
    version = _dashboard_version(request)
    if version is None:
        raise Http404("No issued version")
    rows = selectors.export_rows(user=request.user, version=version, today=timezone.localdate())
    stem = f"{version.policy.slug}-{version.label}-compliance-{timezone.localdate():%Y%m%d}"
    if fmt == "csv":
        return exports.csv_response(rows, f"{stem}.csv")
    return exports.xlsx_response(rows, f"{stem}.xlsx", title="Compliance")


# --- training -------------------------------------------------------------------------------


def _training_policy():
    policy = selectors.policy_list().first()
    if policy is None:
        raise Http404("No policy yet")
    return policy


@login_required
def training(request):
    if selectors.dashboard_scope(request.user) is None:
        raise PermissionDenied
    policy = _training_policy()
    user = request.user
    may_add = may(user, TrainingSession, "change")
    academies = None if "hr" in roles_of(user) else sorted(places(user, "head"), key=lambda a: a or 0)
    form = TrainingSessionForm(request.POST or None, academies=academies) if may_add else None
    if form is not None and request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        academy_id = data["academy"].pk if data["academy"] else None
        if not may(user, TrainingSession, "change", academy_id):
            raise PermissionDenied
        session = services.training_session_create(actor=user, policy=policy, **data)
        messages.success(request, "Session added: now record who attended.")
        return redirect("policies:training_session", session.pk)
    return render(
        request,
        "policies/training.html",
        {
            "policy": policy,
            "sessions": selectors.training_sessions(user=user, policy=policy),
            "senior": selectors.senior_leaders(user=user, policy=policy),
            "cascade": selectors.cascade_status(user=user, policy=policy),
            "exemptions": selectors.exemptions(user=user, policy=policy),
            "form": form,
            "exemption_form": ExemptionForm() if selectors.may_manage(user) else None,
        },
    )


@login_required
def training_session(request, pk: int):
    session = selectors.training_session_get(user=request.user, pk=pk)
    may_change = scope_queryset(request.user, TrainingSession.objects.filter(pk=pk), "change").exists()
    people = scope_queryset(request.user, get_user_model().objects.filter(is_active=True), "view")
    if session.audience == Audience.SENIOR:
        people = people.filter(role_assignments__role__in=selectors.SENIOR_ROLES).distinct()
    else:  # an academy's cascade session, or head office's (academy empty)
        people = people.filter(academy_id=session.academy_id)
    form = AttendanceForm(request.POST or None, people_queryset=people.order_by("last_name", "first_name"))
    if request.method == "POST":
        if not may_change:
            raise PermissionDenied
        if form.is_valid():
            added = services.training_attendance_record(
                actor=request.user, session=session, users=form.cleaned_data["people"]
            )
            messages.success(request, f"{added} attendance(s) recorded.")
            return redirect("policies:training_session", session.pk)
    attended = set(session.attendances.values_list("user_id", flat=True))
    return render(
        request,
        "policies/training_session.html",
        {"session": session, "form": form if may_change else None, "attended": attended},
    )


@require_POST
@login_required
def exemption_grant(request):
    _require_manager(request.user)
    form = ExemptionForm(request.POST)
    if form.is_valid():
        try:
            services.training_exemption_grant(
                actor=request.user,
                policy=_training_policy(),
                user=form.cleaned_data["person"],
                reason=form.cleaned_data["reason"],
            )
        except services.PolicyError as exc:
            messages.error(request, str(exc))
        else:
            messages.success(request, "Exemption recorded.")
    else:
        messages.error(request, " ".join(e for errors in form.errors.values() for e in errors))
    return redirect("policies:training")
