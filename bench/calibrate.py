"""Check the scorer against human judgement on the labelled sets in ../shared/data.

Prints each figure with a bootstrap 95% interval:
  - Spearman of the per-utterance tone score with the Wikipedia politeness ratings
  - AUC of customer abuse detection on ConvAbuse (train + valid), and on the Jigsaw sample
  - Spearman of the resolution score with STC-3 helpdesk accomplishment (A) ratings
  - pairwise accuracy on ELF-HP: the preferred reply to a troll scores above the rejected one

Usage: python bench/calibrate.py [--data DIR] [--boot N] [--seed S]
The data are for evaluation only: nothing here is shipped or fitted.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from scoring.scorecard import score  # noqa: E402
from scoring.tone import tone_marks, tone_score  # noqa: E402
from scoring.transcript import Transcript, Turn  # noqa: E402
from scoring.understanding import Conversation  # noqa: E402

DEFAULT_DATA = ROOT / ".." / "shared" / "data"
csv.field_size_limit(10_000_000)


# ------------------------------------------------------------------ statistics, by hand
def ranks(values: Sequence[float]) -> list[float]:
    """1-based ranks, ties given their average rank."""
    order = sorted(range(len(values)), key=values.__getitem__)
    out = [0.0] * len(values)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and values[order[j + 1]] == values[order[i]]:
            j += 1
        for k in range(i, j + 1):
            out[order[k]] = (i + j) / 2 + 1
        i = j + 1
    return out


def pearson(x: Sequence[float], y: Sequence[float]) -> float:
    n = len(x)
    mx, my = sum(x) / n, sum(y) / n
    sxy = sum((a - mx) * (b - my) for a, b in zip(x, y, strict=True))
    sxx = sum((a - mx) ** 2 for a in x)
    syy = sum((b - my) ** 2 for b in y)
    return sxy / (sxx * syy) ** 0.5 if sxx and syy else 0.0


def spearman(x: Sequence[float], y: Sequence[float]) -> float:
    return pearson(ranks(x), ranks(y))


def auc(scores: Sequence[float], labels: Sequence[bool]) -> float:
    """Mann-Whitney AUC, ties counted half."""
    r = ranks(scores)
    pos = sum(1 for v in labels if v)
    neg = len(labels) - pos
    if not pos or not neg:
        return float("nan")
    rank_sum = sum(ri for ri, v in zip(r, labels, strict=True) if v)
    return (rank_sum - pos * (pos + 1) / 2) / (pos * neg)


def mean(xs: Sequence[float]) -> float:
    return sum(xs) / len(xs)


def bootstrap(
    metric: Callable[[list[int]], float], n: int, boot: int, rng: random.Random
) -> tuple[float, float]:
    stats = sorted(metric([rng.randrange(n) for _ in range(n)]) for _ in range(boot))
    return stats[int(0.025 * boot)], stats[min(boot - 1, int(0.975 * boot))]


def report(name: str, value: float, interval: tuple[float, float], target: str, n: int) -> None:
    lo, hi = interval
    print(f"{name:<46} {value:6.3f}  95% CI [{lo:.3f}, {hi:.3f}]  n={n:<5} target {target}")


# ------------------------------------------------------------------------------ the sets
def politeness_pairs(data: Path) -> tuple[list[float], list[float]]:
    """(our tone score, the raters' normalised politeness) per Wikipedia request."""
    with open(data / "politeness_wikipedia.csv", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    ours, human = [], []
    for r in rows:
        text = r["Request"]
        labels = {m.label: m.strength for m in Conversation().hear("agent", text).worded}
        ours.append(tone_score(labels, tone_marks(text)))
        human.append(float(r["Normalized Score"]))
    return ours, human


def politeness_one_vs_rest(data: Path) -> float:
    """How well one rater agrees with the mean of the other four (the human yardstick)."""
    with open(data / "politeness_wikipedia.csv", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    raters = [[float(r[f"Score{k}"]) for r in rows] for k in range(1, 6)]
    return mean([
        spearman(raters[k], [mean([raters[j][i] for j in range(5) if j != k])
                             for i in range(len(rows))])
        for k in range(5)
    ])


def _severity(row: dict[str, str], annotator: str) -> int | None:
    for level in ("1", "0", "-1", "-2", "-3"):
        if row.get(f"{annotator}_is_abuse.{level}") == "1":
            return int(level)
    return None


def hostility(text: str) -> float:
    """The strongest abuse or threat the analysis sees in a customer line, sure or unsure."""
    analysis = Conversation().hear("customer", text)
    return max((m.strength for m in (*analysis.moves, *analysis.unsure)
                if m.label in ("abuse", "threat")), default=0.0)


def convabuse_pairs(data: Path) -> tuple[list[float], list[bool]]:
    """(abuse strength, abusive by the annotators' mean severity < 0) per user turn."""
    rows: list[dict[str, str]] = []
    for name in ("convabuse_train.csv", "convabuse_valid.csv"):
        with open(data / name, encoding="utf-8") as f:
            rows += list(csv.DictReader(f))
    annotators = sorted({k.split("_")[0] for k in rows[0] if k.startswith("Annotator")})
    ours, labels = [], []
    for r in rows:
        sev = [s for a in annotators if (s := _severity(r, a)) is not None]
        if not sev:
            continue
        ours.append(hostility(r["user"]))
        labels.append(mean(sev) < 0)
    return ours, labels


def jigsaw_pairs(data: Path) -> tuple[list[float], list[bool]]:
    """(abuse strength, any of the six toxicity labels) per Wikipedia comment."""
    with open(data / "jigsaw_sample.csv", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    labels = [k for k in rows[0] if k != "comment_text"]
    ours = [hostility(r["comment_text"]) for r in rows]
    return ours, [any(r[k] == "1" for k in labels) for r in rows]


def stc3_pairs(data: Path) -> tuple[list[float], list[float]]:
    """(our resolution score, the raters' mean accomplishment A) per helpdesk dialogue."""
    with open(data / "stc3_en_calibration.json", encoding="utf-8") as f:
        dialogues = json.load(f)
    ours, human = [], []
    for d in dialogues:
        turns = tuple(
            Turn("agent" if t["sender"] == "helpdesk" else "customer", " ".join(t["utterances"]))
            for t in d["turns"]
        )
        resolution = score(Transcript(None, turns)).resolution.score
        if resolution is not None:
            ours.append(float(resolution))
            human.append(mean([a["quality"]["A"] for a in d["annotations"]]))
    return ours, human


def elf_outcomes(data: Path) -> list[float]:
    """Per troll comment: 1 if the preferred reply scores higher, 0 if lower, 1/2 on a tie."""
    with open(data / "elf_hp_train.tsv", encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    outcomes = []
    for r in rows:
        if r["ChosenResponse"].strip() == r["RejectResponse"].strip():
            continue
        chosen, rejected = (
            score(Transcript(None, (Turn("customer", r["Comment"]), Turn("agent", reply))))
            for reply in (r["ChosenResponse"], r["RejectResponse"])
        )
        a, b = chosen.overall or 0, rejected.overall or 0
        outcomes.append(1.0 if a > b else 0.5 if a == b else 0.0)
    return outcomes


def _correlation_report(name: str, pairs: tuple[list[float], list[float]], target: str,
                        boot: int, rng: random.Random) -> None:
    x, y = pairs
    ci = bootstrap(lambda ix: spearman([x[i] for i in ix], [y[i] for i in ix]), len(x), boot,
                   rng)
    report(name, spearman(x, y), ci, target, len(x))


def politeness(data: Path, boot: int, rng: random.Random) -> None:
    _correlation_report("politeness: Spearman(tone, human mean)", politeness_pairs(data),
                        ">= 0.50 (human 0.54)", boot, rng)
    print(f"{'  (one rater vs the other four, this file)':<46} "
          f"{politeness_one_vs_rest(data):6.3f}")


def convabuse(data: Path, boot: int, rng: random.Random) -> None:
    ours, labels = convabuse_pairs(data)
    ci = bootstrap(lambda ix: auc([ours[i] for i in ix], [labels[i] for i in ix]),
                   len(labels), boot, rng)
    report("ConvAbuse: AUC(abuse strength, abusive)", auc(ours, labels), ci, ">= 0.93",
           len(labels))
    flagged = [o > 0 for o in ours]
    tp = sum(1 for f, y in zip(flagged, labels, strict=True) if f and y)
    print(f"{'  (flagged: precision / recall)':<46} "
          f"{tp / max(1, sum(flagged)):6.3f} / {tp / max(1, sum(labels)):.3f}")


def jigsaw(data: Path, boot: int, rng: random.Random) -> None:
    ours, labels = jigsaw_pairs(data)
    ci = bootstrap(lambda ix: auc([ours[i] for i in ix], [labels[i] for i in ix]),
                   len(labels), boot, rng)
    report("Jigsaw sample: AUC(abuse strength, toxic)", auc(ours, labels), ci,
           "none set", len(labels))


def stc3(data: Path, boot: int, rng: random.Random) -> None:
    _correlation_report("STC-3: Spearman(resolution, human A)", stc3_pairs(data),
                        ">= 0.45 (human 0.48)", boot, rng)


def elf(data: Path, boot: int, rng: random.Random) -> None:
    outcomes = elf_outcomes(data)
    ci = bootstrap(lambda ix: mean([outcomes[i] for i in ix]), len(outcomes), boot, rng)
    report("ELF-HP: pairwise accuracy (ties = 1/2)", mean(outcomes), ci, ">= 0.65",
           len(outcomes))
    print(f"{'  (ties)':<46} {sum(1 for o in outcomes if o == 0.5) / len(outcomes):6.3f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--boot", type=int, default=1000, help="bootstrap resamples")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--only", choices=("politeness", "convabuse", "jigsaw", "stc3", "elf"))
    args = parser.parse_args(argv)
    if not args.data.is_dir():
        print(f"calibration data not found at {args.data}", file=sys.stderr)
        return 2
    rng = random.Random(args.seed)
    sets = {"politeness": politeness, "convabuse": convabuse, "jigsaw": jigsaw, "stc3": stc3,
            "elf": elf}
    for name, run in sets.items():
        if args.only in (None, name):
            run(args.data, args.boot, rng)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
