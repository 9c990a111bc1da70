"""The site catalogue: contract ids, whole-label matching, the prefilter, and trust additions."""

from __future__ import annotations

import re

import pytest

from socialpolicy.engines.monitoring import CatalogueError, load_catalogue, scan
from socialpolicy.engines.monitoring.catalogue import load_builtin

from .loggen import ALICE, MONDAY, NOR_TRUST, local_epoch, squid_use, write_log, write_org

CONTRACT_SITES = [
    "facebook",
    "whatsapp",
    "twitter",
    "linkedin",
    "youtube",
    "google+",
    "instagram",
    "pinterest",
    "flickr",
    "tumblr",
    "reddit",
    "tiktok",
    "snapchat",
    "threads",
    "bluesky",
    "discord",
    "mastodon",
]


def test_built_in_sites_are_exactly_the_contract_ids():
    assert sorted(load_builtin().sites) == sorted(CONTRACT_SITES)


@pytest.mark.parametrize(
    ("host", "site"),
    [
        ("www.facebook.com", "facebook"),
        ("scontent-lhr6-2.xx.fbcdn.net", "facebook"),
        ("FACEBOOK.COM.", "facebook"),
        ("evilfacebook.com", None),
        ("facebook.com.evil.net", None),
        ("x.com", "twitter"),
        ("api.x.com", "twitter"),
        ("www.dropbox.com", None),
        ("t.co", "twitter"),
        ("microsoft.com", None),
        ("pbs.twimg.com", "twitter"),
        ("plus.google.com", "google+"),
        ("google.com", None),
        ("www.google.com", None),
        ("fonts.googleapis.com", None),
        ("youtu.be", "youtube"),
        ("rr3---sn-aigl6nzr.googlevideo.com", "youtube"),
        ("i.ytimg.com", "youtube"),
        ("media.licdn.com", "linkedin"),
        ("scontent-lhr8-2.cdninstagram.com", "instagram"),
        ("mmg.whatsapp.net", "whatsapp"),
        ("p16-sign-va.tiktokcdn.com", "tiktok"),
        ("api16-normal-c-useast1a.tiktokv.com", "tiktok"),
        ("cf-st.sc-cdn.net", "snapchat"),
        ("www.threads.net", "threads"),
        ("cdn.bsky.app", "bluesky"),
        ("bsky.social", "bluesky"),
        ("gateway.discord.gg", "discord"),
        ("media.discordapp.net", "discord"),
        ("files.mastodon.social", "mastodon"),
        ("mstdn.social", "mastodon"),
        ("i.pinimg.com", "pinterest"),
        ("live.staticflickr.com", "flickr"),
        ("64.media.tumblr.com", "tumblr"),
        ("v.redd.it", "reddit"),
        ("142.250.180.14", None),
    ],
)
def test_hosts_match_on_whole_labels(host, site):
    assert load_builtin().site_for_host(host) == site


def test_the_prefilter_never_misses_a_catalogue_domain():
    catalogue = load_builtin()
    prefilter = re.compile(catalogue.prefilter_pattern())
    for domain in catalogue.site_by_domain:
        for form in (
            f" {domain}:443 ",
            f" http://www.{domain}/x ",
            f",{domain},",
            f'"{domain}"',
            f" {domain}",
        ):
            assert prefilter.search(form), (domain, form)


def test_a_trust_adds_sites_and_domains_with_sites_csv(tmp_path):
    org = write_org(tmp_path / "org", sites_csv="site,domain\nroblox,roblox.com\nfacebook,fb.example.net\n")
    catalogue = load_catalogue(org)
    assert catalogue.site_for_host("www.roblox.com") == "roblox"
    assert catalogue.site_for_host("cdn.fb.example.net") == "facebook"
    lines = squid_use(local_epoch(MONDAY, "09:00"), 2, NOR_TRUST, "web.roblox.com", ALICE)
    (finding,) = scan(org, [write_log(tmp_path / "a.log", lines)]).findings
    assert (finding.site, finding.clause) == ("roblox", "5.2")


def test_extra_site_files_are_added_too(tmp_path, org):
    extra = tmp_path / "more.csv"
    extra.write_text("site,domain\nbereal,bereal.com\n")
    lines = squid_use(local_epoch(MONDAY, "09:00"), 2, NOR_TRUST, "mobile.bereal.com", ALICE)
    log = write_log(tmp_path / "a.log", lines)
    assert scan(org, [log]).findings == []
    assert [f.site for f in scan(org, [log], extra_site_files=[extra]).findings] == ["bereal"]


@pytest.mark.parametrize(
    "text", ["site,domain\nroblox,not a domain\n", "name,host\nx,y.com\n", "site,domain\n,a.com\n"]
)
def test_bad_site_lists_are_rejected_with_file_and_line(tmp_path, text):
    path = tmp_path / "sites.csv"
    path.write_text(text)
    with pytest.raises(CatalogueError, match="sites.csv, line"):
        load_catalogue(None, [path])
