"""Template helpers for the one design: accessible form fields, role labels, active navigation."""

from __future__ import annotations

from django import template
from django.forms import BoundField, CheckboxSelectMultiple, RadioSelect
from django.urls import NoReverseMatch, reverse

from socialpolicy.apps.core.access import roles_of
from socialpolicy.apps.people.models import Role

register = template.Library()

ROLE_LABELS = dict(Role.choices)


@register.simple_tag
def role_labels(user) -> list[str]:
    """The person's roles in plain words, the most specific first ("Member of staff" last)."""
    codes = roles_of(user)
    order = [code for code, _ in Role.choices if code != Role.STAFF] + [Role.STAFF]
    return [ROLE_LABELS[code] for code in order if code in codes]


@register.inclusion_tag("core/_field.html")
def field(bound: BoundField, css_class: str = "", mark_optional: bool = True):
    """A labelled field whose hint and errors are tied to the input with aria-describedby."""
    described = []
    hint_id = f"{bound.auto_id}-hint" if bound.help_text else ""
    error_id = f"{bound.auto_id}-error" if bound.errors else ""
    if hint_id:
        described.append(hint_id)
    if error_id:
        described.append(error_id)
    attrs = {}
    if described:
        attrs["aria-describedby"] = " ".join(described)
    if bound.errors:
        attrs["aria-invalid"] = "true"
    grouped = isinstance(bound.field.widget, CheckboxSelectMultiple | RadioSelect)
    return {
        "bound": bound,
        "widget": bound.as_widget(attrs=attrs),
        "hint_id": hint_id,
        "error_id": error_id,
        "grouped": grouped,
        "css_class": css_class,
        # Filter forms set ``mark_optional = False``: every filter is optional, so saying so is noise.
        "optional": mark_optional
        and getattr(bound.form, "mark_optional", True)
        and not bound.field.required
        and getattr(bound.field.widget, "input_type", "") != "checkbox",
    }


@register.simple_tag(takes_context=True)
def nav_links(context) -> list[tuple[str, list[dict]]]:
    """The visible navigation with resolved links; the best match for this page is marked current.

    Entries whose URL does not resolve (an app registered a page that is not wired yet) are left
    out rather than breaking every page.
    """
    request = context.get("request")
    path = request.path if request else ""
    sections = []
    for section, items in context.get("nav_sections") or []:
        links = []
        for item in items:
            try:
                href = reverse(item.url_name)
            except NoReverseMatch:
                continue
            links.append({"label": item.label, "href": href, "current": False})
        if links:
            sections.append((section, links))
    candidates = [
        link
        for _, links in sections
        for link in links
        if path == link["href"] or (link["href"] != "/" and path.startswith(link["href"]))
    ]
    if candidates:
        max(candidates, key=lambda link: len(link["href"]))["current"] = True
    return sections


@register.filter
def words(value) -> str:
    """``first_name`` → ``first name``: field names in plain words."""
    return str(value).replace("_", " ")


@register.filter
def special_roles(person) -> list[str]:
    """The person's roles other than "member of staff" (everyone is one), from prefetched rows."""
    seen: dict[str, str] = {}
    for assignment in person.role_assignments.all():
        if assignment.role != Role.STAFF:
            seen.setdefault(assignment.role, assignment.get_role_display())
    return list(seen.values())
