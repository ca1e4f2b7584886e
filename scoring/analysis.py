"""Reading a whole transcript: every turn's analysis, tone marks and steps, in context."""

from __future__ import annotations

import attrs

from scoring.facts import ScenarioFacts
from scoring.moves import Move
from scoring.tone import Mark
from scoring.transcript import Transcript
from scoring.understanding import Analysis, Conversation, Substance


@attrs.frozen(eq=False)
class ScoredTurn:
    """One turn with what was recognised in it; ``index`` is 1-based (the turn number the
    debrief shows), ``analysis`` the shared one the scripted customer also reads."""

    index: int
    speaker: str
    text: str
    analysis: Analysis

    @property
    def moves(self) -> tuple[Move, ...]:
        return self.analysis.moves

    @property
    def marks(self) -> tuple[Mark, ...]:
        """Tone marks (agent turns)."""
        return self.analysis.marks

    @property
    def steps(self) -> tuple[Mark, ...]:
        """Instructions, information, redirection (agent turns)."""
        return self.analysis.steps

    @property
    def substance(self) -> Substance:
        return self.analysis.substance

    @property
    def earns(self) -> bool:
        return self.analysis.earns

    def has(self, *labels: str, at_least: float = 0.0) -> bool:
        return self.analysis.has(*labels, at_least=at_least)

    def get(self, *labels: str) -> Move | None:
        """The strongest move with one of ``labels``, if any."""
        return self.analysis.get(*labels)


def analyse(transcript: Transcript, facts: ScenarioFacts | None = None) -> tuple[ScoredTurn, ...]:
    """Analyse every turn in order, each in the light of the turns before it."""
    conversation = Conversation(facts)
    conversation.expect([turn.text for turn in transcript.turns])
    result = []
    for i, turn in enumerate(transcript.turns, start=1):
        result.append(ScoredTurn(i, turn.speaker, turn.text,
                                 conversation.hear(turn.speaker, turn.text)))
    return tuple(result)


def customer_before(turns: tuple[ScoredTurn, ...], position: int) -> ScoredTurn | None:
    """The customer turn this agent turn answers: the nearest earlier customer turn."""
    for t in reversed(turns[:position]):
        if t.speaker == "customer":
            return t
    return None
