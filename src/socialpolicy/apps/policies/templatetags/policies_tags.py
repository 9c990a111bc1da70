from __future__ import annotations

import markdown as markdown_lib
import nh3
from django import template
from django.utils.safestring import mark_safe

register = template.Library()


@register.filter
def policy_markdown(text: str) -> str:
    """The policy's Markdown as HTML, cleaned of anything but formatting and links."""
    html = markdown_lib.markdown(text or "", extensions=["sane_lists"])
    return mark_safe(nh3.clean(html))  # noqa: S308 - nh3 has removed scripts, handlers and styles


@register.filter
def percent_class(value: float) -> str:
    if value >= 90:
        return "good"
    if value >= 70:
        return "fair"
    return "poor"
