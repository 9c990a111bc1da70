"""Polars against DuckDB on the scan's hot path, on the same Squid log (ADR 0201).

The hot path is what every line pays: read the raw line, test the catalogue prefilter and the
well-formedness regex, keep candidates and malformed lines. Both engines get the same regexes
and return the same counts; each variant runs in its own process so peak memory is its own.
CPU seconds (all threads) are printed beside wall time: on a shared machine they vary less.

    .venv/bin/python benchmarks/monitor_engines.py [--lines N]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

VARIANT = r"""
import json, resource, sys, time
from socialpolicy.engines.monitoring.catalogue import load_builtin
from socialpolicy.engines.monitoring.logformats import SQUID_WELL_FORMED
variant, path = sys.argv[1], sys.argv[2]
prefilter = load_builtin().prefilter_pattern(ignore_case=False)
started = time.perf_counter()
if variant == "polars-blocks-hot-path":  # what the engine runs: blocks of lines, read ahead
    import polars as pl
    from pathlib import Path
    from socialpolicy.engines.monitoring.sources import line_frames
    line = pl.col("line")
    result = [0, 0]
    for lines in line_frames(Path(path)):
        kept = lines.frame.lazy().with_columns(
            line.str.contains(SQUID_WELL_FORMED).fill_null(False).alias("ok"),
            line.str.contains(prefilter).fill_null(False).alias("candidate"),
        ).filter(pl.col("candidate") | ~pl.col("ok")).collect(engine="streaming")
        result[0] += kept.filter("candidate").height
        result[1] += kept.filter(~pl.col("ok")).height
elif variant.startswith("polars"):
    import polars as pl
    from socialpolicy.engines.monitoring.sources import RAW_LINES
    scan = pl.scan_csv(path, **RAW_LINES)
    line = pl.col("line")
    if variant == "polars-prefilter-only":
        kept = scan.filter(line.str.contains(prefilter)).collect(engine="streaming")
        result = [kept.height]
    else:
        flagged = scan.with_columns(
            line.str.contains(SQUID_WELL_FORMED).fill_null(False).alias("ok"),
            line.str.contains(prefilter).fill_null(False).alias("candidate"),
        ).filter(pl.col("candidate") | ~pl.col("ok"))
        kept = flagged.collect(engine="streaming")
        result = [kept.filter("candidate").height, kept.filter(~pl.col("ok")).height]
else:
    import duckdb
    con = duckdb.connect()
    con.execute("SET enable_progress_bar = false")
    source = (
        f"read_csv('{path}', columns={{'line': 'VARCHAR'}}, delim=E'\\x1f', quote='', escape='', "
        "header=false, ignore_errors=true)"
    )
    # DuckDB's regexp_matches is RE2: the same patterns (no Rust-only syntax is used).
    pre = prefilter
    if variant == "duckdb-prefilter-only":
        query = f"SELECT count(*) FROM {source} WHERE regexp_matches(line, ?)"
        result = [con.execute(query, [pre]).fetchone()[0]]
    else:
        row = con.execute(
            f"SELECT count(*) FILTER (WHERE c), count(*) FILTER (WHERE NOT ok) FROM ("
            " SELECT regexp_matches(line, ?) AS c,"
            f" coalesce(regexp_matches(line, ?), false) AS ok FROM {source}"
            f") WHERE c OR NOT ok",
            [pre, SQUID_WELL_FORMED],
        ).fetchone()
        result = list(row)
elapsed = time.perf_counter() - started
usage = resource.getrusage(resource.RUSAGE_SELF)
print(json.dumps({"variant": variant, "seconds": elapsed, "cpu": usage.ru_utime + usage.ru_stime,
                  "result": result, "peak_mb": usage.ru_maxrss / 1024}))
"""

VARIANTS = [
    "polars-prefilter-only",
    "duckdb-prefilter-only",
    "polars-hot-path",
    "polars-blocks-hot-path",
    "duckdb-hot-path",
]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lines", type=int, default=10_000_000)
    args = parser.parse_args()
    from monitor_loggen import LOG_VERSION, write_squid_log

    log = HERE / "out" / f"squid-v{LOG_VERSION}-{args.lines}.log"
    if not log.exists():
        write_squid_log(log, args.lines)
    subprocess.run(["cat", str(log)], stdout=subprocess.DEVNULL, check=True)  # warm the page cache
    for variant in VARIANTS:
        done = subprocess.run(
            [sys.executable, "-c", VARIANT, variant, str(log)], capture_output=True, text=True, check=True
        )
        row = json.loads(done.stdout)
        print(
            f"{row['variant']:<24} {args.lines / row['seconds'] / 1e6:5.2f} M lines/s  "
            f"{row['seconds']:6.2f} s  cpu {row['cpu']:6.2f} s  peak {row['peak_mb']:5.0f} MB  "
            f"counts {row['result']}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
