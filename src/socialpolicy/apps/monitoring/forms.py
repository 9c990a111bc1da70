"""Forms of the monitoring pages."""

from __future__ import annotations

from django import forms

from socialpolicy.apps.monitoring.models import (
    SITE_ID_MAX_LENGTH,
    FindingStatus,
    LawfulBasis,
    check_not_builtin_domain,
    normalised_domain,
    normalised_site_id,
)

LAWFUL_BASIS_HELP = (
    "The UK GDPR basis for monitoring staff. Consent is not offered: the ICO's guidance on monitoring "
    "workers says it is rarely valid between employer and employee, who cannot freely refuse. "
    "An academy trust usually relies on public task; legal obligation fits duties such as keeping "
    "pupils safe online; legitimate interests is for purposes outside the trust's public tasks."
)


class SettingsForm(forms.Form):
    lawful_basis = forms.ChoiceField(
        choices=[("", "Not recorded: monitoring is off"), *LawfulBasis.choices],
        required=False,
        help_text=LAWFUL_BASIS_HELP,
    )
    dpia_reference = forms.CharField(
        label="DPIA reference",
        max_length=100,
        required=False,
        help_text="The reference of the data protection impact assessment that covers this monitoring.",
    )
    retention_days = forms.IntegerField(
        label="Keep monitoring data for (days)",
        min_value=1,
        max_value=3650,
        required=False,
        help_text="Empty: the server's default.",
    )
    staff_notice = forms.CharField(
        label="Note to staff",
        widget=forms.Textarea(attrs={"rows": 4}),
        required=False,
        help_text="Shown on every member of staff's home page, under how monitoring works.",
    )


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput())
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        single = super().clean
        if isinstance(data, list | tuple):
            return [single(item, initial) for item in data]
        return [single(data, initial)]


class UploadForm(forms.Form):
    logs = MultipleFileField(
        label="Log files",
        help_text="Squid access.log, CSV or JSON lines; .gz files are read as gzip. Pick all the files of a "
        "day together so a day split over two files is judged whole.",
    )
    log_format = forms.ChoiceField(
        label="Format",
        choices=[("", "Detect from each file"), ("squid", "Squid"), ("csv", "CSV"), ("jsonl", "JSON lines")],
        required=False,
    )


class FindingFilterForm(forms.Form):
    status = forms.ChoiceField(
        choices=[("", "Any"), ("open", "Open (to review or route)"), *FindingStatus.choices], required=False
    )
    academy = forms.ChoiceField(label="Place", choices=[("", "Anywhere")], required=False)
    clause = forms.ChoiceField(
        choices=[("", "Any"), ("5.2", "5.2 trust devices"), ("5.3", "5.3 own devices")], required=False
    )

    def __init__(self, *args, academies: list[tuple[str, str]], **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["academy"].choices = [("", "Anywhere"), *academies]


class UsageFilterForm(forms.Form):
    days = forms.TypedChoiceField(
        coerce=int, choices=[(7, "7 days"), (14, "14 days"), (30, "30 days"), (90, "90 days")], required=False
    )
    academy = forms.ChoiceField(label="Place", choices=[("", "Anywhere")], required=False)

    def __init__(self, *args, academies: list[tuple[str, str]], **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["academy"].choices = [("", "Anywhere"), *academies]


class TriageForm(forms.Form):
    ACTIONS = [
        ("false_positive", "False positive: close it"),
        ("confirm", "True positive: keep it, route later"),
        ("route_head", "True positive: route to the person's head (the CEO for head office)"),
        ("route_dsl", "Safeguarding concern: route to the academy's DSL"),
    ]
    action = forms.ChoiceField(choices=ACTIONS, widget=forms.RadioSelect, label="Decision")
    notes = forms.CharField(
        label="Triage notes",
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
        help_text="Kept encrypted. The head sees them; the person does not.",
    )
    concern = forms.CharField(
        label="Safeguarding concern",
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
        help_text="For the DSL only, kept encrypted. Required when routing to the DSL.",
    )

    def clean(self):
        data = super().clean()
        if data.get("action") == "route_dsl" and not (data.get("concern") or "").strip():
            self.add_error("concern", "Say what the safeguarding concern is.")
        return data


class FollowUpForm(forms.Form):
    follow_up = forms.CharField(
        label="What was done",
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="For example: spoke to them, no further action; or referred to HR. Kept encrypted.",
    )


class TrustSiteForm(forms.Form):
    """A domain for a site, the trust's own or a built-in one; the service checks it again (clashes)."""

    site_id = forms.CharField(
        label="Site id",
        max_length=SITE_ID_MAX_LENGTH,
        help_text="How findings name the site, in lower case: for example roblox. Give an id you added "
        "before, or a built-in one such as tiktok, to add another domain to that site.",
    )
    name = forms.CharField(
        max_length=100,
        required=False,
        help_text="As people know it, for example Roblox. Empty: the site keeps its name (a new site is "
        "named by its id). A built-in site always keeps its own name.",
    )
    domain = forms.CharField(
        max_length=253,
        help_text="A host name such as roblox.com, without https:// or a path. It covers its subdomains "
        "(www.roblox.com, cdn.roblox.com).",
    )

    def clean_site_id(self) -> str:
        return normalised_site_id(self.cleaned_data["site_id"])

    def clean_domain(self) -> str:
        return normalised_domain(self.cleaned_data["domain"])

    def clean(self) -> dict:
        cleaned = super().clean()
        site_id, domain = cleaned.get("site_id"), cleaned.get("domain")
        if site_id and domain:
            try:
                check_not_builtin_domain(site_id, domain)
            except forms.ValidationError as exc:
                self.add_error("domain", exc)
        return cleaned
