"""The policy's clause library as data: ids, short titles and our own one-line summaries.

Read from ``clauses.toml`` (stdlib ``tomllib``) once, on first use.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources

__all__ = ["Clause", "UnknownClause", "all_clauses", "get_clause", "library_version"]


@dataclass(frozen=True)
class Clause:
    id: str
    title: str
    summary: str


class UnknownClause(KeyError):
    """Raised by :func:`get_clause` for an id the library does not hold."""


@cache
def _library() -> tuple[str, dict[str, Clause]]:
    raw = resources.files(__package__).joinpath("clauses.toml").read_text(encoding="utf-8")
    data = tomllib.loads(raw)
    clauses: dict[str, Clause] = {}
    for entry in data["clause"]:
        clause = Clause(id=str(entry["id"]), title=str(entry["title"]), summary=str(entry["summary"]))
        if clause.id in clauses:
            raise ValueError(f"clauses.toml: duplicate clause id {clause.id!r}")
        clauses[clause.id] = clause
    return str(data.get("version", "")), clauses


def get_clause(clause_id: str) -> Clause:
    """The clause with this id (e.g. ``"5.8.2"``, ``"appendix-1"``)."""
    try:
        return _library()[1][clause_id]
    except KeyError:
        raise UnknownClause(clause_id) from None


def all_clauses() -> tuple[Clause, ...]:
    """Every clause, in policy order."""
    return tuple(_library()[1].values())


def library_version() -> str:
    """The version of the summaries, so stored findings can name the wording in force."""
    return _library()[0]
