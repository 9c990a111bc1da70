"""The catalogue of social media sites: which host belongs to which site.

The built-in list lives in ``sites.toml`` beside this module (data, not code). A trust extends it
with ``sites.csv`` in its org folder and/or ``--sites FILE`` (both ``site,domain`` rows).
"""

from __future__ import annotations

import csv
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

BUILTIN_CATALOGUE = Path(__file__).with_name("sites.toml")
# A first label this long ("tiktok", "discord") is specific enough to prefilter on by itself.
DISTINCTIVE_LABEL_LENGTH = 5
SITE_ID_RE = re.compile(r"^[a-z0-9][a-z0-9+._-]*$")
DOMAIN_RE = re.compile(
    r"^(?=.{1,253}$)([a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?)(\.[a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?)*$"
)


class CatalogueError(ValueError):
    """A bad site list, naming the file and line."""


@dataclass(frozen=True)
class Site:
    site_id: str
    name: str
    clause: str
    domains: tuple[str, ...]


@dataclass
class Catalogue:
    """Sites and a domain index; a host matches its own name or any parent, whole labels only."""

    sites: dict[str, Site] = field(default_factory=dict)
    site_by_domain: dict[str, str] = field(default_factory=dict)

    def add(self, site_id: str, domain: str, *, name: str = "", clause: str = "3.2") -> None:
        known = self.sites.get(site_id)
        if known is None:
            known = Site(site_id, name or site_id, clause, ())
        if domain not in known.domains:
            known = Site(known.site_id, known.name, known.clause, (*known.domains, domain))
        self.sites[site_id] = known
        self.site_by_domain[domain] = site_id

    def site_for_host(self, host: str) -> str | None:
        """The site whose domain is ``host`` or its nearest parent (most specific domain wins)."""
        name = host.strip().rstrip(".").lower()
        while name:
            site = self.site_by_domain.get(name)
            if site is not None:
                return site
            dot = name.find(".")
            if dot < 0:
                return None
            name = name[dot + 1 :]
        return None

    def prefilter_pattern(self, *, ignore_case: bool = True) -> str:
        """A regex that every line naming a catalogue host matches (and few others do).

        It only has to be cheap and never miss: an alternation of literals lets the regex engine
        search with SIMD. A domain whose first label is distinctive contributes that label and
        its dot ("facebook." covers facebook.com, facebook.net, ...). A short domain ("x.com",
        "t.co") is kept whole and must stand between separators, or it would match inside
        "dropbox.com:443" or "microsoft.com". The label-wise match on the parsed host of the few
        candidate lines then drops any look-alike that gets through.
        """
        labels, whole = set(), set()
        for domain in self.site_by_domain:
            first_label = domain.split(".", 1)[0]
            if len(first_label) >= DISTINCTIVE_LABEL_LENGTH and "." in domain:
                labels.add(f"{first_label}.")
            else:
                whole.add(domain)
        pattern = _alternation(labels)
        if whole:
            # A fully qualified name may end in a dot ("x.com."): allow one before the separator.
            pattern += rf"|(?:^|[\s./@,\"])(?:{_alternation(whole)})\.?(?:[:/\s,\"?#]|$)"
        return f"(?i){pattern}" if ignore_case else pattern


def _alternation(literals: set[str]) -> str:
    return "|".join(re.escape(lit) for lit in sorted(literals, key=lambda lit: (-len(lit), lit)))


def normalise_domain(value: str) -> str:
    domain = value.strip().rstrip(".").lower()
    if domain.startswith("*."):
        domain = domain[2:]
    return domain


def parse_site_id(value: str) -> str:
    """A site id as the catalogue keeps it (lower case), or ValueError saying why not."""
    site_id = value.strip().lower()
    if not SITE_ID_RE.match(site_id):
        raise ValueError(f"bad site id {site_id!r}")
    return site_id


def parse_domain(value: str) -> str:
    """A domain as the catalogue matches it (a host name of two labels or more), or ValueError."""
    domain = normalise_domain(value)
    if not DOMAIN_RE.match(domain) or "." not in domain:
        raise ValueError(f"bad domain {domain!r}")
    return domain


def load_builtin() -> Catalogue:
    data = tomllib.loads(BUILTIN_CATALOGUE.read_text(encoding="utf-8"))
    catalogue = Catalogue()
    for site_id, table in data["sites"].items():
        for domain in table["domains"]:
            catalogue.add(site_id, normalise_domain(domain), name=table["name"], clause=table["clause"])
    return catalogue


def extend_from_csv(catalogue: Catalogue, path: Path) -> None:
    """Add ``site,domain`` rows; a new site id becomes a new site, a known one gains domains."""
    try:
        handle = path.open(encoding="utf-8-sig", newline="")
    except OSError as exc:
        raise CatalogueError(f"{path}: cannot be read ({exc.strerror})") from exc
    with handle:
        reader = csv.DictReader(handle)
        header = [h.strip().lower() for h in (reader.fieldnames or [])]
        if "site" not in header or "domain" not in header:
            raise CatalogueError(f"{path}, line 1: header needs the columns site,domain")
        reader.fieldnames = header
        for row in reader:
            line = reader.line_num
            site, domain = row.get("site") or "", row.get("domain") or ""
            if not site.strip() and not normalise_domain(domain):
                continue
            try:
                catalogue.add(parse_site_id(site), parse_domain(domain))
            except ValueError as exc:
                raise CatalogueError(f"{path}, line {line}: {exc}") from exc


def load_catalogue(org_dir: Path | None = None, extra_files: list[Path] | None = None) -> Catalogue:
    """The built-in catalogue, plus the org folder's ``sites.csv`` and any ``--sites`` files."""
    catalogue = load_builtin()
    if org_dir is not None and (org_dir / "sites.csv").is_file():
        extend_from_csv(catalogue, org_dir / "sites.csv")
    for extra in extra_files or []:
        extend_from_csv(catalogue, extra)
    return catalogue
