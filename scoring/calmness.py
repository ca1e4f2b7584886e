"""Calmness: the tone held throughout, especially right after customer hostility."""

from __future__ import annotations

from scoring import weights as W
from scoring.analysis import ScoredTurn, customer_before
from scoring.evidence import Dimension, Evidence, agent_turns, clip, ev
from scoring.moves import HOSTILE_CUSTOMER_MOVES, PRESSURE_STRENGTH
from scoring.tone import Mark


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
        worded = turn.analysis.worded
        for move in worded:
            if move.label in W.CALMNESS_HARM:
                harmed = True
                effect = -W.CALMNESS_HARM[move.label] * move.strength * factor
                evidence.append(ev(turn, move.quote, move.label + suffix, effect))
        for mark in turn.marks:
            if mark.points < 0 and not _sympathetic(turn, mark):
                evidence.append(ev(turn, mark.quote, mark.check, mark.points * factor))
        # Courtesy counts once: a line said again, or off the topic, earns none.
        gains = [] if not turn.earns else [
            (m.quote, m.label, W.CALMNESS_COURTESY[m.label] * m.strength)
            for m in worded if m.label in W.CALMNESS_COURTESY]
        if turn.earns:
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


_SYMPATHY = ("empathise", "apologise", "acknowledge")
_SENTENCE_END = ".!?"


def _sympathetic(turn: ScoredTurn, mark: Mark) -> bool:
    """A harsh word said in sympathy ("That's awful, I'm sorry") is not harsh: the same
    sentence empathises, apologises or acknowledges."""
    if mark.check != "harsh_words":
        return False
    text = turn.text
    start = max((text.rfind(c, 0, mark.start) for c in _SENTENCE_END), default=-1) + 1
    ends = [i for i in (text.find(c, mark.end) for c in _SENTENCE_END) if i >= 0]
    end = min(ends) + 1 if ends else len(text)
    return any(m.label in _SYMPATHY and m.start < end and start < m.end for m in turn.moves)
