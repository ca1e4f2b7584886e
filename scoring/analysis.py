"""Reading a whole transcript: every turn's moves, tone marks and steps, in context."""

from __future__ import annotations

import attrs

from scoring.facts import ScenarioFacts
from scoring.moves import Context, Move, recognise
from scoring.steps import agent_marks
from scoring.tone import Mark
from scoring.transcript import Transcript


@attrs.frozen
class ScoredTurn:
    """One turn with what was recognised in it; ``index`` is 1-based."""

    index: int
    speaker: str
    text: str
    moves: tuple[Move, ...]
    marks: tuple[Mark, ...] = ()  # tone marks (agent turns)
    steps: tuple[Mark, ...] = ()  # instructions, information, redirection (agent turns)

    def has(self, *labels: str, at_least: float = 0.0) -> bool:
        return any(m.label in labels and m.strength >= at_least for m in self.moves)

    def get(self, *labels: str) -> Move | None:
        """The strongest move with one of ``labels``, if any."""
        found = [m for m in self.moves if m.label in labels]
        return max(found, key=lambda m: m.strength) if found else None


def analyse(transcript: Transcript, facts: ScenarioFacts | None = None) -> tuple[ScoredTurn, ...]:
    """Recognise the moves of every turn, giving each the other speaker's earlier moves."""
    name = facts.customer_name if facts else None
    forbidden = facts.forbidden if facts else ()
    history: dict[str, list[tuple[Move, ...]]] = {"agent": [], "customer": []}
    result = []
    for i, turn in enumerate(transcript.turns, start=1):
        other = "customer" if turn.speaker == "agent" else "agent"
        context = Context(
            speaker=turn.speaker,
            customer_name=name,
            forbidden=forbidden,
            previous=tuple(history[other]),
        )
        moves = recognise(turn.text, context)
        history[turn.speaker].append(moves)
        if turn.speaker == "agent":
            marks, steps = agent_marks(turn.text)
            result.append(ScoredTurn(i, turn.speaker, turn.text, moves, marks, steps))
        else:
            result.append(ScoredTurn(i, turn.speaker, turn.text, moves))
    return tuple(result)


def customer_before(turns: tuple[ScoredTurn, ...], position: int) -> ScoredTurn | None:
    """The customer turn this agent turn answers: the nearest earlier customer turn."""
    for t in reversed(turns[:position]):
        if t.speaker == "customer":
            return t
    return None
