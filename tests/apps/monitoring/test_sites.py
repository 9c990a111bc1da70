"""Sites a trust adds to the built-in catalogue, and domains it adds to a built-in site: their rules,
the org folder's sites.csv, the ingest that counts them, and ICT's page (heads read it; staff do not
see it)."""

from __future__ import annotations

import io
import json
from datetime import timedelta
from pathlib import Path

import pytest
from auditlog.models import LogEntry
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.core.management.base import CommandError
from django.urls import reverse

from socialpolicy.apps.monitoring import selectors
from socialpolicy.apps.monitoring.models import (
    DailyActivity,
    Finding,
    TrustSite,
    check_not_builtin_domain,
    normalised_domain,
    normalised_site_id,
)
from socialpolicy.apps.monitoring.orgsync import catalogue_from_db
from socialpolicy.apps.monitoring.services import MonitoringError, trust_site_add, trust_site_remove
from socialpolicy.apps.people.models import Trust, User
from socialpolicy.engines.monitoring.catalogue import load_builtin, load_catalogue
from tests.apps.monitoring.conftest import DAY, squid_lines, write_log

pytestmark = pytest.mark.django_db

# --- the rules for an id and a domain (the engine's; no built-in domain) ------------------------


@pytest.mark.parametrize(
    ("given", "kept"),
    [
        ("roblox", "roblox"),
        (" Roblox ", "roblox"),
        ("x-2.b+c_d", "x-2.b+c_d"),
        ("TikTok", "tiktok"),  # a built-in id: the trust gives that site another domain
        ("facebook", "facebook"),
    ],
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
    ],
)
def test_bad_site_ids_are_refused_in_plain_words(given, reason):
    with pytest.raises(ValidationError, match=reason):
        normalised_site_id(given)


@pytest.mark.parametrize(
    ("given", "kept"),
    [("roblox.com", "roblox.com"), ("*.Roblox.COM.", "roblox.com"), (" cdn.rbxcdn.com ", "cdn.rbxcdn.com")],
)
def test_domains_are_handled_as_the_engine_handles_them(given, kept):
    assert normalised_domain(given) == kept


@pytest.mark.parametrize("given", ["https://roblox.com/games", "localhost", "rob lox.com"])
def test_bad_domains_are_refused(given):
    with pytest.raises(ValidationError, match="is not a domain"):
        normalised_domain(given)


@pytest.mark.parametrize(
    ("site_id", "domain", "code", "reason"),
    [
        (
            "tiktok",
            "tiktok.com",
            "builtin_duplicate",
            "already in the built-in catalogue, as TikTok: there is",
        ),
        ("gab", "tiktok.com", "builtin_domain", "as TikTok, and cannot be moved to another site"),
        ("facebook", "x.com", "builtin_domain", "x.com is already in the built-in catalogue"),
    ],
)
def test_a_built_in_domain_is_a_duplicate_for_its_site_and_refused_for_another(site_id, domain, code, reason):
    with pytest.raises(ValidationError, match=reason) as caught:
        check_not_builtin_domain(site_id, domain)
    assert caught.value.code == code


@pytest.mark.parametrize(
    ("site_id", "domain"),
    [("workplace", "workplace.facebook.com"), ("tiktok", "tiktokcdn-eu.example"), ("roblox", "roblox.com")],
)
def test_other_domains_pass_whatever_the_site(site_id, domain):
    # A subdomain of a built-in domain may be a site of its own: the most specific domain wins.
    check_not_builtin_domain(site_id, domain)


# --- the services: ICT adds and removes, each change audited -------------------------------------


def test_ict_adds_a_site_then_another_domain_for_it(ict):
    first = trust_site_add(actor=ict, site_id="Roblox", name="Roblox", domain="roblox.com")
    second = trust_site_add(actor=ict, site_id="roblox", domain="rbxcdn.com")
    assert (first.site_id, first.name, first.added_by) == ("roblox", "Roblox", ict)
    assert (second.site_id, second.name) == ("roblox", "Roblox")  # the site keeps its name
    entries = LogEntry.objects.get_for_model(TrustSite).filter(action=LogEntry.Action.CREATE)
    assert entries.count() == 2 and {e.actor for e in entries} == {ict}


def test_a_new_site_without_a_name_is_named_by_its_id(ict):
    assert trust_site_add(actor=ict, site_id="kick", domain="kick.com").name == "kick"


def test_ict_adds_a_domain_to_a_built_in_site_which_keeps_its_name(ict):
    first = trust_site_add(actor=ict, site_id="TikTok", name="Tok Tok", domain="tiktokcdn-eu.example")
    second = trust_site_add(actor=ict, site_id="tiktok", domain="tiktokv-eu.example")
    assert {(first.site_id, first.name), (second.site_id, second.name)} == {("tiktok", "TikTok")}
    catalogue = catalogue_from_db()
    tiktok = catalogue.sites["tiktok"]
    assert (tiktok.name, tiktok.clause) == ("TikTok", "3.2")
    assert {"tiktok.com", "tiktokcdn-eu.example", "tiktokv-eu.example"} <= set(tiktok.domains)
    assert catalogue.site_for_host("v16m.tiktokcdn-eu.example") == "tiktok"
    assert LogEntry.objects.get_for_model(TrustSite).filter(action=LogEntry.Action.CREATE).count() == 2


def test_a_row_whose_domain_became_built_in_is_left_out_of_the_scan(ict):
    # As if a later version of the software listed the domain for a built-in site.
    TrustSite.objects.create(site_id="gab", name="Gab", domain="tiktok.com")
    TrustSite.objects.create(site_id="tiktok", name="TikTok", domain="tiktokv.com")
    catalogue = catalogue_from_db()
    assert catalogue.site_for_host("www.tiktok.com") == "tiktok" and "gab" not in catalogue.sites


@pytest.mark.parametrize(
    ("site_id", "name", "domain", "reason"),
    [
        ("roblox", "", "roblox.com", "roblox.com is already listed, for Roblox"),
        ("roblox", "Roblox games", "rbxcdn.com", "roblox is already called 'Roblox'"),
        ("tiktok", "", "TikTok.com", "already in the built-in catalogue, as TikTok: there is nothing to add"),
        ("gab", "", "youtube.com", "already in the built-in catalogue, as YouTube, and cannot be moved"),
        ("tiktok", "", "roblox.com", "roblox.com is already listed, for Roblox"),
    ],
)
def test_clashes_are_refused(ict, site_id, name, domain, reason):
    trust_site_add(actor=ict, site_id="roblox", name="Roblox", domain="roblox.com")
    with pytest.raises(MonitoringError, match=reason):
        trust_site_add(actor=ict, site_id=site_id, name=name, domain=domain)
    assert TrustSite.objects.count() == 1


@pytest.mark.parametrize("persona", ["head_north", "hr", "ceo", "staff_north"])
def test_only_ict_may_change_the_sites(request, ict, persona):
    other = request.getfixturevalue(persona)
    with pytest.raises(PermissionError):
        trust_site_add(actor=other, site_id="roblox", domain="roblox.com")
    site = trust_site_add(actor=ict, site_id="roblox", domain="roblox.com")
    with pytest.raises(PermissionError):
        trust_site_remove(actor=other, site=site)
    assert TrustSite.objects.count() == 1


def test_removal_is_audited(ict):
    site = trust_site_add(actor=ict, site_id="roblox", domain="roblox.com")
    trust_site_remove(actor=ict, site=site)
    assert not TrustSite.objects.exists()
    deleted = LogEntry.objects.get_for_model(TrustSite).get(action=LogEntry.Action.DELETE)
    assert deleted.actor == ict and deleted.object_repr == "roblox: roblox.com"
    with pytest.raises(MonitoringError, match="already removed"):
        trust_site_remove(actor=ict, site=site)


# --- the org folder's sites.csv through import-org ----------------------------------------------

STAFF = (
    "email,first_name,last_name,academy_code,job_title,roles,handles\n"
    "ann.head@quarry.example,Ann,Head,HIL,Headteacher,head,\n"
    "ivo.ict@quarry.example,Ivo,Tech,,Network manager,ict,\n"
)


def write_org(folder: Path, sites: str | None, **more: str) -> Path:
    """A small org folder; ``more`` writes other files (``networks_csv="..."`` is networks.csv)."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "trust.toml").write_text('name = "Quarry Lane Trust"\nemail_domains = ["quarry.example"]\n')
    (folder / "academies.csv").write_text("code,name,aliases\nHIL,Hillside Academy,\n")
    (folder / "staff.csv").write_text(STAFF)
    if sites is not None:
        (folder / "sites.csv").write_text(sites)
    for name, text in more.items():
        (folder / name.replace("_", ".")).write_text(text)
    return folder


def run_import(folder: Path) -> dict:
    out = io.StringIO()
    call_command("import-org", str(folder), "--format", "json", stdout=out)
    return json.loads(out.getvalue())


def trust_sites() -> set[tuple[str, str, str]]:
    return set(TrustSite.objects.values_list("site_id", "name", "domain"))


def test_import_reads_sites_csv_and_a_second_import_changes_nothing(tmp_path):
    folder = write_org(
        tmp_path / "org",
        "site,domain,name\nroblox,roblox.com,Roblox\nroblox,*.rbxcdn.com,\nkick,Kick.com.,\n\n",
    )
    first = run_import(folder)
    assert first["created"] == 1 + 1 + 2 + 3  # trust, academy, staff, three domains
    assert trust_sites() == {
        ("roblox", "Roblox", "roblox.com"),
        ("roblox", "Roblox", "rbxcdn.com"),
        ("kick", "kick", "kick.com"),
    }
    again = run_import(folder)
    assert (again["created"], again["updated"], again["deactivated"]) == (0, 0, 0)


def test_the_file_is_the_list_when_present_and_absent_leaves_it_alone(tmp_path, ict):
    trust_site_add(actor=ict, site_id="kick", name="Kick", domain="kick.com")
    folder = write_org(tmp_path / "org", "site,domain\nroblox,roblox.com\nkick,kick.tv\n")
    summary = run_import(folder)
    # kick.com (added on the page, not in the file) goes; kick keeps the name it was given.
    assert trust_sites() == {("roblox", "roblox", "roblox.com"), ("kick", "Kick", "kick.tv")}
    assert summary["deactivated"] >= 1
    (folder / "sites.csv").unlink()
    run_import(folder)
    assert len(trust_sites()) == 2


def test_sites_csv_gives_a_built_in_site_another_domain_which_an_ingest_counts(
    tmp_path, monitoring_on, ingest_lines
):
    folder = write_org(
        tmp_path / "org",
        "site,domain,name\nTikTok,*.TikTokCDN-eu.example,Tok Tok\n",  # the name given is ignored
        staff_csv=STAFF + "tom.teacher@quarry.example,Tom,Teacher,HIL,Teacher,staff,\n",
        networks_csv="cidr,ownership,academy_code\n10.1.0.0/16,trust,HIL\n",
    )
    assert run_import(folder)["created"] == 1 + 1 + 3 + 1 + 1  # trust, academy, staff, network, site
    assert trust_sites() == {("tiktok", "TikTok", "tiktokcdn-eu.example")}
    again = run_import(folder)
    assert (again["created"], again["updated"], again["deactivated"]) == (0, 0, 0)

    start = DAY.replace(hour=10)
    lines = squid_lines(
        user="tom.teacher", ip="10.1.4.20", host="v16m.tiktokcdn-eu.example", start=start, minutes=12
    )
    ingest = ingest_lines(lines, name="cdn.log")
    assert ingest.matched == 24 and ingest.findings_new == 1
    finding = Finding.objects.get()
    assert (finding.person, finding.site, finding.clause, finding.active_minutes) == (
        "tom.teacher@quarry.example",
        "tiktok",  # the built-in id, as `monitor scan` gives it
        "5.2",
        12,
    )
    assert selectors.site_name(finding.site) == "TikTok"


def test_a_built_in_domain_listed_for_its_own_site_is_skipped(tmp_path):
    sites = "site,domain,name\ntiktok,tiktok.com,TikTok\nTikTok,*.TikTokV.com.,\nroblox,roblox.com,Roblox\n"
    folder = write_org(tmp_path / "org", sites)
    assert set(load_catalogue(folder).sites) >= {"tiktok", "roblox"}  # the engine takes the folder
    run_import(folder)
    assert trust_sites() == {("roblox", "Roblox", "roblox.com")}


def test_a_built_in_domain_for_another_site_is_refused_naming_the_line(tmp_path):
    sites = "site,domain\nroblox,roblox.com\ntiktok,tiktokcdn-eu.example\ngab,TikTok.com\n"
    folder = write_org(tmp_path / "org", sites)
    with pytest.raises(CommandError) as caught:
        run_import(folder)
    message = str(caught.value)
    assert (
        "sites.csv, line 4: tiktok.com is already in the built-in catalogue, as TikTok, and cannot be "
        "moved to another site" in message
    )
    assert not TrustSite.objects.exists() and not Trust.objects.exists()


BAD_SITE_ROWS = [
    ("Face Book,facebook.example", "'Face Book' is not a site id"),
    ("roblox,https://roblox.com/", "is not a domain"),
    ("gab,twitter.com", "twitter.com is already in the built-in catalogue"),
    ("tiktok,roblox.com", "roblox.com is already listed for roblox on line 2"),
    ("kick,roblox.com", "roblox.com is already listed for roblox on line 2"),
    ("roblox,rbxcdn.com,Roblox games", "roblox is called 'Roblox' on line 2"),
    (",kick.com", "missing required field 'site'"),
]


@pytest.mark.parametrize(("bad_row", "reason"), BAD_SITE_ROWS)
def test_a_bad_row_of_sites_csv_rejects_the_whole_import_with_file_and_line(tmp_path, bad_row, reason):
    folder = write_org(tmp_path / "org", f"site,domain,name\nroblox,roblox.com,Roblox\n{bad_row}\n")
    with pytest.raises(CommandError) as caught:
        run_import(folder)
    assert caught.value.returncode == 2
    message = str(caught.value)
    assert "nothing was written" in message and "sites.csv, line 3:" in message and reason in message
    assert not TrustSite.objects.exists() and not Trust.objects.exists() and not User.objects.exists()


def test_sites_csv_needs_its_header(tmp_path):
    folder = write_org(tmp_path / "org", "name,host\nRoblox,roblox.com\n")
    with pytest.raises(CommandError, match=r"sites.csv, line 1: header lacks column\(s\): site, domain"):
        run_import(folder)


def test_the_import_page_takes_sites_csv_and_shows_a_bad_row(login, hr):
    def files(sites: str) -> list[SimpleUploadedFile]:
        texts = {
            "trust.toml": 'name = "Quarry Lane Trust"\nemail_domains = ["quarry.example"]\n',
            "academies.csv": "code,name,aliases\nHIL,Hillside Academy,\n",
            "staff.csv": STAFF + f"{hr.email},Harriet,Hr,,HR,hr,\n",
            "sites.csv": sites,
        }
        return [SimpleUploadedFile(name, text.encode()) for name, text in texts.items()]

    client = login(hr)
    bad = client.post(
        reverse("people:import"), {"files": files("site,domain\nroblox,roblox.com\nx,bad domain\n")}
    )
    error = bad.context["import_error"]
    assert (error.file, error.line) == ("sites.csv", 3) and "is not a domain" in error.reason
    preview = client.post(reverse("people:import"), {"files": files("site,domain\nroblox,roblox.com\n")})
    assert "Monitored sites added by the trust" in preview.content.decode()
    assert not TrustSite.objects.exists()
    client.post(reverse("people:import_apply"), {"action": "apply"})
    assert trust_sites() == {("roblox", "roblox", "roblox.com")}
    assert LogEntry.objects.get_for_model(TrustSite).get().actor == hr


# --- the ingest counts the added sites and the pages name them -----------------------------------


def roblox_lines(minutes: int = 12, *, day: int = 0) -> list[str]:
    start = DAY.replace(hour=9) + timedelta(days=day)
    return squid_lines(user="sam.staff", ip="10.1.4.20", host="www.roblox.com", start=start, minutes=minutes)


def test_ingest_finds_use_of_an_added_site(networks, monitoring_on, staff_north, ict, ingest_lines):
    ingest_lines(roblox_lines(day=-7), name="before.log")
    assert not DailyActivity.objects.exists()  # not a social media site yet
    trust_site_add(actor=ict, site_id="roblox", name="Roblox", domain="roblox.com")
    ingest = ingest_lines(roblox_lines(), name="after.log")
    assert ingest.matched == 24 and ingest.findings_new == 1
    finding = Finding.objects.get()
    assert (finding.user, finding.site, finding.clause, finding.active_minutes) == (
        staff_north,
        "roblox",
        "5.2",
        12,
    )
    assert selectors.site_name("roblox") == "Roblox"
    assert selectors.site_name("facebook") == "Facebook (and Messenger)"
    assert selectors.site_name("gone") == "gone"


def test_monitor_ingest_command_counts_added_sites(networks, monitoring_on, staff_north, ict, tmp_path):
    trust_site_add(actor=ict, site_id="roblox", name="Roblox", domain="roblox.com")
    path = write_log(tmp_path, "access.log", roblox_lines())
    out = io.StringIO()
    call_command("monitor-ingest", str(path), "--format", "json", stdout=out)
    assert json.loads(out.getvalue())["findings_new"] == 1
    assert Finding.objects.get().site == "roblox"


def test_the_built_in_catalogue_is_never_extended_in_place(ict):
    trust_site_add(actor=ict, site_id="roblox", domain="roblox.com")
    from socialpolicy.apps.monitoring.models import builtin_catalogue
    from socialpolicy.apps.monitoring.orgsync import catalogue_from_db

    assert catalogue_from_db().site_for_host("www.roblox.com") == "roblox"
    assert builtin_catalogue().site_for_host("www.roblox.com") is None
    assert set(builtin_catalogue().sites) == set(load_builtin().sites)


def test_use_charts_name_added_sites(networks, monitoring_on, staff_north, ict, ingest_lines, login):
    trust_site_add(actor=ict, site_id="roblox", name="Roblox", domain="roblox.com")
    ingest_lines(roblox_lines())
    usage = login(ict).get(reverse("monitoring:usage") + "?days=90")
    assert [bar.label for bar in usage.context["charts"]["per_site"]] == ["Roblox"]
    finding = Finding.objects.get()
    page = login(ict).get(reverse("monitoring:finding", args=[finding.pk]))
    assert "<h1>Roblox on" in page.content.decode()


# --- the page -------------------------------------------------------------------------------------


SITES = reverse("monitoring:sites")


def remove_url(site: TrustSite) -> str:
    return reverse("monitoring:site_remove", args=[site.pk])


def test_ict_sees_both_lists_and_adds_a_site(ict, login):
    client = login(ict)
    page = client.get(SITES)
    assert page.status_code == 200
    html = page.content.decode()
    assert "Built-in sites" in html and "<code>fbcdn.net</code>" in html
    assert "The trust has added no sites" in html and page.context["form"] is not None
    done = client.post(
        SITES, {"site_id": "Roblox", "name": "Roblox", "domain": "www.roblox.com"}, follow=True
    )
    assert trust_sites() == {("roblox", "Roblox", "www.roblox.com")}
    html = done.content.decode()
    assert "www.roblox.com added to Roblox" in html
    assert "<code>www.roblox.com</code>" in html and "Stop monitoring www.roblox.com" in html
    assert LogEntry.objects.get_for_model(TrustSite).get().actor == ict


@pytest.mark.parametrize(
    ("posted", "field", "reason"),
    [
        (
            {"site_id": "TikTok", "domain": "*.tiktok.com"},
            "domain",
            "tiktok.com is already in the built-in catalogue, as TikTok: there is nothing to add.",
        ),
        ({"site_id": "roblox", "domain": "https://roblox.com/x"}, "domain", "is not a domain"),
        (
            {"site_id": "gab", "domain": "tiktok.com"},
            "domain",
            "already in the built-in catalogue, as TikTok, and cannot be moved to another site.",
        ),
        ({"site_id": "", "domain": "roblox.com"}, "site_id", "This field is required"),
    ],
)
def test_the_form_is_shown_again_with_the_reason(ict, login, posted, field, reason):
    response = login(ict).post(SITES, {"name": "", **posted})
    assert response.status_code == 200
    assert any(reason in error for error in response.context["form"].errors[field])
    assert reason.replace("'", "&#x27;") in response.content.decode()
    assert not TrustSite.objects.exists()


def test_ict_adds_a_domain_to_a_built_in_site_shown_with_that_site(ict, login):
    client = login(ict)
    done = client.post(
        SITES, {"site_id": "tiktok", "name": "Tok", "domain": "tiktokcdn-eu.example"}, follow=True
    )
    assert trust_sites() == {("tiktok", "TikTok", "tiktokcdn-eu.example")}
    html = done.content.decode()
    assert "tiktokcdn-eu.example added to TikTok." in html
    assert done.context["added"] == [] and [s.site_id for s in done.context["extended"]] == ["tiktok"]
    assert "The trust has added no sites of its own; the domains it added to built-in sites" in html
    builtin = html[html.index('id="builtin-title"') :]
    assert '<ul aria-label="Domains the trust added to TikTok">' in builtin
    assert '<code>tiktokcdn-eu.example</code> <span class="tag tag-info">added by the trust</span>' in builtin
    assert "Stop monitoring tiktokcdn-eu.example" in builtin
    site = TrustSite.objects.get()
    removed = client.post(remove_url(site), follow=True)
    assert "tiktokcdn-eu.example is no longer monitored" in removed.content.decode()
    assert not TrustSite.objects.exists()


def test_a_clash_found_by_the_service_is_a_message(ict, login):
    trust_site_add(actor=ict, site_id="roblox", name="Roblox", domain="roblox.com")
    response = login(ict).post(SITES, {"site_id": "kick", "name": "", "domain": "roblox.com"})
    assert response.status_code == 200
    assert "roblox.com is already listed, for Roblox (roblox)." in response.content.decode()


def test_ict_removes_a_domain(ict, login):
    site = trust_site_add(actor=ict, site_id="roblox", domain="roblox.com")
    done = login(ict).post(remove_url(site), follow=True)
    assert "roblox.com is no longer monitored" in done.content.decode()
    assert not TrustSite.objects.exists()
    assert LogEntry.objects.get_for_model(TrustSite).filter(action=LogEntry.Action.DELETE, actor=ict).exists()
    assert login(ict).get(remove_url(site)).status_code == 405


@pytest.mark.parametrize("persona", ["head_north", "hr", "ceo"])
def test_heads_hr_and_the_ceo_read_the_page_but_cannot_change_it(request, ict, login, persona):
    site = trust_site_add(actor=ict, site_id="roblox", name="Roblox", domain="roblox.com")
    extra = trust_site_add(actor=ict, site_id="tiktok", domain="tiktokcdn-eu.example")
    client = login(request.getfixturevalue(persona))
    page = client.get(SITES)
    assert page.status_code == 200 and page.context["form"] is None
    html = page.content.decode()
    assert "<code>roblox.com</code>" in html and "Add a site" not in html and "Remove</button>" not in html
    assert "<code>tiktokcdn-eu.example</code> <span class" in html
    assert client.post(SITES, {"site_id": "kick", "domain": "kick.com"}).status_code == 403
    assert client.post(remove_url(site)).status_code == 403
    assert client.post(remove_url(extra)).status_code == 403
    assert trust_sites() == {("roblox", "Roblox", "roblox.com"), ("tiktok", "TikTok", "tiktokcdn-eu.example")}


@pytest.mark.parametrize("persona", ["staff_north", "dsl_north", "trustee"])
def test_staff_may_not_see_the_page(request, ict, login, persona):
    site = trust_site_add(actor=ict, site_id="roblox", domain="roblox.com")
    client = login(request.getfixturevalue(persona))
    assert client.get(SITES).status_code == 403
    assert client.post(SITES, {"site_id": "kick", "domain": "kick.com"}).status_code == 403
    assert client.post(remove_url(site)).status_code == 404  # a record they may not see
    assert "Sites monitored" not in client.get(reverse("home")).content.decode()
    assert TrustSite.objects.count() == 1


def test_signed_out_people_are_sent_to_sign_in(client):
    response = client.get(SITES)
    assert response.status_code == 302 and response["Location"].startswith("/login/")


def test_ict_finds_the_page_in_the_navigation_and_hr_from_the_settings(ict, hr, login):
    assert f'href="{SITES}"' in login(ict).get(reverse("monitoring:upload")).content.decode()
    assert f'href="{SITES}"' in login(hr).get(reverse("monitoring:settings")).content.decode()
