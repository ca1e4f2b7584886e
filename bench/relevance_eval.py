"""How well the analysis tells a line about the customer's problem from one that is not.

Usage: python bench/relevance_eval.py [--file scoring/labelled/relevance.jsonl]

Each item is one to three customer lines and an agent reply of a known kind: on the topic,
from another conversation, small talk, or the customer's line copied back. The reply is
judged as the product judges it (``scoring.understanding``: off the topic, or an echo) and
the share judged right is printed per kind, with the spread of topic similarity.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from scoring.understanding import Conversation  # noqa: E402


def judge(item: dict) -> tuple[bool, float | None]:
    conversation = Conversation()
    for line in item["context"]:
        conversation.hear("customer", line)
    analysis = conversation.hear("agent", item["line"])
    return not (analysis.off_topic or analysis.echoes is not None), analysis.relevance


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--file", type=Path,
                        default=ROOT / "scoring" / "labelled" / "relevance.jsonl")
    args = parser.parse_args(argv)
    with open(args.file, encoding="utf-8") as f:
        items = [json.loads(line) for line in f if line.strip()]
    right: dict[str, list[bool]] = defaultdict(list)
    similarity: dict[str, list[float]] = defaultdict(list)
    for item in items:
        on_topic, relevance = judge(item)
        right[item["kind"]].append(on_topic == item["relevant"])
        if relevance is not None:
            similarity[item["kind"]].append(relevance)
    print(f"{len(items)} replies; judged right per kind (topic similarity: quartiles)")
    for kind, marks in sorted(right.items()):
        sims = similarity[kind]
        q = statistics.quantiles(sims, n=4) if len(sims) > 3 else []
        spread = " / ".join(f"{x:.2f}" for x in q)
        print(f"{kind:<20} {sum(marks) / len(marks):6.1%}  n={len(marks):<4} {spread}")
    total = [m for marks in right.values() for m in marks]
    print(f"{'all':<20} {sum(total) / len(total):6.1%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
