"""Monitoring of social media use on the trust's systems (policy 4.4.2, 4.4.3, 5.2, 5.3, 9).

What is kept is deliberately small: per person, site, ownership and local day, the active minutes
(which and how many) and request counts (``DailyActivity``) and the findings the engine raised
(``Finding``). Raw log
lines are never stored; an ingested file leaves only its name, size and SHA-256 (``IngestedFile``).
The org folder's networks, devices, schedules and non-contact periods are imported into
``Network``, ``Device``, ``WorkSchedule`` and ``NonContactPeriod``; the sites the trust adds to the
built-in catalogue (its ``sites.csv``, or ICT's page), or the domains it adds to a built-in site,
are ``TrustSite`` rows.
"""

from __future__ import annotations

from functools import cache

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from encrypted_fields.fields import EncryptedTextField

from socialpolicy.engines.monitoring.catalogue import (
    Catalogue,
    Site,
    load_builtin,
    parse_domain,
    parse_site_id,
)

WEEKDAY_CHOICES = [(d, d) for d in ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")]


class LawfulBasis(models.TextChoices):
    """UK GDPR article 6 bases that can carry staff monitoring (consent rarely can: ICO guidance)."""

    LEGITIMATE_INTERESTS = "legitimate_interests", "Legitimate interests (article 6(1)(f))"
    LEGAL_OBLIGATION = "legal_obligation", "Legal obligation (article 6(1)(c))"
    PUBLIC_TASK = "public_task", "Public task (article 6(1)(e))"


class MonitoringSettings(models.Model):
    """The one settings record. Monitoring is off until HR records a lawful basis and the DPIA."""

    lawful_basis = models.CharField(max_length=40, choices=LawfulBasis.choices, blank=True)
    dpia_reference = models.CharField(
        "DPIA reference", max_length=100, blank=True, help_text="The data protection impact assessment."
    )
    retention_days = models.PositiveIntegerField(
        null=True, blank=True, help_text="Empty: the server's MONITORING_RETENTION_DAYS."
    )
    staff_notice = models.TextField(
        blank=True, help_text="Shown to every member of staff on their home page."
    )
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    updated_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = "monitoring settings"
        verbose_name_plural = "monitoring settings"

    def __str__(self) -> str:
        return "Monitoring settings"

    @property
    def enabled(self) -> bool:
        return bool(self.lawful_basis and self.dpia_reference.strip())

    @property
    def effective_retention_days(self) -> int:
        return self.retention_days or settings.MONITORING_RETENTION_DAYS


class Network(models.Model):
    """One row of networks.csv: an address range, whose devices use it, and where it is."""

    cidr = models.CharField(max_length=50, unique=True)
    ownership = models.CharField(max_length=10, choices=[("trust", "Trust"), ("personal", "Personal")])
    academy = models.ForeignKey(
        "people.Academy", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )

    class Meta:
        ordering = ["cidr"]

    def __str__(self) -> str:
        return f"{self.cidr} ({self.ownership})"


class Device(models.Model):
    """One row of devices.csv: a static address and the member of staff who uses it."""

    ip = models.GenericIPAddressField(unique=True)
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")

    class Meta:
        ordering = ["ip"]

    def __str__(self) -> str:
        return self.ip


class WorkSchedule(models.Model):
    """schedule.toml, resolved: ``default`` and one row per academy with its own timetable."""

    key = models.CharField(max_length=30, unique=True)  # "default" or the academy code
    academy = models.ForeignKey(
        "people.Academy", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    workdays = models.JSONField(default=list)
    work_hours = models.CharField(max_length=11)  # "HH:MM-HH:MM"
    breaks = models.JSONField(default=list, blank=True)

    class Meta:
        ordering = ["key"]

    def __str__(self) -> str:
        return f"Schedule {self.key}"


class NonContactPeriod(models.Model):
    """One row of noncontact.csv: a weekly period a member of staff is not teaching."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    day = models.CharField(max_length=3, choices=WEEKDAY_CHOICES)
    start = models.CharField(max_length=5)  # "HH:MM"
    end = models.CharField(max_length=5)

    class Meta:
        ordering = ["user", "day", "start"]
        constraints = [
            models.UniqueConstraint(fields=["user", "day", "start", "end"], name="unique_noncontact_period"),
        ]

    def __str__(self) -> str:
        return f"{self.day} {self.start}-{self.end}"


SITE_ID_MAX_LENGTH = 50  # DailyActivity.site and Finding.site hold it


@cache
def builtin_catalogue() -> Catalogue:
    """The engine's built-in catalogue (sites.toml), read once. Never extend it: copy it first."""
    return load_builtin()


def normalised_site_id(value: str) -> str:
    """The site id as the engine keeps it (lower case), or ValidationError in plain words.

    A built-in id is accepted: the trust gives that site another domain (its name stays the
    built-in one, see ``builtin_site``).
    """
    try:
        site_id = parse_site_id(value)
    except ValueError:
        raise ValidationError(
            f"{value.strip()!r} is not a site id: use lower-case letters, digits and + . _ - "
            "(starting with a letter or a digit), for example roblox.",
            code="site_id",
        ) from None
    if len(site_id) > SITE_ID_MAX_LENGTH:
        raise ValidationError(f"A site id has at most {SITE_ID_MAX_LENGTH} characters.", code="site_id")
    return site_id


def builtin_site(site_id: str) -> Site | None:
    """The built-in site of that (normalised) id, or None for a site of the trust's own."""
    return builtin_catalogue().sites.get(site_id)


def normalised_domain(value: str) -> str:
    """The domain as the engine matches it, or ValidationError in plain words.

    A host name of two labels or more, compared in lower case, without a trailing dot or a
    leading "*." (which the engine drops: a domain always covers its subdomains). Whether it is
    a built-in domain depends on the site it is for: ``check_not_builtin_domain``.
    """
    try:
        return parse_domain(value)
    except ValueError:
        raise ValidationError(
            f"{value.strip()!r} is not a domain: give a host name such as roblox.com, without "
            "https:// or a path.",
            code="domain",
        ) from None


def check_not_builtin_domain(site_id: str, domain: str) -> None:
    """ValidationError when ``domain`` (normalised) is in the built-in catalogue.

    For the same site it is a harmless duplicate (code ``builtin_duplicate``: the engine accepts
    it as a no-op, and the sites.csv import skips it); for another site it would move a built-in
    domain, changing what that site means in every finding (code ``builtin_domain``).
    """
    owner = builtin_catalogue().site_by_domain.get(domain)
    if owner is None:
        return
    name = builtin_catalogue().sites[owner].name
    if owner == site_id:
        raise ValidationError(
            f"{domain} is already in the built-in catalogue, as {name}: there is nothing to add.",
            code="builtin_duplicate",
        )
    raise ValidationError(
        f"{domain} is already in the built-in catalogue, as {name}, and cannot be moved to another site.",
        code="builtin_domain",
    )


class TrustSite(models.Model):
    """One domain the trust added to the catalogue: for a site of its own, or a built-in site.

    A site is its id and name; it has one row per domain (a domain covers its subdomains). A row
    with a built-in id gives that site another domain (a new CDN before the software lists it):
    its name is the built-in site's and findings carry the built-in id, as with the engine's
    sites.csv. A built-in domain is never a row: the built-in sites cannot be changed by a trust.
    """

    site_id = models.CharField("site id", max_length=SITE_ID_MAX_LENGTH)
    name = models.CharField("name", max_length=100)
    domain = models.CharField(max_length=253, unique=True)
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    added_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["site_id", "domain"]
        verbose_name = "site added by the trust"
        verbose_name_plural = "sites added by the trust"

    def __str__(self) -> str:
        return f"{self.site_id}: {self.domain}"

    def clean(self) -> None:
        errors = {}
        for name, normalise in (("site_id", normalised_site_id), ("domain", normalised_domain)):
            try:
                setattr(self, name, normalise(getattr(self, name)))
            except ValidationError as exc:
                errors[name] = exc
        if not errors:
            try:
                check_not_builtin_domain(self.site_id, self.domain)
            except ValidationError as exc:
                errors["domain"] = exc
            builtin = builtin_site(self.site_id)
            if builtin is not None:
                self.name = builtin.name
        if errors:
            raise ValidationError(errors)


class Ingest(models.Model):
    """One ingest run (command line or upload) over one or more log files."""

    ingested_at = models.DateTimeField(default=timezone.now)
    ingested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    source = models.CharField(max_length=20)  # "command", "upload", "demo"
    lines = models.PositiveIntegerField(default=0)
    matched = models.PositiveIntegerField(default=0)
    unparsed = models.PositiveIntegerField(default=0)
    activity_rows = models.PositiveIntegerField(default=0)
    findings_new = models.PositiveIntegerField(default=0)
    findings_merged = models.PositiveIntegerField(default=0)
    seconds = models.FloatField(default=0)

    class Meta:
        ordering = ["-ingested_at", "-pk"]

    def __str__(self) -> str:
        return f"Ingest {self.pk} at {self.ingested_at:%Y-%m-%d %H:%M}"


class IngestedFile(models.Model):
    """A file that was ingested: its SHA-256 is unique, so the same content is never counted twice."""

    ingest = models.ForeignKey(Ingest, on_delete=models.CASCADE, related_name="files")
    name = models.CharField(max_length=255)
    size = models.PositiveBigIntegerField()
    sha256 = models.CharField(max_length=64, unique=True)

    class Meta:
        ordering = ["ingest", "name"]

    def __str__(self) -> str:
        return f"{self.name} ({self.sha256[:12]})"


class Ownership(models.TextChoices):
    TRUST = "trust", "Trust device"
    PERSONAL = "personal", "Own device on the trust's network"
    UNKNOWN = "unknown", "Address in no listed network"


class DailyActivity(models.Model):
    """Use of one site by one person on one local day, on one kind of device. Never raw lines.

    Not audited row by row (thousands per ingest): the ingest record that wrote them is.
    """

    audit_exempt = True

    person = models.CharField(max_length=254)  # staff e-mail, or "ip:ADDRESS" when nobody is known
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    academy = models.ForeignKey(
        "people.Academy", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    date = models.DateField()
    site = models.CharField(max_length=50)
    ownership = models.CharField(max_length=10, choices=Ownership.choices)
    active_minutes = models.PositiveIntegerField()
    requests = models.PositiveIntegerField()
    work_time_minutes = models.PositiveIntegerField(default=0)
    first_seen = models.DateTimeField()
    last_seen = models.DateTimeField()
    # Which minutes, not only how many, so that a day whose log arrives in separate files merges
    # exactly (docs/decisions/0202-merging-split-days.md): bitmaps in which bit i is the minute i
    # minutes after the minute of first_seen (at most about 190 bytes for a whole day). Empty on
    # rows stored before they were kept; a later file is added to those as it used to be.
    active_bits = models.BinaryField(default=b"", blank=True)
    work_time_bits = models.BinaryField(default=b"", blank=True)
    # Clause 5.3's figures cover the work-time minutes only: their requests and first/last times.
    work_time_requests = models.PositiveIntegerField(default=0)
    work_time_first_seen = models.DateTimeField(null=True, blank=True)
    work_time_last_seen = models.DateTimeField(null=True, blank=True)
    ingest = models.ForeignKey(Ingest, null=True, on_delete=models.SET_NULL, related_name="+")

    class Meta:
        ordering = ["-date", "person", "site"]
        verbose_name_plural = "daily activity"
        constraints = [
            models.UniqueConstraint(
                fields=["person", "date", "site", "ownership"], name="unique_activity_per_day"
            ),
        ]
        indexes = [models.Index(fields=["date"], name="activity_date")]

    def __str__(self) -> str:
        return f"Activity {self.pk}"


class FindingStatus(models.TextChoices):
    NEW = "new", "To review"
    FALSE_POSITIVE = "false_positive", "False positive"
    CONFIRMED = "confirmed", "Confirmed, not yet routed"
    ROUTED_HEAD = "routed_head", "Routed to the head"
    ROUTED_DSL = "routed_dsl", "Routed to the DSL (safeguarding)"
    FOLLOWED_UP = "followed_up", "Followed up by the head"


class Finding(models.Model):
    """One finding of the engine: person, day, site and clause (5.2 or 5.3), triaged by ICT.

    Findings are written in bulk by an ingest (whose record is audited); the audit log follows
    their triage and routing. The monitoring data itself is kept out of the audit log, which
    outlives the retention period.
    """

    audit_excluded = (
        "person",
        "user",
        "academy",
        "date",
        "site",
        "ownership",
        "active_minutes",
        "requests",
        "first_seen",
        "last_seen",
        "severity",
        "ingest",
        "created_at",
    )

    person = models.CharField(max_length=254)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    academy = models.ForeignKey(
        "people.Academy", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    date = models.DateField()
    site = models.CharField(max_length=50)
    clause = models.CharField(max_length=10)
    ownership = models.CharField(max_length=10, choices=Ownership.choices)
    active_minutes = models.PositiveIntegerField()
    requests = models.PositiveIntegerField()
    first_seen = models.DateTimeField()
    last_seen = models.DateTimeField()
    severity = models.CharField(max_length=10, choices=[("warn", "Warn"), ("block", "Block")])
    ingest = models.ForeignKey(Ingest, null=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)

    status = models.CharField(max_length=20, choices=FindingStatus.choices, default=FindingStatus.NEW)
    triage_notes = EncryptedTextField(null=True, blank=True)
    triaged_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    triaged_at = models.DateTimeField(null=True, blank=True)
    routed_to = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    routed_at = models.DateTimeField(null=True, blank=True)
    follow_up_notes = EncryptedTextField(null=True, blank=True)
    followed_up_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    followed_up_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-date", "person", "site"]
        constraints = [
            models.UniqueConstraint(fields=["person", "date", "site", "clause"], name="unique_finding"),
        ]
        indexes = [
            models.Index(fields=["date"], name="finding_date"),
            models.Index(fields=["status"], name="finding_status"),
        ]

    def __str__(self) -> str:
        # No person or site here: the audit log keeps this text after retention deletes the row.
        return f"Monitoring finding {self.pk}"

    @property
    def is_open(self) -> bool:
        return self.status in (FindingStatus.NEW, FindingStatus.CONFIRMED)


class SafeguardingAlert(models.Model):
    """A finding ICT routed to the DSLs of an academy as a safeguarding concern.

    A record of its own so that only those DSLs (and the ICT officer who raised it) can read it.
    It outlives the finding (retention of monitoring data does not erase a safeguarding record):
    the facts the DSL needs are copied into ``summary``.
    """

    finding = models.OneToOneField(
        Finding, null=True, blank=True, on_delete=models.SET_NULL, related_name="safeguarding_alert"
    )
    academy = models.ForeignKey(
        "people.Academy", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    subject = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    summary = models.CharField(max_length=300)
    concern = EncryptedTextField()
    raised_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    raised_at = models.DateTimeField(default=timezone.now)
    acknowledged_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    acknowledged_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-raised_at", "-pk"]

    def __str__(self) -> str:
        return f"Safeguarding alert {self.pk}"


class RetentionRun(models.Model):
    """A run of the retention job that deleted something (policy 9.3)."""

    ran_at = models.DateTimeField(default=timezone.now)
    retention_days = models.PositiveIntegerField()
    cutoff = models.DateField(help_text="Activity and findings dated before this day were deleted.")
    activity_deleted = models.PositiveIntegerField(default=0)
    findings_deleted = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["-ran_at", "-pk"]

    def __str__(self) -> str:
        return f"Retention run {self.ran_at:%Y-%m-%d %H:%M}"
