"""Per-move precision, recall and F1 of the move recogniser on the held-out labelled lines.

Usage: python bench/recogniser_eval.py [--file scoring/labelled/test.jsonl] [--errors LABEL]

test.jsonl was written apart from the training lines (another author, other wording) plus
the agent turns of the ABCD sample dialogues (MIT); nothing was tuned on it. Three
recognisers are compared, each line read on its own (no conversation before it):
  patterns  the phrase patterns alone (the recogniser before the learned one)
  model     the learned heads alone, at their "sure" thresholds
  product   what the rubric and the scripted customer read (scoring.understanding)
``small_talk`` is the product's ``off_topic``. Also prints the share of lines with an
unsure move and the time per line.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from scoring.learned import default_heads  # noqa: E402
from scoring.moves import Context, recognise  # noqa: E402
from scoring.understanding import Conversation, pieces_of  # noqa: E402

LABELS = (
    "acknowledge", "reflect", "empathise", "apologise", "non_apology", "clarify", "own",
    "state_limit", "refuse", "warn_conduct", "offer_solution", "offer_alternative",
    "set_expectation", "escalate", "promise_follow_up", "check_agreement", "thank", "close",
    "blame", "defend", "dismiss", "sarcasm", "insult", "small_talk",
)


def patterns(text: str) -> set[str]:
    return {m.label for m in recognise(text, Context("agent"))}


def model(text: str) -> set[str]:
    conversation = Conversation()
    pieces = pieces_of(text)
    texts = [p.text for p in pieces]
    probs = conversation.heads.probabilities(texts, conversation.encoder.embed(texts))
    heads = default_heads()
    return {label for j, label in enumerate(heads.labels) if probs[:, j].max() >= heads.sure[j]}


def product(text: str) -> tuple[set[str], bool]:
    analysis = Conversation().hear("agent", text)
    labels = {"small_talk" if m.label == "off_topic" else m.label for m in analysis.moves}
    return labels, bool(analysis.unsure)


def table(rows: list[dict], predict: Callable[[str], set[str]]) -> dict[str, tuple]:
    out = {}
    predictions = [predict(r["text"]) for r in rows]
    for label in LABELS:
        tp = sum(1 for r, p in zip(rows, predictions, strict=True)
                 if label in p and label in r["moves"])
        fp = sum(1 for r, p in zip(rows, predictions, strict=True)
                 if label in p and label not in r["moves"])
        fn = sum(1 for r, p in zip(rows, predictions, strict=True)
                 if label not in p and label in r["moves"])
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        out[label] = (prec, rec, f1, tp + fn)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--file", type=Path, default=ROOT / "scoring" / "labelled" / "test.jsonl")
    parser.add_argument("--errors", metavar="LABEL", help="print the product's misses and "
                        "false alarms for one label")
    args = parser.parse_args(argv)
    with open(args.file, encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    started = time.perf_counter()
    results = [product(r["text"]) for r in rows]
    per_line_ms = (time.perf_counter() - started) / len(rows) * 1000
    by_text = {r["text"]: labels for r, (labels, _) in zip(rows, results, strict=True)}
    tables = {"patterns": table(rows, patterns), "model": table(rows, model),
              "product": table(rows, lambda t: by_text[t])}
    print(f"{len(rows)} held-out lines ({args.file.name}); P / R / F1 per recogniser")
    head = "".join(f"{name:>22}" for name in tables)
    print(f"{'move':<18}{'n':>4}{head}")
    for label in LABELS:
        cells = "".join(f"{t[label][0]:7.2f}{t[label][1]:7.2f}{t[label][2]:7.2f}"
                        for t in tables.values())
        print(f"{label:<18}{tables['product'][label][3]:>4}{cells}")
    macro = "".join(f"{'':14}{sum(t[x][2] for x in LABELS) / len(LABELS):7.2f}"
                    for t in tables.values())
    print(f"{'macro F1':<22}{macro}")
    unsure = sum(1 for _, u in results if u) / len(rows)
    print(f"lines with an unsure move: {unsure:.1%}; product {per_line_ms:.2f} ms a line "
          "(mean, one core, each line its own conversation)")
    if args.errors:
        for r, (labels, _) in zip(rows, results, strict=True):
            want, got = args.errors in r["moves"], args.errors in labels
            if want != got:
                print(("MISS  " if want else "FALSE ") + r["text"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
