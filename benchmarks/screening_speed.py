"""Speed of `socialpolicy check`: batch throughput, start-up, and peak memory.

Generates a fictional trust with 2,000 pupils and 300 staff and 20,000 drafts, then runs the CLI in
--jsonl mode in a subprocess (start-up included), and single-draft runs for start-up time with and
without the offensive-language model (which is imported only when a draft needs it).

    .venv/bin/python benchmarks/screening_speed.py [--drafts 20000] [--pupils 2000] [--staff 300]
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
from pathlib import Path

CLI = [sys.executable, "-m", "socialpolicy", "check"]
FIRST = (
    "Amelia Oliver Isla George Ava Noah Mia Arthur Ivy Leo Grace Oscar Freya Harry Lily Jack Rosie Finley "
    "Willow "
    "Theo Evie Alfie Sophia Charlie Daisy Henry Poppy Archie Summer Reggie Hope Ruby Max Star Storm Faith Sky"
)
LAST = (
    "Smith Jones Taylor Brown Williams Wilson Johnson Davies Patel Wright Robinson Wood Thompson Evans "
    "Walker White Roberts Green Hall Thomas Clarke Jackson Harris Lewis Martin Cooper Hill Ward Hughes "
    "Moore Khan"
)


def write_org(
    folder: Path, pupils: int, staff: int, rng: random.Random
) -> tuple[list[str], list[str], list[str]]:
    folder.mkdir(parents=True, exist_ok=True)
    firsts, lasts = FIRST.split(), LAST.split()
    (folder / "trust.toml").write_text(
        'name = "Speedwell Learning Trust"\naliases = ["SLT Trust", "@SpeedwellLT"]\n'
    )
    codes = [f"A{i:02d}" for i in range(12)]
    academies = ["code,name,aliases"] + [
        f"{c},Speedwell Academy {c},Speedwell {c};@Speedwell{c}" for c in codes
    ]
    (folder / "academies.csv").write_text("\n".join(academies) + "\n")
    emails, handles = [], []
    rows = ["email,first_name,last_name,academy_code,job_title,roles,handles"]
    for i in range(staff):
        first, last = rng.choice(firsts), f"{rng.choice(lasts)}{i}"
        email = f"{first.lower()}.{last.lower()}@speedwell.example"
        handle = f"@{first.lower()}{i}"
        roles = "ceo" if i == 0 else ("head" if i % 25 == 1 else "staff")
        rows.append(f"{email},{first},{last},{'' if i == 0 else rng.choice(codes)},Teacher,{roles},{handle}")
        emails.append(email)
        handles.append(handle)
    (folder / "staff.csv").write_text("\n".join(rows) + "\n")
    pupil_rows = ["pupil_id,first_name,last_name,preferred_name,academy_code,year_group,handles"]
    consent_rows = ["pupil_id,images_online,recorded_on"]
    names = []
    for i in range(pupils):
        first, last = rng.choice(firsts), f"{rng.choice(lasts)}{chr(97 + i % 26)}{i}"
        handle = f"@kid{i}" if i % 5 == 0 else ""
        pupil_rows.append(f"P{i},{first},{last},,{rng.choice(codes)},{rng.randint(1, 11)},{handle}")
        if i % 3:
            consent_rows.append(f"P{i},{'yes' if i % 2 else 'no'},2025-09-01")
        names.append(f"{first} {last}")
    (folder / "pupils.csv").write_text("\n".join(pupil_rows) + "\n")
    (folder / "consents.csv").write_text("\n".join(consent_rows) + "\n")
    return emails, handles, names


TEMPLATES = [
    ("Lovely walk along the canal this morning, the herons were out {emoji}", "post", "personal"),
    ("Well done {pupil} for a brilliant science project! {emoji}", "post", "professional"),
    ("So proud of {pupil} in my class today", "post", "personal"),
    ("Quiz night champions with {staff_handle} {emoji}", "post", "personal"),
    ("Ring me on 07700 900{n3} if you want the tickets", "comment", "personal"),
    ("Year {year} were an absolute nightmare today, counting down to half term", "post", "personal"),
    ("To: {pupil_handle} | add me on insta and I'll send the photos", "message", "personal"),
    ("Name: {first} {last} | Handle: @{first}{n3} | Bio: Teacher sharing maths ideas", "profile", "personal"),
    (
        "Name: Year {year} Team | Handle: @Y{year}Team | Bio: Official account of the Year {year} team",
        "profile",
        "professional",
    ),
    ("Some parents at the gate are absolute idiots, honestly", "post", "personal"),
    ("New recipe tonight: lemon drizzle with {first} and the kids {emoji}", "post", "personal"),
    ("Reminder: non-uniform day on Friday, £1 for charity", "post", "professional"),
    ("Sports day [photo: Year {year} relay team in school kit]", "post", "personal"),
    ("Between us, the trust is restructuring the office team before Easter", "post", "personal"),
]


def write_drafts(path: Path, count: int, emails, handles, names, rng: random.Random) -> None:
    pupil_handles = [f"@kid{i}" for i in range(0, len(names), 5)]
    with path.open("w", encoding="utf-8") as out:
        for i in range(count):
            template, kind, audience = rng.choice(TEMPLATES)
            first, last = rng.choice(names).split(" ")
            text = template.format(
                pupil=rng.choice(names),
                pupil_handle=rng.choice(pupil_handles),
                staff_handle=rng.choice(handles),
                emoji=rng.choice(["🌞", "🎉", "👏", "🍰", ""]),
                n3=f"{rng.randint(0, 999):03d}",
                year=rng.randint(1, 11),
                first=first,
                last=last,
            )
            draft = {"id": i, "text": text, "kind": kind, "audience": audience, "author": rng.choice(emails)}
            out.write(json.dumps(draft, ensure_ascii=False) + "\n")


MEASURE = """
import resource, subprocess, sys, time
start = time.perf_counter()
with open(sys.argv[1], 'rb') as stdin:
    proc = subprocess.run(sys.argv[2:], stdin=stdin, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
elapsed = time.perf_counter() - start
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
print(elapsed, usage.ru_utime + usage.ru_stime, usage.ru_maxrss, proc.returncode)
"""


def measure(stdin_file: Path, argv: list[str]) -> tuple[float, float, float]:
    """Wall seconds, CPU seconds and peak resident memory (MB) of one CLI run in its own process.

    CPU seconds (user + system) say what one core does even when other work shares the machine.
    """
    out = subprocess.run(
        [sys.executable, "-c", MEASURE, str(stdin_file), *argv], capture_output=True, text=True, check=True
    )
    elapsed, cpu, peak_kb, status = out.stdout.split()
    if int(status) not in (0, 1):
        raise SystemExit(f"check failed with status {status}")
    return float(elapsed), float(cpu), int(peak_kb) / 1024


def best_of(runs: int, stdin_file: Path, argv: list[str]) -> tuple[float, float, float]:
    results = [measure(stdin_file, argv) for _ in range(runs)]
    return min(r[0] for r in results), min(r[1] for r in results), max(r[2] for r in results)


def _load() -> str:
    try:
        return Path("/proc/loadavg").read_text().split()[0]
    except OSError:
        return "n/a"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--drafts", type=int, default=20_000)
    parser.add_argument("--pupils", type=int, default=2_000)
    parser.add_argument("--staff", type=int, default=300)
    args = parser.parse_args()
    rng = random.Random(20251125)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        org = root / "org"
        emails, handles, names = write_org(org, args.pupils, args.staff, rng)
        drafts = root / "drafts.jsonl"
        write_drafts(drafts, args.drafts, emails, handles, names, rng)
        small = root / "small.jsonl"
        small.write_text("".join(drafts.read_text(encoding="utf-8").splitlines(True)[: args.drafts // 10]))
        clean = root / "clean.txt"
        clean.write_text("Lovely walk along the canal this morning, the herons were out")
        rude = root / "rude.txt"
        rude.write_text("Some parents at the gate are absolute idiots, honestly")
        base = [*CLI, "--org", str(org)]

        start_clean = best_of(5, clean, base)
        start_model = best_of(3, rude, base)
        batch = best_of(1, drafts, [*base, "--jsonl"])
        small_batch = best_of(1, small, [*base, "--jsonl"])

    print(f"roster: {args.pupils} pupils, {args.staff} staff; {args.drafts} drafts; load average {_load()}")
    print(f"{'run':<44} {'wall s':>7} {'cpu s':>7} {'drafts/s wall':>13} {'drafts/s cpu':>12} {'peak MB':>8}")
    rows = [
        ("start-up: one clean draft (model not loaded)", start_clean, 1),
        ("start-up: one draft that loads the model", start_model, 1),
        (f"--jsonl batch of {args.drafts}", batch, args.drafts),
        (f"--jsonl batch of {args.drafts // 10} (memory check)", small_batch, args.drafts // 10),
    ]
    for name, (wall, cpu, peak), count in rows:
        print(f"{name:<44} {wall:7.2f} {cpu:7.2f} {count / wall:13.0f} {count / cpu:12.0f} {peak:8.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
