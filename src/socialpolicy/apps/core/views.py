"""The home page: the person's own actions first, then panels for their roles, then their pages."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from django.conf import settings
from django.shortcuts import render
from django.template.loader import render_to_string
from django.urls import NoReverseMatch, reverse

from socialpolicy.apps.core.access import roles_of
from socialpolicy.apps.core.home import actions_for, panels_for
from socialpolicy.apps.core.nav import visible_items

logger = logging.getLogger(__name__)

# Where each role does its work: the navigation sections its quick links come from.
ROLE_SECTIONS = {
    "hr": ("Administration", "My academy", "Trust"),
    "ceo": ("Trust", "My academy", "Administration"),
    "trustee": ("Trust", "My academy"),
    "head": ("My academy",),
    "dsl": ("Safeguarding", "My academy"),
    "ict": ("Monitoring", "My academy"),
    "staff": ("My work",),
}
ROLE_AS = {
    "hr": "As HR",
    "ceo": "As CEO",
    "trustee": "As trustee",
    "head": "As head of academy",
    "dsl": "As safeguarding lead",
    "ict": "As ICT support",
    "staff": "As a member of staff",
}
# The order roles appear in on the home page: the most specific first.
ROLE_ORDER = ("hr", "ceo", "head", "dsl", "ict", "trustee", "staff")


@dataclass(frozen=True)
class Point:
    clause: str
    text: str


# How the policy touches each role, in our own plain words, with the clause to read.
ROLE_GUIDE: dict[str, tuple[str, tuple[Point, ...]]] = {
    "staff": (
        "What the policy asks of you",
        (
            Point(
                "5.4",
                "Keep pupils off your personal accounts: no friend requests, follows or chats "
                "with pupils unless they are family or close friends away from school.",
            ),
            Point(
                "5.5",
                "If a pupil's parent is a friend or relative you talk to on social media, tell HR "
                "with the declaration form.",
            ),
            Point(
                "5.8",
                "Think before you post in your own name: nothing that would embarrass the trust, "
                "give away private matters about pupils, colleagues or the trust, or reuse someone "
                "else's work without credit.",
            ),
            Point(
                "5.2–5.3",
                "Trust computers are not for personal social media (LinkedIn for work is the "
                "exception); on your own phone, keep it to breaks and non-contact time.",
            ),
            Point(
                "9.2",
                "Use of social media over the trust's network and devices can be monitored; the "
                "monitoring panel and your monitoring record say exactly what is kept about you.",
            ),
        ),
    ),
    "head": (
        "Your part as head of academy",
        (
            Point(
                "4.2",
                "Make sure everyone at your academy has read the policy and signed for it, and "
                "act quickly when a breach is suspected.",
            ),
            Point(
                "6.6–6.7",
                "Approve new professional accounts before they go live and keep a list of "
                "the academy's accounts ready to show.",
            ),
            Point("4.5.3", "Staff bring reports of misuse to you; head-office staff go to the CEO instead."),
        ),
    ),
    "hr": (
        "Your part as HR",
        (
            Point(
                "4.3",
                "New starters read and sign the policy as part of induction; you support heads "
                "and the CEO when a breach is suspected.",
            ),
            Point("5.5", "Parent-contact declarations come to you and stay between you and their author."),
            Point("12.1", "The Director of HR reviews the policy every two years."),
        ),
    ),
    "ict": (
        "Your part as ICT support",
        (
            Point(
                "4.4",
                "Keep filtering and monitoring fit for purpose, pass on requests for new sites "
                "to heads, and raise concerns with the head or the safeguarding lead promptly.",
            ),
            Point(
                "9.2–9.3",
                "Monitoring covers the trust's systems only, and its data is kept for a "
                "limited time before it is deleted.",
            ),
        ),
    ),
    "dsl": (
        "Your part as safeguarding lead",
        (
            Point(
                "4.4.3",
                "ICT and colleagues raise concerning use of social media with you; "
                "safeguarding reports for your academy are seen by its DSLs alone.",
            ),
            Point(
                "5.4", "Contact between staff and pupils on personal channels is the first thing to look for."
            ),
        ),
    ),
    "ceo": (
        "Your part as CEO",
        (
            Point(
                "4.1",
                "Set the tone for responsible use across the trust and see that the policy is "
                "kept up to date with HR.",
            ),
            Point(
                "4.5.3",
                "You stand in for the head for head-office staff: reports and approvals for "
                "them come to you.",
            ),
        ),
    ),
    "trustee": (
        "Your part as trustee",
        (
            Point(
                "4.1",
                "The board sets the culture of responsible use and makes sure the policy is "
                "reviewed on time.",
            ),
        ),
    ),
}


def _role_links(user, roles: set[str]) -> list[dict]:
    """For each of the person's roles, the pages in that role's navigation sections.

    Everyone's own pages ("My work") are already in the navigation; they are repeated here only
    for people with no other role, whose home page would otherwise have no links.
    """
    sections = dict(visible_items(user))
    groups = []
    shown: set[str] = {"home"}
    for role in ROLE_ORDER:
        if role not in roles or (role == "staff" and groups):
            continue
        links = []
        for section in ROLE_SECTIONS[role]:
            for item in sections.get(section, []):
                if item.url_name in shown:
                    continue
                try:
                    links.append({"label": item.label, "href": reverse(item.url_name)})
                except NoReverseMatch:
                    continue
                shown.add(item.url_name)
        if links:
            groups.append({"role": ROLE_AS[role], "links": links})
    return groups


def _check_link() -> str:
    try:
        return reverse("screening:check")
    except NoReverseMatch:
        return ""


def _render_panels(request) -> list[str]:
    """Each panel's template rendered with the context its provider returned (plus the request).

    One app's broken panel must not take everyone's home page down: outside DEBUG it is logged
    and left out.
    """
    rendered = []
    for template, context in panels_for(request.user):
        try:
            rendered.append(render_to_string(template, context, request))
        except Exception:
            if settings.DEBUG:
                raise
            logger.exception("home panel %s failed to render", template)
    return rendered


def home(request):
    user = request.user
    roles = roles_of(user)
    guides = [
        {"heading": ROLE_GUIDE[role][0], "points": ROLE_GUIDE[role][1]}
        for role in ROLE_ORDER
        if role in roles
    ]
    return render(
        request,
        "core/home.html",
        {
            "actions": actions_for(user),
            "panels": _render_panels(request),
            "role_links": _role_links(user, roles),
            "guides": guides,
            "check_url": _check_link(),
        },
    )
