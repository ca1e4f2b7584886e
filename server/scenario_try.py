"""`sparring scenarios try FILE`: play a scenario's customer at the terminal, with reasons.

Each line typed is an agent line; after it the customer's answer is shown with why it was
chosen: the moves the analysis read (source and confidence, and the unsure ones), what the
line committed to (offers against the policy, a time), whether it was on the topic or said
before, which moves the customer took in, the reaction, the state it changed and any
ending. `/wait SECONDS` lets the agent stay silent that long (timed beats fire);
`/quit` stops. Works from a pipe as well as a terminal.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable, Mapping
from typing import IO

from roles.engine import CustomerEngine, Reply
from roles.model import Scenario, Value
from roles.parse import parse_scenario


def run(args: argparse.Namespace) -> int:
    """Exit code 0 after a session; 1 when the file has problems; 2 when it cannot be read."""
    try:
        with open(args.file, encoding="utf-8") as f:
            text = f.read()
    except (OSError, UnicodeDecodeError) as e:
        print(f"sparring scenarios try: {e}", file=sys.stderr)
        return 2
    scenario, problems = parse_scenario(args.file, text)
    for problem in problems:
        print(problem, file=sys.stderr)
    if scenario is None or problems:
        return 1
    play(scenario, args.seed, sys.stdin, sys.stdout)
    return 0


def play(scenario: Scenario, seed: int, lines: Iterable[str], out: IO[str]) -> None:
    engine = CustomerEngine(scenario, seed)
    name = scenario.persona.name
    now = 0.0
    _customer(out, name, engine.spoke(engine.open(now)))
    for raw in lines:
        line = raw.strip()
        if engine.outcome is not None or line == "/quit":
            break
        if not line:
            continue
        if line.startswith("/wait"):
            now = _wait(engine, now, line, name, out)
            continue
        now += 20.0
        before = dict(engine.state)
        reply = engine.spoke(engine.hear(line, now))
        _why(out, reply, before, engine.state)
        _customer(out, name, reply)
    out.write(f"-- {engine.outcome or 'still talking'}; state {dict(engine.state)}\n")


def _wait(engine: CustomerEngine, now: float, line: str, name: str, out: IO[str]) -> float:
    try:
        seconds = float(line.split()[1])
    except (IndexError, ValueError):
        out.write("  (usage: /wait SECONDS)\n")
        return now
    until = now + seconds
    while engine.outcome is None:
        due = engine.next_beat_at()
        if due is None or due > until:
            break
        before = dict(engine.state)
        reply = engine.spoke(engine.due_beat(due))
        if reply is not None:
            out.write(f"  [{due - now:.0f} s of silence] beat {reply.reaction}; "
                      f"{_changes(before, engine.state)}\n")
            _customer(out, name, reply)
    return until


def _why(out: IO[str], reply: Reply, before: Mapping[str, Value],
         after: Mapping[str, Value]) -> None:
    a = reply.analysis
    if a is None:
        return
    read = ", ".join(f'{m.label} ("{m.quote}", {m.source} {m.strength:.2f})' for m in a.moves)
    out.write(f"  read: {read or 'no move'}\n")
    if a.unsure:
        out.write("  unsure (not used): "
                  + ", ".join(f"{m.label} {m.strength:.2f}" for m in a.unsure) + "\n")
    for offer in a.substance.offers:
        kind = "concrete" if offer.concrete else "vague" if offer.vague else "not concrete"
        policy = offer.policy + (f" ({offer.matched})" if offer.matched else "")
        out.write(f'  offer: "{offer.quote}" {kind}, policy {policy}\n')
    if a.substance.timeline is not None:
        tl = a.substance.timeline
        out.write(f'  time: "{tl.quote}" ({"specific" if tl.specific else "vague"})\n')
    topic = "off the topic" if a.off_topic else (
        "on the topic" if a.relevance is None else f"relevance {a.relevance:.2f}")
    repeat = "" if a.repeats is None else f"; says again turn {a.repeats + 1}"
    out.write(f"  {topic}{repeat}; taken in: {', '.join(sorted(reply.heard)) or 'nothing'}\n")
    out.write(f"  reaction: {reply.reaction or 'none fitted'}; {_changes(before, after)}"
              + (f"; ending {reply.outcome} ({reply.reason})" if reply.outcome else "") + "\n")


def _changes(before: Mapping[str, Value], after: Mapping[str, Value]) -> str:
    moved = [f"{k} {before[k]}->{v}" for k, v in after.items() if before.get(k) != v]
    return "state " + (", ".join(moved) if moved else "unchanged")


def _customer(out: IO[str], name: str, reply: Reply | None) -> None:
    for line in reply.lines if reply else ():
        out.write(f"{name}: {line.text}\n")
