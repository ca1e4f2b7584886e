"""Calmness: the tone held throughout, especially right after customer hostility."""

from __future__ import annotations

from scoring import weights as W
from scoring.analysis import ScoredTurn, customer_before
from scoring.evidence import Dimension, Evidence, agent_turns, clip, ev
from scoring.moves import HOSTILE_CUSTOMER_MOVES, PRESSURE_STRENGTH


def calmness(turns: tuple[ScoredTurn, ...]) -> Dimension:
    """Tone held throughout; lapses right after customer hostility weigh more."""
    agent = agent_turns(turns)
    if not agent:
        return Dimension(None, note="not applicable: the agent said nothing")
    evidence: list[Evidence] = []
    courtesy_left = W.CALMNESS_COURTESY_CAP
    for pos, turn in agent:
        answered = customer_before(turns, pos)
        under_fire = answered is not None and answered.has(
            *HOSTILE_CUSTOMER_MOVES, at_least=PRESSURE_STRENGTH
        )
        factor = W.AFTER_HOSTILITY if under_fire else 1.0
        suffix = "_after_hostility" if under_fire else ""
        harmed = False
        for move in turn.moves:
            if move.label in W.CALMNESS_HARM:
                harmed = True
                effect = -W.CALMNESS_HARM[move.label] * move.strength * factor
                evidence.append(ev(turn, move.quote, move.label + suffix, effect))
        for mark in turn.marks:
            if mark.points < 0:
                evidence.append(ev(turn, mark.quote, mark.check, mark.points * factor))
        gains = [(m.quote, m.label, W.CALMNESS_COURTESY[m.label] * m.strength)
                 for m in turn.moves if m.label in W.CALMNESS_COURTESY]
        gains += [(k.quote, k.check, k.points) for k in turn.marks if k.points > 0]
        if under_fire and not harmed:
            evidence.append(ev(turn, turn.text, "calm_under_fire", 0.0))
        for quote, check, points in gains:
            effect = min(courtesy_left, points * factor)
            if effect > 0:
                courtesy_left -= effect
                evidence.append(ev(turn, quote, check, effect))
    total = W.CALMNESS_START + sum(e.effect for e in evidence)
    return Dimension(clip(total), tuple(evidence))
