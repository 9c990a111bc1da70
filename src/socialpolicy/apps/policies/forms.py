from __future__ import annotations

from typing import Any

from django import forms
from django.contrib.auth import get_user_model

from socialpolicy.apps.people.models import Academy
from socialpolicy.apps.policies.models import Audience, Policy, PolicyVersion


class VersionForm(forms.Form):
    policy = forms.ModelChoiceField(queryset=Policy.objects.all())
    text = forms.CharField(widget=forms.Textarea(attrs={"rows": 20}), help_text="Markdown.")
    summary_of_changes = forms.CharField(widget=forms.Textarea(attrs={"rows": 3}), required=False)
    ratified_by = forms.CharField(initial="Board of Trustees", max_length=200)
    ratified_on = forms.DateField(widget=forms.DateInput(attrs={"type": "date"}))
    due_working_days = forms.IntegerField(
        min_value=1, max_value=60, initial=10, help_text="Working days (Mon-Fri) to read and sign."
    )

    QUESTIONS = 3

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for i in range(1, self.QUESTIONS + 1):
            self.fields[f"q{i}_text"] = forms.CharField(label=f"Question {i}", required=False, max_length=300)
            self.fields[f"q{i}_choices"] = forms.CharField(
                label=f"Question {i}: choices, one per line",
                required=False,
                widget=forms.Textarea(attrs={"rows": 3}),
            )
            self.fields[f"q{i}_answer"] = forms.IntegerField(
                label=f"Question {i}: number of the right choice", required=False, min_value=1
            )

    def question_rows(self):
        return [
            (self[f"q{i}_text"], self[f"q{i}_choices"], self[f"q{i}_answer"])
            for i in range(1, self.QUESTIONS + 1)
        ]

    def questions(self) -> list[dict]:
        found = []
        for i in range(1, self.QUESTIONS + 1):
            text = self.cleaned_data.get(f"q{i}_text", "").strip()
            if not text:
                continue
            choices = [
                c.strip() for c in self.cleaned_data.get(f"q{i}_choices", "").splitlines() if c.strip()
            ]
            answer = self.cleaned_data.get(f"q{i}_answer")
            found.append({"text": text, "choices": choices, "answer": (answer - 1) if answer else None})
        return found


class SignForm(forms.Form):
    confirm = forms.BooleanField(
        required=True,
        label="I have read the policy in full, I understand it and I will follow it.",
    )

    def __init__(self, *args: Any, version: PolicyVersion, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.version = version
        for i, q in enumerate(version.questions, start=1):
            self.fields[f"q{i}"] = forms.TypedChoiceField(
                label=f"{i}. {q['text']}",
                choices=list(enumerate(q["choices"])),
                coerce=int,
                widget=forms.RadioSelect,
                required=True,
            )

    def answers(self) -> dict[int, int | None]:
        return {i: self.cleaned_data.get(f"q{i}") for i in range(1, len(self.version.questions) + 1)}


class TrainingSessionForm(forms.Form):
    title = forms.CharField(max_length=200, initial="Social media policy training")
    held_on = forms.DateField(widget=forms.DateInput(attrs={"type": "date"}))
    trainer = forms.CharField(max_length=200)
    audience = forms.ChoiceField(choices=Audience.choices)
    academy = forms.ModelChoiceField(
        queryset=Academy.objects.filter(is_active=True),
        required=False,
        empty_label="Head office / trust-wide",
    )
    notes = forms.CharField(widget=forms.Textarea(attrs={"rows": 2}), required=False)

    def __init__(self, *args: Any, academies: list[int | None] | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if academies is not None:
            field = self.fields["academy"]
            field.queryset = field.queryset.filter(pk__in=[a for a in academies if a is not None])
            field.required = None not in academies


class PeopleField(forms.ModelMultipleChoiceField):
    """Ids past what the database's integer column holds are refused as invalid choices: SQLite
    cannot even compare them (OverflowError, a 500) in the ``pk__in`` Django runs to check them."""

    def _check_values(self, value):
        for pk in value:
            try:
                out_of_range = not -(2**63) <= int(pk) < 2**63
            except (TypeError, ValueError):
                continue  # Django reports a non-number itself
            if out_of_range:
                raise forms.ValidationError(
                    self.error_messages["invalid_choice"], code="invalid_choice", params={"value": pk}
                )
        return super()._check_values(value)


class AttendanceForm(forms.Form):
    people = PeopleField(
        queryset=get_user_model().objects.none(), widget=forms.CheckboxSelectMultiple, required=False
    )

    def __init__(self, *args: Any, people_queryset: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["people"].queryset = people_queryset


class ExemptionForm(forms.Form):
    # An e-mail address, not a list of every member of staff: a large trust has thousands.
    email = forms.EmailField(label="Their e-mail address")
    reason = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 2}), help_text="The exceptional circumstances."
    )

    def clean_email(self):
        email = self.cleaned_data["email"].strip().lower()
        person = get_user_model().objects.filter(email__iexact=email, is_active=True).first()
        if person is None:
            raise forms.ValidationError("Nobody active has that e-mail address.")
        self.cleaned_data["person"] = person
        return email


class PolicySettingsForm(forms.Form):
    owner = forms.ModelChoiceField(
        queryset=get_user_model().objects.filter(is_active=True, role_assignments__role="hr").distinct(),
        required=False,
        help_text="Reviews the policy and gets the review reminders (policy 12.1).",
    )
    related_policies = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 4}), required=False, help_text="One per line."
    )
    review_reminder_days = forms.CharField(
        initial="60, 14", help_text="Days before the review date to remind the owner, separated by commas."
    )

    def clean_review_reminder_days(self) -> list[int]:
        try:
            return [
                int(part) for part in self.cleaned_data["review_reminder_days"].split(",") if part.strip()
            ]
        except ValueError:
            raise forms.ValidationError("Whole numbers separated by commas, e.g. 60, 14.") from None
