"""How the scripted customers answer lines of different kinds, per scenario.

Usage: python bench/customer_play.py [--seeds 1,7,42] [--unrelated N]

Plays every scenario of the shipped library with three kinds of agent lines, over
several seeds, and prints per scenario the share of sessions each kind resolved and the
share of the customer's replies that were its catch-all filler (a reaction with no
``on``, ``with`` or ``when``, or no reaction at all):
  skilled    the skilled scripts of tests/roles/test_library_play.py (our wording)
  poor       its unskilled scripts
  unrelated  lines from other conversations and small talk (scoring/labelled/
             relevance.jsonl), six to a session, drawn with the seed
A good library resolves most skilled sessions, few poor ones and no unrelated ones, and
answers with filler rarely.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from roles.engine import Reply, play  # noqa: E402
from roles.library import load_library  # noqa: E402
from roles.model import Outcome, Scenario  # noqa: E402
from tests.roles.test_library_play import SKILLED, UNSKILLED_SCRIPTS  # noqa: E402


def unrelated_lines() -> list[str]:
    with open(ROOT / "scoring" / "labelled" / "relevance.jsonl", encoding="utf-8") as f:
        items = [json.loads(line) for line in f if line.strip()]
    return [i["line"] for i in items if i["kind"] in ("other_conversation", "small_talk")]


def is_filler(scenario: Scenario, reply: Reply) -> bool:
    reaction = next((r for r in scenario.reactions if r.id == reply.reaction), None)
    return reaction is None or not (reaction.on or reaction.with_ or reaction.when.clauses)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seeds", default="1,7,42")
    parser.add_argument("--unrelated", type=int, default=4, help="unrelated sessions a seed")
    args = parser.parse_args(argv)
    seeds = [int(s) for s in args.seeds.split(",")]
    library = load_library()[0]
    pool = unrelated_lines()
    print(f"{'scenario':<26}{'resolved: skilled':>18}{'poor':>7}{'unrelated':>10}"
          f"{'filler: skilled':>17}{'poor':>7}{'unrelated':>10}")
    totals: dict[str, list[float]] = {k: [] for k in ("rs", "rp", "ru", "fs", "fp", "fu")}
    for scenario in library.list():
        kinds = {
            "s": [(lines, seed) for lines in SKILLED.get(scenario.id, []) for seed in seeds],
            "p": [(lines, seed) for lines in UNSKILLED_SCRIPTS.get(scenario.id, [])
                  for seed in seeds],
            "u": [(random.Random(f"{scenario.id}:{seed}:{n}").sample(pool, 6), seed)
                  for seed in seeds for n in range(args.unrelated)],
        }
        row = {}
        for kind, sessions in kinds.items():
            resolved = fillers = replies_n = 0
            for lines, seed in sessions:
                engine, replies = play(scenario, lines, seed)
                replies = replies[1:]  # the opening answers nothing
                resolved += engine.outcome is Outcome.RESOLVED
                fillers += sum(is_filler(scenario, r) for r in replies)
                replies_n += len(replies)
            row["r" + kind] = resolved / max(1, len(sessions))
            row["f" + kind] = fillers / max(1, replies_n)
            totals["r" + kind].append(row["r" + kind])
            totals["f" + kind].append(row["f" + kind])
        print(f"{scenario.id:<26}{row['rs']:>18.0%}{row['rp']:>7.0%}{row['ru']:>10.0%}"
              f"{row['fs']:>17.0%}{row['fp']:>7.0%}{row['fu']:>10.0%}")
    mean = {k: sum(v) / len(v) for k, v in totals.items()}
    print(f"{'mean':<26}{mean['rs']:>18.0%}{mean['rp']:>7.0%}{mean['ru']:>10.0%}"
          f"{mean['fs']:>17.0%}{mean['fp']:>7.0%}{mean['fu']:>10.0%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
