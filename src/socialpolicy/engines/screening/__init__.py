"""The "check before you post" screening engine (plain Python, no Django).

Rules are registered classes (presidio-analyzer's recognizers are the model); the analyzer picks
the rules for a draft's kind and audience, runs them against an organisation-aware roster, merges
overlapping findings and returns a frozen :class:`Result`. See README.md in this folder.
"""

from socialpolicy.engines.screening.analyzer import Analyzer, DraftError, merge_overlaps
from socialpolicy.engines.screening.model import (
    AUDIENCES,
    KINDS,
    DraftInput,
    Finding,
    Result,
    Severity,
    Verdict,
)
from socialpolicy.engines.screening.registry import Hit, Rule, RuleRegistry, default_registry, register
from socialpolicy.engines.screening.roster import Roster, RosterPupil, RosterStaff, roster_from_values

__all__ = [
    "AUDIENCES",
    "KINDS",
    "Analyzer",
    "DraftError",
    "DraftInput",
    "Finding",
    "Hit",
    "Result",
    "Roster",
    "RosterPupil",
    "RosterStaff",
    "Rule",
    "RuleRegistry",
    "Severity",
    "Verdict",
    "default_registry",
    "merge_overlaps",
    "register",
    "roster_from_values",
]
