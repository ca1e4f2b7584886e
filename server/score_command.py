"""``sparring score FILE``: score transcripts from a file, as text or JSON.

FILE holds one transcript (JSON, or plain ``Agent: …`` / ``Customer: …`` lines) or, when
its name ends in .jsonl (or with --jsonl), one JSON transcript per line; ``-`` reads
standard input. ``--scenario ID`` looks the scenario up through ``args.scenario_facts``,
a callable the server wiring provides.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from collections.abc import Iterator
from typing import IO, Any

from roles.library import load_library
from scoring.debrief import build_debrief, render_text
from scoring.facts import ScenarioFacts
from scoring.scorecard import score
from scoring.transcript import Transcript, TranscriptError, from_data, parse


def register(subparsers: Any) -> None:
    """Add the ``score`` subcommand to an argparse subparsers object."""
    p = subparsers.add_parser(
        "score",
        help="score a transcript file and print the scores with their evidence",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("file", help="transcript file (.json, .txt or .jsonl), or - for stdin")
    p.add_argument("--scenario", metavar="ID", help="judge against this scenario's goal")
    p.add_argument("--format", choices=("text", "json"), default="text",
                   help="text: the debrief; json: scores, evidence and moves (JSON Lines "
                   "input always gives JSON, one result per line)")
    p.add_argument("--jsonl", action="store_true",
                   help="read JSON Lines (one transcript per line), e.g. from stdin")
    p.add_argument("--width", type=int, default=None, help="text width (default: terminal)")
    p.set_defaults(func=run, scenario_facts=library_facts)


def run(args: argparse.Namespace) -> int:
    """Score and print; the exit code is 0 on success, 1 for input errors, 2 for usage."""
    out, err = sys.stdout, sys.stderr
    try:
        facts = _facts(args)
        source = _read(args.file)
    except (LookupError, OSError, UnicodeDecodeError) as e:
        print(f"sparring score: {e}", file=err)
        return 2
    jsonl = args.jsonl or args.file.endswith(".jsonl")
    if jsonl:
        return _run_jsonl(source, facts, args, out, err)
    try:
        transcript = parse(source)
    except TranscriptError as e:
        print(f"sparring score: {args.file}: {e}", file=err)
        return 1
    card = score(transcript, _resolve(args, facts, transcript, err))
    if args.format == "json":
        json.dump(card.to_json(), out, ensure_ascii=False, indent=2)
        out.write("\n")
    else:
        width = args.width or shutil.get_terminal_size((80, 24)).columns
        out.write(render_text(build_debrief(card, transcript), width))
    return 0


def library_facts(scenario_id: str) -> ScenarioFacts:
    """What the shipped scenario library says about ``scenario_id``."""
    scenario = load_library()[0].get(scenario_id)
    if scenario is None:
        raise LookupError(f"there is no scenario {scenario_id!r} (see \"sparring scenarios lint\")")
    return scenario.facts()


def _facts(args: argparse.Namespace) -> ScenarioFacts | None:
    if not args.scenario:
        return None
    return args.scenario_facts(args.scenario)


def _resolve(
    args: argparse.Namespace, facts: ScenarioFacts | None, transcript: Transcript, err: IO[str]
) -> ScenarioFacts | None:
    """--scenario wins; else the scenario the transcript names, when it can be looked up."""
    if facts is not None or transcript.scenario is None:
        return facts
    try:
        return args.scenario_facts(transcript.scenario)
    except LookupError as e:
        print(f"sparring score: scenario {transcript.scenario!r} not found ({e}); "
              "scoring without it", file=err)
        return None


def _read(path: str) -> str:
    if path == "-":
        return sys.stdin.read()
    with open(path, encoding="utf-8") as f:
        return f.read()


def _run_jsonl(
    source: str, facts: ScenarioFacts | None, args: argparse.Namespace, out: IO[str],
    err: IO[str],
) -> int:
    """One scorecard (JSON) per input line, in order; a bad line gets an error object."""
    lines = source.splitlines()
    progress = _Progress(len(lines), err) if err.isatty() else None
    failures = 0
    for number, item in _transcripts(lines):
        if isinstance(item, TranscriptError):
            failures += 1
            result: dict[str, Any] = {"line": number, "error": str(item)}
        else:
            result = score(item, _resolve(args, facts, item, err)).to_json()
        out.write(json.dumps(result, ensure_ascii=False) + "\n")
        if progress:
            progress.step()
    if progress:
        progress.done()
    return 1 if failures else 0


def _transcripts(lines: list[str]) -> Iterator[tuple[int, Transcript | TranscriptError]]:
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            yield number, from_data(json.loads(line), line=number)
        except json.JSONDecodeError as e:
            yield number, TranscriptError(number, f"invalid JSON: {e.msg}")
        except TranscriptError as e:
            yield number, e


class _Progress:
    """A one-line progress bar on a terminal."""

    def __init__(self, total: int, stream: IO[str]) -> None:
        self.total, self.stream, self.count = max(1, total), stream, 0

    def step(self) -> None:
        self.count += 1
        if self.count % 25 == 0 or self.count == self.total:
            filled = 30 * self.count // self.total
            bar = "#" * filled + "-" * (30 - filled)
            self.stream.write(f"\rscoring [{bar}] {self.count}/{self.total}")
            self.stream.flush()

    def done(self) -> None:
        self.stream.write("\n")
        self.stream.flush()
