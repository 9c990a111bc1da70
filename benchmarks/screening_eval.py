"""Accuracy of `socialpolicy check` on labelled drafts (metrics as in examples/screening/README.md).

Runs the CLI in --jsonl mode on each labelled set and prints per-clause precision and recall,
micro P/R/F1 over (case, clause) pairs, verdict accuracy and the false-alarm rate on clean drafts.

    .venv/bin/python benchmarks/screening_eval.py            # dev set and our own holdouts
    .venv/bin/python benchmarks/screening_eval.py --only holdout2   # just the sets whose path matches
    .venv/bin/python benchmarks/screening_eval.py --misses   # also list each wrong case
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "examples" / "screening"
HOLDOUT = ROOT / "benchmarks" / "data" / "screening_holdout"
CLI = [sys.executable, "-m", "socialpolicy", "check"]
INPUT_KEYS = ("id", "text", "kind", "audience", "author")


def run_cli(cases: list[dict], org: Path) -> dict[str, dict]:
    feed = "".join(
        json.dumps({k: c[k] for k in INPUT_KEYS if k in c}, ensure_ascii=False) + "\n" for c in cases
    )
    proc = subprocess.run(
        [*CLI, "--org", str(org), "--jsonl"], input=feed, capture_output=True, text=True, check=False
    )
    if proc.returncode not in (0, 1):
        raise SystemExit(f"check failed ({proc.returncode}): {proc.stderr.strip()}")
    return {r["id"]: r for r in map(json.loads, proc.stdout.splitlines())}


def evaluate(name: str, cases_path: Path, org: Path, show_misses: bool) -> dict[str, float]:
    cases = [json.loads(line) for line in cases_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    results = run_cli(cases, org)
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    verdict_right = 0
    clean = clean_alarms = 0
    for case in cases:
        result = results[case["id"]]
        reported = {f["clause"] for f in result["findings"]}
        expected = set(case.get("expect", []))
        allowed = set(case.get("allow", []))
        for clause in expected & reported:
            tp[clause] += 1
        for clause in expected - reported:
            fn[clause] += 1
        for clause in reported - expected - allowed:
            fp[clause] += 1
        flagged = result["verdict"] != "ok"
        verdict_right += flagged == (case["verdict"] == "flag")
        if case["verdict"] == "ok":
            clean += 1
            clean_alarms += bool(reported - allowed)
        wrong = (expected - reported) or (reported - expected - allowed)
        if show_misses and wrong:
            print(
                f"  {case['id']}: expected {sorted(expected)} got {sorted(reported)} :: {case['text'][:110]}"
            )
    clauses = sorted(set(tp) | set(fp) | set(fn), key=lambda c: [int(p) for p in c.split(".")])
    print(f"\n== {name}: {len(cases)} drafts ({clean} clean)")
    print(f"{'clause':<8} {'TP':>3} {'FP':>3} {'FN':>3} {'precision':>9} {'recall':>7}")
    for clause in clauses:
        p = tp[clause] / (tp[clause] + fp[clause]) if tp[clause] + fp[clause] else 1.0
        r = tp[clause] / (tp[clause] + fn[clause]) if tp[clause] + fn[clause] else 1.0
        print(f"{clause:<8} {tp[clause]:>3} {fp[clause]:>3} {fn[clause]:>3} {p:>9.2f} {r:>7.2f}")
    tps, fps, fns = sum(tp.values()), sum(fp.values()), sum(fn.values())
    precision = tps / (tps + fps) if tps + fps else 1.0
    recall = tps / (tps + fns) if tps + fns else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    summary = {
        "micro_precision": precision,
        "micro_recall": recall,
        "micro_f1": f1,
        "verdict_accuracy": verdict_right / len(cases),
        "false_alarms_on_clean": clean_alarms / clean if clean else 0.0,
    }
    print(
        f"micro P {precision:.3f}  R {recall:.3f}  F1 {f1:.3f}"
        f"  | verdict accuracy {summary['verdict_accuracy']:.3f}"
        f"  | false alarms on clean {clean_alarms}/{clean} = {summary['false_alarms_on_clean']:.1%}"
    )
    return summary


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--misses", action="store_true", help="list every case with a miss or a false positive"
    )
    parser.add_argument("--only", help="evaluate only the sets whose cases path contains this text")
    args = parser.parse_args()
    sets = [("dev set (shared/examples/screening)", SHARED / "cases.jsonl", SHARED / "org")]
    for holdout in sorted(HOLDOUT.parent.glob(HOLDOUT.name + "*")):
        for cases_file in sorted(holdout.glob("cases*.jsonl")):
            sets.append((f"own holdout ({cases_file.relative_to(ROOT)})", cases_file, holdout / "org"))
    for name, cases, org in sets:
        if args.only and args.only not in str(cases):
            continue
        evaluate(name, cases, org, args.misses)
    return 0


if __name__ == "__main__":
    sys.exit(main())
