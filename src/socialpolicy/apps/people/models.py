"""The trust, its academies, its people and their roles, and its pupils (policy 2, 2.4, 4)."""

from __future__ import annotations

from django.contrib.auth.models import AbstractBaseUser, BaseUserManager, PermissionsMixin
from django.db import models
from django.utils import timezone


class Role(models.TextChoices):
    STAFF = "staff", "Member of staff"
    HEAD = "head", "Head of academy"
    HR = "hr", "HR"
    ICT = "ict", "ICT support"
    DSL = "dsl", "Designated Safeguarding Lead"
    CEO = "ceo", "CEO or deputy CEO"
    TRUSTEE = "trustee", "Trustee"


class StaffCategory(models.TextChoices):
    """Who counts as 'staff members' under policy 2.1 and 2.2."""

    EMPLOYEE = "employee", "Employee"
    TRUSTEE = "trustee", "Trustee or member"
    ADVISORY = "advisory", "Academy advisory board member"
    CONTRACTOR = "contractor", "Consultant or contractor"
    AGENCY = "agency", "Agency staff"
    VOLUNTEER = "volunteer", "Volunteer"


class Trust(models.Model):
    name = models.CharField(max_length=200)
    aliases = models.JSONField(default=list, blank=True)
    email_domains = models.JSONField(default=list, blank=True)
    timezone = models.CharField(max_length=64, default="Europe/London")

    class Meta:
        verbose_name = "trust"

    def __str__(self) -> str:
        return self.name


class Academy(models.Model):
    code = models.CharField(max_length=20, unique=True)
    name = models.CharField(max_length=200)
    aliases = models.JSONField(default=list, blank=True)
    is_active = models.BooleanField(default=True)

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "academies"

    def __str__(self) -> str:
        return self.name


class UserManager(BaseUserManager["User"]):
    use_in_migrations = True

    def create_user(self, email: str, password: str | None = None, **fields) -> User:
        if not email:
            raise ValueError("An e-mail address is required")
        user = self.model(email=self.normalize_email(email).lower(), **fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_superuser(self, email: str, password: str | None = None, **fields) -> User:
        fields.setdefault("is_staff", True)
        fields.setdefault("is_superuser", True)
        return self.create_user(email, password, **fields)


class User(AbstractBaseUser, PermissionsMixin):
    """A member of staff in the wide sense of policy 2.2, keyed by e-mail."""

    email = models.EmailField(unique=True)
    first_name = models.CharField(max_length=100)
    last_name = models.CharField(max_length=100)
    job_title = models.CharField(max_length=200, blank=True)
    academy = models.ForeignKey(
        Academy,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="staff",
        help_text="Empty means head office.",
    )
    category = models.CharField(max_length=20, choices=StaffCategory.choices, default=StaffCategory.EMPLOYEE)
    handles = models.JSONField(default=list, blank=True)
    started_on = models.DateField(null=True, blank=True)
    left_on = models.DateField(null=True, blank=True)
    is_active = models.BooleanField(default=True)
    is_staff = models.BooleanField(default=False, help_text="May use the Django admin site.")
    date_joined = models.DateTimeField(default=timezone.now)

    objects = UserManager()

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS = ["first_name", "last_name"]

    class Meta:
        ordering = ["last_name", "first_name"]

    def __str__(self) -> str:
        return self.full_name or self.email

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()

    def get_full_name(self) -> str:
        return self.full_name

    def get_short_name(self) -> str:
        return self.first_name

    @property
    def is_head_office(self) -> bool:
        return self.academy_id is None

    @property
    def role_codes(self) -> set[str]:
        cached = getattr(self, "_role_codes", None)
        if cached is None:
            cached = {r.role for r in self.role_assignments.all()}
            self._role_codes = cached
        return cached

    def has_role(self, *roles: str) -> bool:
        return bool(self.role_codes.intersection(roles))


class RoleAssignment(models.Model):
    """One role of one person, tied to an academy or (academy empty) to head office."""

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="role_assignments")
    role = models.CharField(max_length=20, choices=Role.choices)
    academy = models.ForeignKey(Academy, null=True, blank=True, on_delete=models.PROTECT)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "role", "academy"], name="unique_role_per_place"),
        ]

    def __str__(self) -> str:
        place = self.academy.code if self.academy_id else "head office"
        return f"{self.user.email}: {self.role} ({place})"


class Pupil(models.Model):
    """A pupil on the roll: the roster the screener uses, with image consent (6.10)."""

    pupil_id = models.CharField(max_length=40, unique=True)
    first_name = models.CharField(max_length=100)
    last_name = models.CharField(max_length=100)
    preferred_name = models.CharField(max_length=100, blank=True)
    academy = models.ForeignKey(Academy, on_delete=models.PROTECT, related_name="pupils")
    year_group = models.CharField(max_length=20, blank=True)
    handles = models.JSONField(default=list, blank=True)
    images_online = models.BooleanField(default=False)
    consent_recorded_on = models.DateField(null=True, blank=True)
    is_active = models.BooleanField(default=True)

    class Meta:
        ordering = ["last_name", "first_name"]

    def __str__(self) -> str:
        return f"{self.known_as} {self.last_name}"

    @property
    def known_as(self) -> str:
        return self.preferred_name or self.first_name


class OrgImport(models.Model):
    """One run of the organisation import, from the command line or the HR page."""

    source = models.CharField(max_length=300)
    started_by = models.ForeignKey(User, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    started_at = models.DateTimeField(default=timezone.now)
    summary = models.JSONField(default=dict)

    class Meta:
        ordering = ["-started_at"]

    def __str__(self) -> str:
        return f"Import of {self.source} at {self.started_at:%Y-%m-%d %H:%M}"
