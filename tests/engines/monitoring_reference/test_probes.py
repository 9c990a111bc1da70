"""Edge cases of the log formats, run through the engine and the reference.

Cases where the engine departs from the contract are ``xfail(strict=True)`` with a minimal
reproducer and the contract sentence they break: when the engine is fixed they start passing and
strict mode makes the suite say so (then drop the mark).
"""

from __future__ import annotations

import contextlib
import gzip
import io
import json

import pytest

from socialpolicy.engines.monitoring.cli import main
from tests.engines.monitoring_reference.gen import DOMAIN, write_org
from tests.engines.monitoring_reference.harness import differences, run_engine
from tests.engines.monitoring_reference.reference import scan

MON_0800 = 1747033200  # 2025-05-12 08:00 BST, a Monday
HEADER = "timestamp,client_ip,username,host,url,bytes"


def squid(t, host="www.facebook.com", ip="10.0.1.1", user="-", url=None, status=200):
    url = url or f"{host}:443"
    return f"{t:.3f}      5 {ip} TCP_TUNNEL/{status} 100 CONNECT {url} {user} HIER_DIRECT/1.1.1.1 -"


def three(fn, **kw) -> list[str]:
    """Three requests in three consecutive minutes: enough for a 5.2 finding on a trust device."""
    return [fn(MON_0800 + 60 * i + 5, **kw) for i in range(3)]


def csv_row(t, host="www.facebook.com", ip="10.0.1.1", user=""):
    return f"{t},{ip},{user},{host},https://{host}/,1"


def json_row(t, host="www.facebook.com", ip="10.0.1.1", user=None):
    return json.dumps(
        {"timestamp": t, "client_ip": ip, "username": user, "host": host, "url": "", "bytes": 1}
    )


def run(tmp_path, fmt, content, name="access.log"):
    org = tmp_path / "org"
    write_org(org, None)
    path = tmp_path / name
    data = content if isinstance(content, bytes) else content.encode("utf-8")
    path.write_bytes(gzip.compress(data) if name.endswith(".gz") else data)
    return run_engine(org, [path], fmt), scan(org, [path], fmt)


def one_finding(result, site="facebook", minutes=3):
    return [(f["site"], f["clause"], f["active_minutes"]) for f in result["findings"]] == [
        (site, "5.2", minutes)
    ]


# --- the engine and the reference agree ----------------------------------------------------------

AGREED = {
    "squid_crlf": ("squid", "\r\n".join(three(squid)) + "\r\n"),
    "squid_gzip_and_blank_lines": ("squid", "\n\n".join(three(squid)) + "\n   \n"),
    "squid_ipv4_mapped_client": ("squid", "\n".join(three(squid, ip="::ffff:10.0.1.1")) + "\n"),
    "squid_no_ident_field": ("squid", "\n".join(s.rsplit(" ", 3)[0] for s in three(squid)) + "\n"),
    "squid_http_url_with_port_and_user": (
        "squid",
        "\n".join(three(squid, url="http://bob@WWW.facebook.com:8080/x?y=1")) + "\n",
    ),
    "squid_error_url_is_unparsed": ("squid", squid(MON_0800, url="error:invalid-request") + "\n"),
    "squid_trailing_dot_long_domain": ("squid", "\n".join(three(squid, host="www.facebook.com.")) + "\n"),
    "csv_bom_crlf": ("csv", "\ufeff" + "\r\n".join([HEADER, *three(csv_row)]) + "\r\n"),
    "csv_columns_reordered_extra": (
        "csv",
        "status,host,username,client_ip,timestamp\n"
        + "\n".join(f"200,www.facebook.com,,10.0.1.1,{MON_0800 + 60 * i}" for i in range(3))
        + "\n",
    ),
    "csv_short_rows": ("csv", "\n".join([HEADER, *(r.rsplit(",", 2)[0] for r in three(csv_row))]) + "\n"),
    "csv_upper_case_host_with_port": (
        "csv",
        "\n".join([HEADER, *three(csv_row, host="WWW.FACEBOOK.COM:443")]) + "\n",
    ),
    "csv_iso_naive_repeated_hour_is_first_reading": (
        "csv",
        "\n".join([HEADER, *(f"2025-10-26 01:0{i}:00,10.0.1.1,,x.com,,1" for i in range(3))]) + "\n",
    ),
    "csv_iso_naive_skipped_hour": (
        "csv",
        "\n".join([HEADER, *(f"2025-03-30T01:0{i}:00,10.0.1.1,,x.com,,1" for i in range(3))]) + "\n",
    ),
    "csv_date_without_time_is_unparsed": (
        "csv",
        "\n".join([HEADER, *(f"2025-05-1{i},10.0.1.1,,x.com,,1" for i in range(3))]) + "\n",
    ),
    "csv_quoted_fields": (
        "csv",
        "\n".join(
            [
                HEADER,
                *(f'"{MON_0800 + 60 * i}","10.0.1.1","a, b","x.com","https://x.com/a,b",1' for i in range(3)),
            ]
        )
        + "\n",
    ),
    "jsonl_crlf_null_user_string_times": (
        "jsonl",
        "\r\n".join(json_row(str(MON_0800 + 60 * i) + ".25") for i in range(3)) + "\r\n",
    ),
    "jsonl_garbage": ("jsonl", '{oops\n[1]\n"text"\n' + json_row(True) + "\n"),
}


@pytest.mark.parametrize("name", sorted(AGREED))
def test_agreed_edge_case(tmp_path, name):
    fmt, content = AGREED[name]
    engine, reference = run(tmp_path, fmt, content, "access.log.gz" if "gzip" in name else "access.log")
    assert differences(engine, reference) == []


def test_missing_log_is_exit_2_with_one_line(tmp_path, capsys):
    org = tmp_path / "org"
    write_org(org, None)
    status = main(["scan", "--org", str(org), "--format", "json", str(tmp_path / "nope.log")])
    err = capsys.readouterr().err
    assert status == 2
    assert len(err.strip().splitlines()) == 1


# --- engine departures ---------------------------------------------------------------------------


@pytest.mark.parametrize("host", ["WWW.FACEBOOK.COM", "www.FACEBOOK.com", "X.COM"])
def test_engine_upper_case_host_in_squid(tmp_path, host):
    engine, reference = run(tmp_path, "squid", "\n".join(three(squid, host=host)) + "\n")
    assert one_finding(reference, "twitter" if host == "X.COM" else "facebook")
    assert differences(engine, reference) == []


@pytest.mark.parametrize("fmt", ["squid", "csv", "jsonl"])
@pytest.mark.parametrize("host", ["x.com.", "plus.google.com.", "yt3.ggpht.com."])
def test_engine_trailing_dot_short_domain(tmp_path, fmt, host):
    rows = {
        "squid": three(squid, host=host),
        "csv": [HEADER, *three(csv_row, host=host)],
        "jsonl": three(json_row, host=host),
    }[fmt]
    engine, reference = run(tmp_path, fmt, "\n".join(rows) + "\n")
    assert len(reference["findings"]) == 1
    assert differences(engine, reference) == []


@pytest.mark.parametrize("fmt", ["squid", "csv", "jsonl"])
def test_engine_out_of_range_timestamp_is_lost(tmp_path, fmt):
    def ms(t, **kw):
        return {"squid": squid, "csv": csv_row, "jsonl": json_row}[fmt](t * 1000, **kw)

    rows = three(ms) if fmt != "csv" else [HEADER, *three(ms)]
    engine, _ = run(tmp_path, fmt, "\n".join(rows) + "\n")
    accounted = engine["stats"]["unparsed"] == 3 or engine["findings"] or engine["unknown"]
    assert accounted, f"3 lines neither unparsed nor reported: {engine['stats']}"


def test_user_names_in_every_case(tmp_path):
    """Sanity: the staff e-mail, its local part, any case; the reported person is lower case."""
    rows = [
        squid(MON_0800 + 60 * i, user=u)
        for i, u in enumerate([f"Ada.Lovelace@{DOMAIN.upper()}", "ADA.LOVELACE", "ada.lovelace"])
    ]
    engine, reference = run(tmp_path, "squid", "\n".join(rows) + "\n")
    assert [f["person"] for f in engine["findings"]] == [f"ada.lovelace@{DOMAIN}"]
    assert differences(engine, reference) == []


def test_cli_json_is_one_document(tmp_path):
    org = tmp_path / "org"
    write_org(org, None)
    (tmp_path / "a.log").write_text("\n".join(three(squid)) + "\n")
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        status = main(["scan", "--org", str(org), "--format", "json", str(tmp_path / "a.log")])
    data = json.loads(out.getvalue())
    assert set(data) >= {"findings", "unknown", "stats"} and status in (0, 1)
    assert set(data["stats"]) >= {"lines", "matched", "unparsed", "seconds"}
