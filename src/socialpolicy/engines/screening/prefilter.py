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


MAX_ANCHORS = 64  # past this an alternative's anchors are not worth the automaton's size
_ZERO_WIDTH = ("(?<!", "(?<=", "(?=", "(?!")


def _usable(literal: str) -> bool:
    """Two characters or more, or one that is not ASCII (an emoji, a pound sign): rare enough."""
    return len(literal) >= 2 or (len(literal) == 1 and not literal.isascii())


def _class_at(pattern: str, index: int) -> tuple[set[str] | None, int]:
    """The letters a character class (``[i1]``, ``[1-7]``) or ``\\d`` at ``index`` may match, if few."""
    if pattern.startswith("\\d", index):
        return set("0123456789"), index + 2
    if not pattern.startswith("[", index) or pattern.startswith("[^", index):
        return None, index
    end = pattern.find("]", index + 1)
    if end < 0:
        return None, index
    body, letters, position = pattern[index + 1 : end], set(), 0
    while position < len(body):
        char = body[position]
        if char == "\\" or char in "[]^":
            return None, index
        if position + 2 < len(body) and body[position + 1] == "-":
            first, last = ord(char), ord(body[position + 2])
            if last < first or last - first > 10:
                return None, index
            letters |= {chr(code).lower() for code in range(first, last + 1)}
            position += 3
            continue
        letters.add(char.lower())
        position += 1
    return (letters if 0 < len(letters) <= 10 else None), end + 1


def _anchors(alternative: str) -> list[str] | None:
    """Literal texts one of which every match of ``alternative`` starts with (None: unknown).

    Every anchor is a prefix of what a match starts with, so it can only be too short (a weaker
    filter), never wrong: a look-around at the start takes no text and is stepped over, a group
    is each of its branches followed by the rest, and an optional letter is tried both ways.
    """
    found = _anchors_of(alternative, depth=0)
    if found is None or len(found) > MAX_ANCHORS:
        return None
    return sorted(set(found))


def _anchors_of(alternative: str, depth: int) -> list[str] | None:
    if depth > 6:
        return None
    if alternative.startswith(_ZERO_WIDTH):
        return _anchors_of(alternative[_group_end(alternative) + 1 :], depth + 1)
    if alternative.startswith("(?:"):
        end = _group_end(alternative)
        quantifier = alternative[end + 1 : end + 2]
        rest = alternative[end + 1 :]
        if quantifier == "{":
            return None
        if quantifier in ("?", "*", "+"):
            rest = alternative[end + 2 :]
        found: list[str] = []
        for part in _split_top_level(alternative[3:end]):
            anchors = _anchors_of(part, depth + 1)
            if anchors is None and quantifier not in ("*", "+"):
                anchors = _anchors_of(part + rest, depth + 1)  # "(?:e-?)?(?:pdf|scan)": "e-pdf", "pdf"
            if anchors is None:
                return None
            found += anchors
            if len(found) > MAX_ANCHORS:
                return None
        if quantifier in ("?", "*"):
            # An optional group: a match starts with the group's words or with what follows it.
            following = _anchors_of(rest, depth + 1)
            return None if following is None else found + following
        return found
    prefix: list[str] = []
    for index, char in enumerate(alternative):
        if char in _METACHARS:
            if char == "(" and prefix and alternative.startswith(("(?:", *_ZERO_WIDTH), index):
                # "pre(?:a|b)": "prea" or "preb"
                following = _anchors_of(alternative[index:], depth + 1)
                if following is not None:
                    return ["".join(prefix).lower() + anchor for anchor in following]
            if char in "[\\":
                # "p[1-7]", "\\d+": each letter the class allows, after the literal so far
                letters, after = _class_at(alternative, index)
                head = "".join(prefix).lower()
                if (
                    letters is not None
                    and not alternative.startswith(("?", "*", "{"), after)
                    and all(_usable(head + letter) for letter in letters)
                ):
                    return [head + letter for letter in sorted(letters)]
            if char == "?" and prefix and not alternative.startswith("?", index + 1):
                # an optional letter: "i'?ll" starts with "i'll" or "ill"
                head, rest = "".join(prefix), alternative[index + 1 :]
                with_it, without = (
                    _anchors_of(head + rest, depth + 1),
                    _anchors_of(head[:-1] + rest, depth + 1),
                )
                if with_it is not None and without is not None:
                    return with_it + without
            if char in "?*{" and prefix:
                prefix.pop()  # the last literal is optional
            break
        prefix.append(char)
    literal = "".join(prefix).lower()
    return [literal] if _usable(literal) else None


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
