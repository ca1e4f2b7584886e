"""``sparring score FILE``: score transcripts from a file, as text or JSON.

FILE holds one transcript (JSON, or plain ``Agent: …`` / ``Customer: …`` lines) or, when
its name ends in .jsonl (or with --jsonl), one JSON transcript per line; ``-`` reads
standard input. ``--scenario ID`` (or the scenario a transcript names) is looked up through
``args.scenario_facts(id, transcript)``; a recorded session's transcript
(``sparring transcript ID --format json``) carries how it ended and the customer's final
state, so it scores exactly as it was scored live.
"""

from __future__ import annotations

import argparse
import functools
import json
import shutil
import sys
from collections.abc import Iterator
from typing import IO, Any

from roles.library import Library, load_library
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
        source = _read(args.file)
        if args.scenario:
            args.scenario_facts(args.scenario, Transcript(args.scenario, ()))
    except (LookupError, OSError, UnicodeDecodeError) as e:
        print(f"sparring score: {e}", file=err)
        return 2
    jsonl = args.jsonl or args.file.endswith(".jsonl")
    if jsonl:
        return _run_jsonl(source, args, out, err)
    try:
        transcript = parse(source)
    except TranscriptError as e:
        print(f"sparring score: {args.file}: {e}", file=err)
        return 1
    card = score(transcript, _resolve(args, transcript, err))
    if args.format == "json":
        json.dump(card.to_json(), out, ensure_ascii=False, indent=2)
        out.write("\n")
    else:
        width = args.width or shutil.get_terminal_size((80, 24)).columns
        out.write(render_text(build_debrief(card, transcript), width))
    return 0


@functools.cache
def _library() -> Library:
    return load_library()[0]


def library_facts(scenario_id: str, transcript: Transcript) -> ScenarioFacts:
    """What the shipped scenario library says about ``scenario_id``, and how the session
    in ``transcript`` ended when it was recorded."""
    scenario = _library().get(scenario_id)
    if scenario is None:
        raise LookupError(f"there is no scenario {scenario_id!r} (see \"sparring scenarios lint\")")
    if transcript.version is not None and transcript.version != scenario.version:
        print(f"sparring score: warning: the session was played on version {transcript.version}"
              f" of {scenario_id!r}, the library has {scenario.version}; the score may differ",
              file=sys.stderr)
    return scenario.facts(transcript.outcome, transcript.final_state)


def _resolve(args: argparse.Namespace, transcript: Transcript, err: IO[str]
             ) -> ScenarioFacts | None:
    """--scenario wins; else the scenario the transcript names, when it can be looked up."""
    scenario = args.scenario or transcript.scenario
    if scenario is None:
        return None
    try:
        return args.scenario_facts(scenario, transcript)
    except LookupError as e:
        print(f"sparring score: scenario {transcript.scenario!r} not found ({e}); "
              "scoring without it", file=err)
        return None


def _read(path: str) -> str:
    if path == "-":
        return sys.stdin.read()
    with open(path, encoding="utf-8") as f:
        return f.read()


def _run_jsonl(source: str, args: argparse.Namespace, out: IO[str], err: IO[str]) -> int:
    """One scorecard (JSON) per input line, in order; a bad line gets an error object."""
    lines = source.splitlines()
    progress = _Progress(len(lines), err) if err.isatty() else None
    failures = 0
    for number, item in _transcripts(lines):
        if isinstance(item, TranscriptError):
            failures += 1
            result: dict[str, Any] = {"line": number, "error": str(item)}
        else:
            result = score(item, _resolve(args, item, err)).to_json()
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
