"""How fast the scorer and the recogniser are, on one core, with the learned model in.

Usage: python bench/score_speed.py [--transcripts N] [--turns T] [--seed S]
Builds varied synthetic sessions (calm, hostile, caving, resolving; names, products and
order numbers filled in at random so utterances do not repeat), warms up on a few, then
times score() plus build_debrief() over all of them (aim: >= 200 transcripts/s with the
model), and the analysis of single agent lines in their conversation, as the live
customer meets them (aim: <= 5 ms p50). Both are set against the phrase patterns alone on
the same turns in the same run, a ratio that a busy machine disturbs less than the rates.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from scoring.debrief import build_debrief
from scoring.facts import ScenarioFacts
from scoring.moves import Context, recognise
from scoring.scorecard import score
from scoring.transcript import Transcript, Turn
from scoring.understanding import Conversation

CUSTOMER_LINES = (
    "My {product} order {n} still hasn't arrived and it's been {days} days.",
    "This is the third time I've called about the {product}!",
    "You people are useless. I want a full refund for the {product} right now.",
    "I want to speak to your manager about order {n}.",
    "Fine. When will the {product} get here?",
    "That works, thank you {agent}.",
    "Why does nobody ever call me back? I rang on {day}.",
    "I'm going to leave a one-star review about your {product} and report you.",
    "OK, thanks for your help with order {n}.",
    "The {product} app keeps crashing when I open my account page since {day}.",
)
AGENT_LINES = (
    "I'm sorry to hear that, {name}. Could you tell me the order number for the {product}?",
    "I understand how frustrating this must be with the {product}. Let me look into it.",
    "I can't offer a full refund because the {product} was used, but I can send a "
    "replacement.",
    "I'll send a replacement {product} today and it should arrive within {days} working "
    "days.",
    "Does that work for you, {name}?",
    "I'll call you back on {day} by {hour}pm to confirm order {n} has shipped.",
    "I want to help, {name}, but I need us to keep this respectful.",
    "CALM DOWN!!! It's not my problem, you should have read the {product} terms.",
    "Fine, whatever, I'll give you the full refund for order {n}.",
    "Thanks for your patience, {name}. Is there anything else I can help with today?",
    "Let me escalate order {n} to my supervisor, who will contact you within {days} hours.",
    "As I already said, there's nothing I can do about the {product}.",
)
FILLS = {
    "name": ("Dana", "Sam", "Priya", "Tomasz", "Aisha", "Mr Okafor", "Ms Lindqvist"),
    "agent": ("Alex", "Jo", "Chris"),
    "product": ("router", "blender", "laptop", "phone plan", "sofa", "train ticket",
                "gym membership", "washing machine"),
    "day": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday"),
}


def _fill(template: str, rng: random.Random) -> str:
    values = {k: rng.choice(v) for k, v in FILLS.items()}
    return template.format(n=rng.randrange(10_000, 99_999), days=rng.randrange(2, 15),
                           hour=rng.randrange(1, 6), **values)


def make_transcripts(n: int, turns: int, seed: int) -> list[Transcript]:
    """Varied sessions; the random order numbers make (nearly) every utterance unique."""
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        out.append(Transcript(None, tuple(
            Turn("customer" if i % 2 == 0 else "agent",
                 _fill(rng.choice(CUSTOMER_LINES if i % 2 == 0 else AGENT_LINES), rng),
                 float(i * 20))
            for i in range(turns)
        )))
    return out


def batch_rates(transcripts: list[Transcript], facts: ScenarioFacts) -> tuple[float, float]:
    """Transcripts per CPU second for score() plus build_debrief(), and for the phrase
    patterns alone reading the same turns. The two take turns transcript by transcript, so
    a busy spell on the machine slows both alike and their ratio holds."""
    scoring = alone = 0.0
    for t in transcripts:
        start = time.process_time()
        build_debrief(score(t, facts), t)
        middle = time.process_time()
        for turn in t.turns:
            recognise(turn.text, Context(turn.speaker))
        scoring, alone = scoring + middle - start, alone + time.process_time() - middle
    return len(transcripts) / scoring, len(transcripts) / alone


def line_times(transcripts: list[Transcript], facts: ScenarioFacts
               ) -> tuple[list[float], list[float]]:
    """Seconds per agent line: analysed in its conversation, and by the patterns alone."""
    analysed, patterns = [], []
    for t in transcripts:
        conversation = Conversation(facts)
        for turn in t.turns:
            if turn.speaker == "customer":
                conversation.hear("customer", turn.text)
                continue
            started = time.perf_counter()
            conversation.hear("agent", turn.text)
            analysed.append(time.perf_counter() - started)
            started = time.perf_counter()
            recognise(turn.text, Context("agent"))
            patterns.append(time.perf_counter() - started)
    return analysed, patterns


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--transcripts", type=int, default=1000)
    parser.add_argument("--turns", type=int, default=30)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    facts = ScenarioFacts(customer_name="Dana", forbidden=("full refund", "free upgrade"),
                          allowed=("replacement",), goal=("offer_solution", "set_expectation"))
    transcripts = make_transcripts(args.transcripts, args.turns, args.seed)
    for t in make_transcripts(50, args.turns, args.seed + 1):
        build_debrief(score(t, facts), t)
    rate, alone = batch_rates(transcripts, facts)
    print(f"{len(transcripts)} transcripts x {args.turns} turns in "
          f"{len(transcripts) / rate:.2f} s CPU: {rate:.0f} transcripts/s "
          f"({rate * args.turns:.0f} turns/s) on one core (aim >= 200 with the learned "
          f"model); the phrase patterns alone: {alone:.0f} transcripts/s "
          f"({alone / rate:.1f} x)")
    analysed, patterns = line_times(transcripts[:200], facts)
    p50, p99 = (statistics.quantiles(analysed, n=100)[k] * 1000 for k in (49, 98))
    base = statistics.median(patterns) * 1000
    print(f"one agent line analysed in its conversation: p50 {p50:.2f} ms, p99 {p99:.2f} ms "
          f"(aim <= 5 ms p50); the phrase patterns alone: p50 {base:.2f} ms "
          f"({p50 / base:.1f} x)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
