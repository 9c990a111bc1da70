"""``socialpolicy check``: screen drafts before they are posted (CONTRACTS.md section 3).

Exit status: 0 when every verdict is ok, 1 when any is review or block, 2 on a usage error,
unreadable input or a bad org folder (one line on stderr naming the problem). In ``--jsonl`` mode
a line that is not a JSON object with a string ``text`` stops the run with status 2 naming the
line; results for the lines before it have already been written.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO, NoReturn

from socialpolicy.engines.screening.model import AUDIENCES, KINDS, DraftInput, Result

PROG = "socialpolicy check"
CHUNK = 256


class UsageError(Exception):
    """A problem to report on one line of stderr with exit status 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(message)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog=PROG, description="Check a draft against the staff social media policy.")
    parser.add_argument(
        "--org", required=True, metavar="DIR", help="organisation folder (trust.toml, staff.csv, …)"
    )
    parser.add_argument("--kind", choices=KINDS, default="post", help="what the draft is (default: post)")
    parser.add_argument(
        "--audience", choices=AUDIENCES, default="personal", help="whose channel (default: personal)"
    )
    parser.add_argument("--author", metavar="EMAIL", help="the author's staff e-mail (single draft)")
    parser.add_argument(
        "--format", choices=("text", "json"), default="text", help="output format (default: text)"
    )
    parser.add_argument(
        "--jsonl", action="store_true", help="batch: one JSON draft per input line, one result per line"
    )
    parser.add_argument("--explain", action="store_true", help="text format: say why each rule fired")
    parser.add_argument(
        "file", nargs="?", default="-", metavar="FILE", help="the draft (default or '-': stdin)"
    )
    return parser


def main(argv: list[str]) -> int:
    try:
        args = build_parser().parse_args(argv)
    except UsageError as exc:
        return _fail(f"usage error: {exc} (see --help)")
    except SystemExit as exc:  # --help
        return int(exc.code or 0)
    try:
        analyzer = _load_analyzer(args.org)
        stream = _open_input(args.file)
        if args.jsonl:
            return _run_batch(analyzer, stream, args, sys.stdout)
        text = _read_all(stream, args.file)
        draft = DraftInput(text=text, kind=args.kind, audience=args.audience, author=args.author)
        result = analyzer.analyze(draft)
        if args.format == "json":
            sys.stdout.write(json.dumps(result.as_json(), ensure_ascii=False) + "\n")
        else:
            sys.stdout.write(render_text(draft, result, explain=args.explain))
        return 0 if result.verdict == "ok" else 1
    except UsageError as exc:
        return _fail(str(exc))


def _fail(message: str) -> int:
    sys.stderr.write(f"{PROG}: {message}\n")
    return 2


def _load_analyzer(org_path: str):  # type: ignore[no-untyped-def]
    from socialpolicy.engines.orgdir import OrgDirError, load_org
    from socialpolicy.engines.screening.analyzer import Analyzer
    from socialpolicy.engines.screening.roster import Roster

    try:
        org = load_org(org_path)
    except OrgDirError as exc:
        raise UsageError(f"bad org folder {org_path}: {exc}") from exc
    return Analyzer(Roster.from_orgdir(org), chunk_size=CHUNK)


def _open_input(file: str) -> IO[bytes]:
    """The input as bytes: each line is decoded on its own, so a bad line is named exactly."""
    if file == "-":
        return sys.stdin.buffer
    try:
        return Path(file).open("rb")
    except OSError as exc:
        raise UsageError(f"cannot read {file}: {exc.strerror or exc}") from exc


def _read_all(stream: IO[bytes], name: str) -> str:
    where = "stdin" if name == "-" else name
    try:
        text = stream.read().decode("utf-8")
    except OSError as exc:
        raise UsageError(f"cannot read {where}: {exc.strerror or exc}") from exc
    except UnicodeDecodeError as exc:
        raise UsageError(f"cannot read {where}: not valid UTF-8 text") from exc
    # A trailing newline from a file or `echo` is not part of the draft (earlier offsets are unchanged).
    return text.removesuffix("\n").removesuffix("\r")


def _drafts(stream: IO[bytes], args: argparse.Namespace) -> Iterator[tuple[object, DraftInput]]:
    from socialpolicy.engines.screening.analyzer import DraftError, validate

    for line_number, raw in enumerate(stream, start=1):
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise UsageError(f"input line {line_number}: not valid UTF-8") from exc
        if not line.strip():
            continue
        try:
            data = json.loads(line)
        except json.JSONDecodeError as exc:
            raise UsageError(f"input line {line_number}: not valid JSON ({exc.msg})") from exc
        if not isinstance(data, dict) or not isinstance(data.get("text"), str):
            raise UsageError(f"input line {line_number}: expected an object with a string 'text'")
        author = data.get("author")
        draft = DraftInput(
            text=data["text"],
            kind=data.get("kind") or args.kind,
            audience=data.get("audience") or args.audience,
            author=author if isinstance(author, str) else None,
        )
        try:
            validate(draft)
        except DraftError as exc:
            raise UsageError(f"input line {line_number}: {exc}") from exc
        yield data.get("id"), draft


def _run_batch(analyzer, stream: IO[bytes], args: argparse.Namespace, out: IO[str]) -> int:  # type: ignore[no-untyped-def]
    flagged = False
    pending: list[tuple[object, DraftInput]] = []

    def flush() -> None:
        nonlocal flagged
        results = analyzer.analyze_batch([d for _, d in pending])
        for (draft_id, _), result in zip(pending, results):
            flagged = flagged or result.verdict != "ok"
            out.write(json.dumps({"id": draft_id, **result.as_json()}, ensure_ascii=False) + "\n")
        out.flush()
        pending.clear()

    try:
        for item in _drafts(stream, args):
            pending.append(item)
            if len(pending) >= CHUNK:
                flush()
    except UsageError:
        flush()  # results for every good line before the bad one
        raise
    flush()
    return 1 if flagged else 0


def render_text(draft: DraftInput, result: Result, *, explain: bool = False) -> str:
    from socialpolicy.engines.clauses import UnknownClause, get_clause

    count = len(result.findings)
    lines = [
        f"Verdict: {result.verdict.upper()}"
        + (f" ({count} finding{'s' if count != 1 else ''})" if count else "")
    ]
    if not count:
        lines.append("Nothing in this draft conflicts with the social media policy.")
    for finding in result.findings:
        try:
            title = get_clause(finding.clause).title
        except UnknownClause:
            title = ""
        lines.append("")
        where = f"characters {finding.start}-{finding.end}"
        lines.append(f"[{finding.severity}] clause {finding.clause} {title} ({finding.code}), {where}")
        lines.append(f'  "{finding.evidence}"')
        lines.append(f"  What to do: {finding.message}")
        if explain and finding.explanation:
            lines.append(f"  Why: {finding.explanation}")
    for note in result.notes:
        lines.append(f"Note: {note}")
    return "\n".join(lines) + "\n"
