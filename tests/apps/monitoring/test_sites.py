"""Sites a trust adds to the built-in catalogue: their rules, the org folder's sites.csv, the ingest
that counts them, and ICT's page (heads read it; staff do not see it)."""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError

from socialpolicy.apps.monitoring.models import (
    normalised_domain,
    normalised_site_id,
)

pytestmark = pytest.mark.django_db

# --- the rules for an id and a domain (the engine's, and no built-in ones) ------------------------


@pytest.mark.parametrize(
    ("given", "kept"), [("roblox", "roblox"), (" Roblox ", "roblox"), ("x-2.b+c_d", "x-2.b+c_d")]
)
def test_site_ids_are_the_engines(given, kept):
    assert normalised_site_id(given) == kept


@pytest.mark.parametrize(
    ("given", "reason"),
    [
        ("face book", "is not a site id"),
        ("-roblox", "is not a site id"),
        ("", "is not a site id"),
        ("a" * 51, "at most 50"),
        ("facebook", "facebook is a built-in site (Facebook (and Messenger))"),
        ("TikTok", "tiktok is a built-in site"),
    ],
)
def test_bad_or_built_in_site_ids_are_refused_in_plain_words(given, reason):
    with pytest.raises(ValidationError, match=reason.replace("(", r"\(").replace(")", r"\)")):
        normalised_site_id(given)


@pytest.mark.parametrize(
    ("given", "kept"),
    [("roblox.com", "roblox.com"), ("*.Roblox.COM.", "roblox.com"), (" cdn.rbxcdn.com ", "cdn.rbxcdn.com")],
)
def test_domains_are_handled_as_the_engine_handles_them(given, kept):
    assert normalised_domain(given) == kept


@pytest.mark.parametrize(
    ("given", "reason"),
    [
        ("https://roblox.com/games", "is not a domain"),
        ("localhost", "is not a domain"),
        ("rob lox.com", "is not a domain"),
        ("tiktok.com", "tiktok.com is already in the built-in catalogue, as TikTok"),
        ("X.com", "x.com is already in the built-in catalogue"),
    ],
)
def test_bad_or_built_in_domains_are_refused(given, reason):
    with pytest.raises(ValidationError, match=reason):
        normalised_domain(given)


def test_a_subdomain_of_a_built_in_domain_may_be_a_site_of_its_own():
    assert normalised_domain("workplace.facebook.com") == "workplace.facebook.com"
