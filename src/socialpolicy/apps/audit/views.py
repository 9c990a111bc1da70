"""The audit-log browser for HR and the CEO: who changed what, when, filtered and paginated."""

from __future__ import annotations

from django import forms
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.shortcuts import render

from socialpolicy.apps.audit import selectors

PAGE_SIZE = 30


class AuditFilterForm(forms.Form):
    mark_optional = False

    q = forms.CharField(
        label="Text",
        required=False,
        help_text="Words in the record's name or in the changed values.",
        widget=forms.TextInput(attrs={"type": "search"}),
    )
    type = forms.TypedChoiceField(label="Record type", required=False, coerce=int, empty_value=None)
    actor = forms.TypedChoiceField(label="Changed by", required=False, coerce=int, empty_value=None)
    action = forms.ChoiceField(
        label="Action",
        required=False,
        choices=[("", "Any action"), ("create", "Created"), ("update", "Changed"), ("delete", "Deleted")],
    )
    since = forms.DateField(label="From", required=False, widget=forms.DateInput(attrs={"type": "date"}))
    until = forms.DateField(label="To", required=False, widget=forms.DateInput(attrs={"type": "date"}))
    object = forms.CharField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args, record_types=(), actors=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["type"].choices = [("", "Any record type"), *record_types]
        self.fields["actor"].choices = [
            ("", "Anyone"),
            *((a.pk, f"{a.full_name} ({a.email})") for a in actors),
        ]

    def clean(self):
        cleaned = super().clean()
        since, until = cleaned.get("since"), cleaned.get("until")
        if since and until and since > until:
            self.add_error("until", "The end date is before the start date.")
        return cleaned


def log(request):
    if not selectors.may_browse_audit(request.user):
        raise PermissionDenied
    record_types = selectors.audited_record_types()
    form = AuditFilterForm(
        request.GET or None, record_types=record_types, actors=selectors.audit_actors(user=request.user)
    )
    filters = form.cleaned_data if form.is_valid() else {}
    entries = selectors.audit_entries(
        user=request.user,
        content_type_id=filters.get("type"),
        object_id=filters.get("object", ""),
        actor_id=filters.get("actor"),
        action=filters.get("action", ""),
        since=filters.get("since"),
        until=filters.get("until"),
        q=filters.get("q", ""),
    )
    page = Paginator(entries, PAGE_SIZE).get_page(request.GET.get("page"))
    rows = [
        {
            "entry": entry,
            "type": selectors.record_type_label(entry.content_type),
            "action": selectors.ACTION_LABELS.get(entry.action, "Logged"),
            "changes": selectors.entry_changes(entry),
        }
        for entry in page.object_list
    ]
    filtered = bool(request.GET.get("object")) or any(v not in (None, "") for v in filters.values())
    return render(
        request, "audit/log.html", {"form": form, "page_obj": page, "rows": rows, "filtered": filtered}
    )
