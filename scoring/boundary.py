"""Boundary-setting: how the agent held the line after abuse or an unreasonable demand."""

from __future__ import annotations

from scoring import weights as W
from scoring.analysis import ScoredTurn
from scoring.evidence import Dimension, Evidence, clip, ev, with_effect
from scoring.facts import ScenarioFacts
from scoring.moves import (
    HOSTILE_CUSTOMER_MOVES,
    PRESSURE_CUSTOMER_MOVES,
    PRESSURE_STRENGTH,
    Move,
)

_RETALIATION = ("retaliate", "insult", "swear", "sarcasm")


def boundary_setting(turns: tuple[ScoredTurn, ...], facts: ScenarioFacts | None) -> Dimension:
    """How the agent held the line after abuse or an unreasonable demand."""
    def pressing(t: ScoredTurn) -> bool:
        return t.speaker == "customer" and t.has(*PRESSURE_CUSTOMER_MOVES,
                                                 at_least=PRESSURE_STRENGTH)

    # one trigger per run of pressing customer turns with no agent turn between them
    triggers = [
        pos for pos, t in enumerate(turns)
        if pressing(t) and (pos == 0 or turns[pos - 1].speaker == "agent"
                            or not pressing(turns[pos - 1]))
    ]
    if not triggers:
        return Dimension(
            None,
            note="not applicable: the customer was never abusive and made no unreasonable "
            "demand",
        )
    escalation_allowed = facts.escalation_allowed if facts else True
    scores: list[float] = []
    episodes: list[list[Evidence]] = []
    warned = False
    for pos in triggers:
        evidence, warned = _episode(turns, pos, escalation_allowed, warned)
        episodes.append(evidence)
        scores.append(min(100.0, max(0.0, W.BOUNDARY_START + sum(e.effect for e in evidence))))
    n = len(triggers)
    shared = tuple(with_effect(e, round(e.effect / n, 1)) for ev in episodes for e in ev)
    return Dimension(clip(sum(scores) / n), shared)


def _window(turns: tuple[ScoredTurn, ...], pos: int) -> list[list[ScoredTurn]]:
    """The agent's reply blocks to the trigger at ``pos``: this reply and the next one."""
    blocks: list[list[ScoredTurn]] = []
    for t in turns[pos + 1 :]:
        if t.speaker == "customer":
            if blocks and blocks[-1]:
                if len(blocks) == 2:
                    break
                blocks.append([])
            continue
        if not blocks:
            blocks.append([])
        blocks[-1].append(t)
    return [b for b in blocks if b]


def _episode(
    turns: tuple[ScoredTurn, ...], pos: int, escalation_allowed: bool, warned: bool
) -> tuple[list[Evidence], bool]:
    trigger = turns[pos]
    abusive = trigger.has(*HOSTILE_CUSTOMER_MOVES, at_least=PRESSURE_STRENGTH)
    blocks = _window(turns, pos)
    cue = trigger.get(*PRESSURE_CUSTOMER_MOVES)
    if not blocks:
        quote = cue.quote if cue else trigger.text
        return [ev(trigger, quote, "no_answer_to_pressure", 0.0)], warned
    first, window = blocks[0], [t for b in blocks for t in b]
    gain, loss = W.BOUNDARY_GAIN, W.BOUNDARY_LOSS
    out: list[Evidence] = []
    lash = [(t, m) for t in first for m in t.moves
            if m.label in _RETALIATION or (m.label == "shout" and m.strength >= 0.5)]
    if lash:
        t, m = lash[0]
        out.append(ev(t, m.quote, "retaliation", -loss["retaliate"] * m.strength))
    else:
        out.append(ev(first[0], first[0].text, "no_retaliation", gain["no_retaliation"]))

    def first_with(*labels: str) -> tuple[ScoredTurn, Move] | None:
        for t in window:
            m = t.get(*labels)
            if m is not None:
                return t, m
        return None

    # after abuse alone, the limit that matters is the one on conduct (set once)
    demanded = trigger.has("unreasonable_demand", "demand_manager", at_least=PRESSURE_STRENGTH)
    conduct = None if demanded or warned else first_with("warn_conduct")
    found = first_with("state_limit") or conduct
    if found:
        check = "state_limit" if found[1].label == "state_limit" else "conduct_limit"
        out.append(ev(found[0], found[1].quote, check, gain["state_limit"]))
    alternative = first_with("offer_alternative", "offer_solution")
    if alternative:
        t, m = alternative
        out.append(ev(t, m.quote, m.label, gain["offer_alternative"] * m.strength))
    if abusive:
        warns = [t for t in window if t.has("warn_conduct")]
        if warns and not warned:
            m = warns[0].get("warn_conduct")
            out.append(ev(warns[0], m.quote if m else "", "warn_conduct", gain["warn_conduct"]))
            warns = warns[1:]
            warned = True
        for t in warns:
            m = t.get("warn_conduct")
            out.append(ev(t, m.quote if m else "", "repeat_warning", -loss["repeat_warning"]))
    esc = first_with("escalate")
    if esc and trigger.has("demand_manager"):
        if escalation_allowed:
            out.append(ev(esc[0], esc[1].quote, "escalate", gain["escalate"]))
        else:
            out.append(ev(esc[0], esc[1].quote, "escalate_forbidden",
                           -loss["escalate_forbidden"]))
    for t in window:
        refusal = t.get("refuse")
        if refusal is not None:
            if t.has("state_limit", "offer_alternative", "offer_solution", "escalate"):
                out.append(ev(t, refusal.quote, "refuse_with_reason", gain["refuse"]))
            else:
                out.append(ev(t, refusal.quote, "bare_no", -loss["bare_no"]))
            break
    for t in window:
        for m in t.moves:
            if m.label in ("cave_in", "overpromise", "dismiss"):
                out.append(ev(t, m.quote, m.label, -loss[m.label] * m.strength))
    if not found and not alternative:
        out.append(ev(first[0], first[0].text, "no_limit_or_alternative", 0.0))
    return out, warned
