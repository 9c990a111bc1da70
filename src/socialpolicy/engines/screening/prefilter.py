"""Word lists as regexes, with a one-pass literal pre-filter in front of them.

A case-insensitive alternation of dozens of phrases costs tens of microseconds per search in
Python's ``re``, and a draft meets some thirty of them. Every alternative starts with a literal
(its *anchor*: ``idiot`` for ``idiots?``, ``is``/``are`` for ``(?:is|are) a joke``), so one
Aho-Corasick pass over the lower-cased draft tells which lexicons can match at all; the others
are skipped without running their regex. A lexicon with an alternative that has no usable anchor
is always run, so the pre-filter never changes a result, only the time it takes.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

import ahocorasick

_METACHARS = set("\\()[]{}?*+|.^$")
_registry: list[Lexicon] = []
_state: dict[str, Any] = {"automaton": None, "size": -1}


def _split_top_level(pattern: str) -> list[str]:
    parts, depth, current, i = [], 0, [], 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            current.append(pattern[i : i + 2])
            i += 2
            continue
        if char == "[":  # a character class may hold ( ) | unescaped
            end = pattern.index("]", i + 1)
            current.append(pattern[i : end + 1])
            i = end + 1
            continue
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        if char == "|" and depth == 0:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
        i += 1
    parts.append("".join(current))
    return parts


def _group_end(pattern: str) -> int:
    """Index of the parenthesis closing the group that opens at index 0."""
    depth, index = 0, 0
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            index += 2
            continue
        if char == "[":
            index = pattern.index("]", index + 1) + 1
            continue
        depth += char == "("
        depth -= char == ")"
        if depth == 0:
            return index
        index += 1
    raise ValueError(f"unbalanced group in {pattern!r}")


def _anchors(alternative: str) -> list[str] | None:
    """Literal texts one of which every match of ``alternative`` starts with (None: unknown)."""
    if alternative.startswith("(?:"):
        end = _group_end(alternative)
        found: list[str] = []
        for part in _split_top_level(alternative[3:end]):
            anchors = _anchors(part)
            if anchors is None:
                return None
            found += anchors
        quantifier = alternative[end + 1 : end + 2]
        if quantifier == "{":
            return None
        if quantifier in ("?", "*"):
            # An optional group: a match starts with the group's words or with what follows it.
            rest = _anchors(alternative[end + 2 :])
            return None if rest is None else found + rest
        return found
    prefix: list[str] = []
    for char in alternative:
        if char in _METACHARS:
            if char in "?*{" and prefix:
                prefix.pop()  # the last literal is optional
            break
        prefix.append(char)
    literal = "".join(prefix).lower()
    return [literal] if len(literal) >= 2 else None


class Lexicon:
    """A compiled word list that first asks the shared pre-filter whether it can match at all."""

    def __init__(self, pattern: str, alternatives: tuple[str, ...]):
        self.regex = re.compile(pattern, re.IGNORECASE)
        self.pattern = pattern
        anchors: list[str] | None = []
        for alternative in (part for whole in alternatives for part in _split_top_level(whole)):
            found = _anchors(alternative)
            if found is None or anchors is None:
                anchors = None
                continue
            anchors += found
        self.anchors = tuple(sorted(set(anchors))) if anchors is not None else None
        self.index = len(_registry)
        _registry.append(self)

    def _may_match(self, text: str) -> bool:
        return self.anchors is None or self.index in _candidates(text)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if not self._may_match(text):
            return None
        return self.regex.search(text, pos, endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        if not self._may_match(text):
            return iter(())
        return self.regex.finditer(text, pos, endpos)


def _automaton() -> Any:
    if _state["size"] != len(_registry):
        automaton = ahocorasick.Automaton()
        owners: dict[str, set[int]] = {}
        for lexicon in _registry:
            for anchor in lexicon.anchors or ():
                owners.setdefault(anchor, set()).add(lexicon.index)
        for anchor, indexes in owners.items():
            automaton.add_word(anchor, frozenset(indexes))
        automaton.make_automaton()
        _state["automaton"], _state["size"] = automaton, len(_registry)
        _candidates.cache_clear()
    return _state["automaton"]


@lru_cache(maxsize=64)
def _candidates(text: str) -> frozenset[int]:
    """Indexes of the lexicons one of whose anchors occurs in the text (any case)."""
    found: set[int] = set()
    for _, indexes in _automaton().iter(text.lower()):
        found |= indexes
    return frozenset(found)


def words(*alternatives: str) -> Lexicon:
    """A case-insensitive lexicon matching any alternative as whole words."""
    return Lexicon(r"(?<![\w])(?:" + "|".join(alternatives) + r")(?![\w])", alternatives)
