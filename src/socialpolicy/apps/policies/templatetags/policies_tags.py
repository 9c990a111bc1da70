from __future__ import annotations

import re

import markdown as markdown_lib
import nh3
from django import template
from django.utils.safestring import mark_safe

from socialpolicy.engines.clauses import UnknownClause, get_clause

register = template.Library()
HEADING = re.compile(r"<(/?)h([1-6])\b")


@register.filter
def policy_markdown(text: str) -> str:
    """The policy's Markdown as HTML, cleaned of anything but formatting and links."""
    html = markdown_lib.markdown(text or "", extensions=["sane_lists"])
    # The page has its own <h1>: the policy's headings move one level down.
    html = HEADING.sub(lambda m: f"<{m[1]}h{min(int(m[2]) + 1, 6)}", html)
    return mark_safe(nh3.clean(html))  # noqa: S308 - nh3 has removed scripts, handlers and styles


@register.filter
def percent_class(value: float) -> str:
    if value >= 90:
        return "good"
    if value >= 70:
        return "fair"
    return "poor"


@register.filter
def days_until(start, end) -> int:
    """Whole days from ``start`` to ``end`` (never negative)."""
    return max((end - start).days, 0)


@register.filter
def clause_label(clause_id: str) -> str:
    """``4.2.2 Heads: staff sign the policy``: the id with its title from the clause library."""
    try:
        return f"{clause_id} {get_clause(clause_id).title}"
    except UnknownClause:
        return str(clause_id)
