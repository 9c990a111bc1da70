"""Policy versions, read-and-sign campaigns, training and escalations (policy 4.1.1-4.5.2, 12)."""

from __future__ import annotations

import hashlib
from datetime import date

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone

from socialpolicy.apps.policies.dates import add_months


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class Policy(models.Model):
    title = models.CharField(max_length=200)
    slug = models.SlugField(unique=True)
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="owned_policies",
        help_text="Reviews the policy (Director of HR, policy 12.1).",
    )
    owner_title = models.CharField(max_length=200, default="Director of HR")
    applies_to = models.CharField(max_length=300, blank=True)
    related_policies = models.JSONField(default=list, blank=True)
    review_months = models.PositiveSmallIntegerField(default=24)
    review_reminder_days = models.JSONField(
        default=list, blank=True, help_text="Days before the review date to remind the owner, e.g. [60, 14]."
    )

    class Meta:
        ordering = ["title"]
        verbose_name_plural = "policies"

    def __str__(self) -> str:
        return self.title

    @property
    def reminder_days(self) -> list[int]:
        return sorted({int(d) for d in (self.review_reminder_days or [60, 14])}, reverse=True)


class PolicyVersion(models.Model):
    """One ratified text of a policy. Issuing it starts the read-and-sign campaign."""

    policy = models.ForeignKey(Policy, on_delete=models.PROTECT, related_name="versions")
    number = models.PositiveIntegerField()
    text = models.TextField(help_text="Markdown.")
    text_sha256 = models.CharField(max_length=64, editable=False)
    summary_of_changes = models.TextField(blank=True)
    ratified_by = models.CharField(max_length=200, default="Board of Trustees")
    ratified_on = models.DateField()
    issued_on = models.DateField(null=True, blank=True)
    issued_at = models.DateTimeField(null=True, blank=True)
    issued_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    due_working_days = models.PositiveSmallIntegerField(
        default=10, help_text="Working days (Mon-Fri) each person has to read and sign."
    )
    questions = models.JSONField(
        default=list,
        blank=True,
        help_text='Optional comprehension check: [{"text": ..., "choices": [...], "answer": index}].',
    )

    class Meta:
        ordering = ["policy", "-number"]
        constraints = [models.UniqueConstraint(fields=["policy", "number"], name="unique_version_number")]

    def __str__(self) -> str:
        return f"{self.policy.title} v{self.number}"

    def save(self, *args, **kwargs):
        if self.pk and self.issued_at:
            previous = PolicyVersion.objects.filter(pk=self.pk).values_list("text", flat=True).first()
            if previous is not None and previous != self.text:
                raise ValidationError("The text of an issued version cannot change: make a new version.")
        self.text_sha256 = text_hash(self.text)
        super().save(*args, **kwargs)

    @property
    def label(self) -> str:
        return f"v{self.number}"

    @property
    def is_issued(self) -> bool:
        return self.issued_at is not None

    @property
    def review_due_on(self) -> date:
        return add_months(self.ratified_on, self.policy.review_months)

    def review_status(self, today: date) -> str:
        due = self.review_due_on
        if today > due:
            return "overdue"
        if (due - today).days <= max(self.policy.reminder_days, default=0):
            return "due"
        return "ok"


class SignOffReason(models.TextChoices):
    CAMPAIGN = "campaign", "New version issued"
    INDUCTION = "induction", "Induction"


# The clause each record answers to (ids of the clause library, engines/clauses).
SIGN_OFF_CLAUSES = {SignOffReason.CAMPAIGN: "4.2.2", SignOffReason.INDUCTION: "4.3.2"}
TRAINING_CLAUSE = "4.3.1"
EXEMPTION_CLAUSE = "4.5.2"
REVIEW_CLAUSE = "12.1"


class SignOffRequest(models.Model):
    """One person asked to read and sign one version by a date (policy 4.2.2, 4.3.2)."""

    version = models.ForeignKey(PolicyVersion, on_delete=models.PROTECT, related_name="requests")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="policy_sign_off_requests"
    )
    reason = models.CharField(max_length=20, choices=SignOffReason.choices, default=SignOffReason.CAMPAIGN)
    assigned_on = models.DateField()
    due_on = models.DateField()

    class Meta:
        ordering = ["due_on", "pk"]
        constraints = [models.UniqueConstraint(fields=["version", "user"], name="unique_request_per_person")]
        indexes = [models.Index(fields=["version", "due_on"], name="signoff_version_due")]

    def __str__(self) -> str:
        return f"{self.user_id} to sign {self.version_id} by {self.due_on}"

    @property
    def clause(self) -> str:
        return SIGN_OFF_CLAUSES.get(self.reason, "4.2.2")


class Signature(models.Model):
    """Immutable proof that a person read and signed one version's exact text."""

    request = models.OneToOneField(SignOffRequest, on_delete=models.PROTECT, related_name="signature")
    version = models.ForeignKey(PolicyVersion, on_delete=models.PROTECT, related_name="signatures")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="signatures")
    signed_at = models.DateTimeField(default=timezone.now)
    text_sha256 = models.CharField(max_length=64)
    ip_address = models.GenericIPAddressField(null=True, blank=True)
    user_agent = models.CharField(max_length=500, blank=True)
    comprehension_passed = models.BooleanField(default=False)

    class Meta:
        ordering = ["-signed_at"]
        indexes = [models.Index(fields=["version", "signed_at"], name="signature_version_time")]

    def __str__(self) -> str:
        return f"{self.user_id} signed {self.version_id} at {self.signed_at:%Y-%m-%d %H:%M}"

    def save(self, *args, **kwargs):
        if not self._state.adding:
            raise ValidationError("A signature is a permanent record and cannot be changed.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise ValidationError("A signature is a permanent record and cannot be deleted.")

    @property
    def clause(self) -> str:
        return self.request.clause


class Audience(models.TextChoices):
    SENIOR = "senior", "Senior leaders"
    ALL_STAFF = "all", "All staff (cascade)"


class TrainingSession(models.Model):
    """Training on the policy (4.3.1): senior leaders first, then each academy's cascade session."""

    policy = models.ForeignKey(Policy, on_delete=models.PROTECT, related_name="training_sessions")
    title = models.CharField(max_length=200)
    held_on = models.DateField()
    trainer = models.CharField(max_length=200)
    audience = models.CharField(max_length=10, choices=Audience.choices, default=Audience.ALL_STAFF)
    academy = models.ForeignKey(
        "people.Academy",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="policy_training_sessions",
        help_text="Empty means head office or trust-wide.",
    )
    notes = models.TextField(blank=True)

    class Meta:
        ordering = ["-held_on", "pk"]

    def __str__(self) -> str:
        return f"{self.title} ({self.held_on})"


class TrainingAttendance(models.Model):
    session = models.ForeignKey(TrainingSession, on_delete=models.CASCADE, related_name="attendances")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="policy_training_attendances"
    )
    recorded_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["session", "user"], name="unique_attendance")]

    def __str__(self) -> str:
        return f"{self.user_id} attended {self.session_id}"


class TrainingExemption(models.Model):
    """Exceptional circumstances excuse a person from training (4.5.2), with the reason."""

    policy = models.ForeignKey(Policy, on_delete=models.PROTECT, related_name="training_exemptions")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="policy_training_exemptions"
    )
    reason = models.TextField()
    granted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    granted_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["policy", "user"], name="unique_exemption")]

    def __str__(self) -> str:
        return f"{self.user_id} exempt from training on {self.policy_id}"


class Escalation(models.Model):
    """A head (CEO for head office) told that a person is overdue; one per week overdue."""

    request = models.ForeignKey(SignOffRequest, on_delete=models.CASCADE, related_name="escalations")
    head = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    week = models.PositiveSmallIntegerField(help_text="Weeks overdue when escalated (0 = first).")
    escalated_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["request", "head", "week"], name="unique_escalation_step")
        ]

    def __str__(self) -> str:
        return f"{self.request_id} escalated to {self.head_id} (week {self.week})"
