"""Speed of ``socialpolicy monitor scan`` on a large Squid log, and against GoAccess.

Generates (once, cached under benchmarks/out/) a realistic Squid native log of --lines lines,
scans it in a subprocess and reports lines/s, MB/s and peak memory; then scans a --slice-line
head of it with both our scanner and GoAccess (log format from shared/BENCHMARKS.md) and prints
the ratio. Runs are measured one at a time, each in its own wrapper process, so peak memory
(RUSAGE_CHILDREN maxrss) belongs to that run alone.

    .venv/bin/python benchmarks/monitor_speed.py               # 10 M lines, 1 M-line GoAccess slice
    .venv/bin/python benchmarks/monitor_speed.py --lines 500000 --slice 200000
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from monitor_loggen import LOG_VERSION, write_org, write_squid_log  # noqa: E402

HERE = Path(__file__).resolve().parent
OUT = HERE / "out"
SOCIALPOLICY = Path(sys.executable).with_name("socialpolicy")
GOACCESS_FORMAT = ["--log-format=%x.%^ %~%L %h %^/%s %b %m %U %e %^", "--date-format=%s", "--time-format=%s"]
# Runs the command given as arguments and prints its own children's peak memory (KiB on Linux).
MEASURE = (
    "import resource, subprocess, sys, time\n"
    "start = time.perf_counter()\n"
    "code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL).returncode\n"
    "elapsed = time.perf_counter() - start\n"
    "usage = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
    "print(code, elapsed, usage.ru_maxrss, usage.ru_utime + usage.ru_stime)\n"
)


def measure(command: list[str]) -> tuple[int, float, float, float]:
    """(exit status, wall seconds, peak memory in MB, CPU seconds) of one command, in a fresh wrapper."""
    done = subprocess.run(
        [sys.executable, "-c", MEASURE, *command], capture_output=True, text=True, check=True
    )
    code, seconds, kib, cpu = done.stdout.split()
    return int(code), float(seconds), int(kib) / 1024, float(cpu)


def ensure_log(lines: int) -> Path:
    path = OUT / f"squid-v{LOG_VERSION}-{lines}.log"
    if not path.exists():
        print(f"generating {lines:,} lines into {path} ...", flush=True)
        started = time.perf_counter()
        write_squid_log(path.with_suffix(".tmp"), lines)
        path.with_suffix(".tmp").rename(path)
        print(f"  done in {time.perf_counter() - started:.0f} s", flush=True)
    return path


def head_slice(source: Path, lines: int) -> Path:
    path = OUT / f"{source.stem}-head-{lines}.log"
    if not path.exists():
        with source.open("rb") as src, path.open("wb") as dst:
            for index, line in enumerate(src):
                if index >= lines:
                    break
                dst.write(line)
    return path


def scan_command(org: Path, log: Path) -> list[str]:
    return [
        str(SOCIALPOLICY),
        "monitor",
        "scan",
        "--org",
        str(org),
        "--log-format",
        "squid",
        "--format",
        "json",
        str(log),
    ]


def report(label: str, lines: int, size: int, run: tuple[int, float, float, float]) -> None:
    _, seconds, peak_mb, cpu = run
    print(
        f"{label:<28} {lines / seconds / 1e6:6.2f} M lines/s  {size / seconds / 1e6:7.1f} MB/s  "
        f"{seconds:7.2f} s (cpu {cpu:6.2f} s)  peak {peak_mb:6.0f} MB"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lines", type=int, default=10_000_000, help="size of the big log")
    parser.add_argument("--slice", type=int, default=1_000_000, help="lines compared with GoAccess")
    parser.add_argument("--no-goaccess", action="store_true", help="skip the GoAccess comparison")
    args = parser.parse_args()

    org = OUT / "org"
    write_org(org)
    big = ensure_log(args.lines)
    subprocess.run(["cat", str(big)], stdout=subprocess.DEVNULL, check=True)  # warm the page cache

    run = measure(scan_command(org, big))
    if run[0] not in (0, 1):
        print(f"monitor scan failed with exit status {run[0]}")
        return 1
    summary = json.loads(subprocess.run(scan_command(org, big), capture_output=True, text=True).stdout)[
        "stats"
    ]
    print(f"log: {args.lines:,} lines, {big.stat().st_size / 1e9:.2f} GB; {summary}")
    report(f"monitor scan ({args.lines:,})", args.lines, big.stat().st_size, run)

    piece = head_slice(big, min(args.slice, args.lines))
    count = min(args.slice, args.lines)
    ours = measure(scan_command(org, piece))
    report(f"monitor scan ({count:,})", count, piece.stat().st_size, ours)
    if args.no_goaccess:
        return 0
    goaccess = shutil.which("goaccess")
    if goaccess is None:
        print("GoAccess not installed (Debian: apt-get install -y goaccess); comparison skipped")
        return 0
    report_html = OUT / "goaccess-report.html"
    command = [
        goaccess,
        str(piece),
        "--no-global-config",
        "--no-progress",
        *GOACCESS_FORMAT,
        "-o",
        str(report_html),
    ]
    theirs = measure(command)
    if theirs[0] != 0:
        print(f"GoAccess failed with exit status {theirs[0]}")
        return 1
    report(f"GoAccess 1.7 ({count:,})", count, piece.stat().st_size, theirs)
    print(
        f"monitor scan is {theirs[1] / ours[1]:.1f}x GoAccess on the same {count:,} lines "
        f"(wall time; {theirs[3] / ours[3]:.1f}x in CPU time)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
