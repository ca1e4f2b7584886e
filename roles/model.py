"""The scenario as values: persona, policy, typed state, reactions, beats and endings.

Everything here is immutable; the engine keeps the changing state of one session.
"""

from __future__ import annotations

import enum
import operator
from collections.abc import Callable, Mapping

import attrs

from scoring.facts import ScenarioFacts

Value = int | str | bool
State = Mapping[str, Value]


class Outcome(enum.StrEnum):
    RESOLVED = "resolved"
    WALKED_OUT = "walked_out"
    ESCALATED = "escalated"


@attrs.frozen
class Var:
    """One typed piece of the customer's state: an int range, a set of words, or a flag."""

    name: str
    kind: str  # "int" | "enum" | "bool"
    start: Value
    low: int = 0
    high: int = 10
    values: tuple[str, ...] = ()

    def domain(self) -> tuple[Value, ...]:
        if self.kind == "int":
            return tuple(range(self.low, self.high + 1))
        if self.kind == "enum":
            return self.values
        return (False, True)

    def clamp(self, value: int) -> int:
        return max(self.low, min(self.high, value))


_COMPARE: dict[str, Callable[[Value, Value], bool]] = {
    "<": operator.lt,
    "<=": operator.le,
    ">": operator.gt,
    ">=": operator.ge,
    "==": operator.eq,
    "!=": operator.ne,
}


@attrs.frozen
class Clause:
    """``var op value``; ``op`` "in" takes a tuple of allowed values."""

    var: str
    op: str
    value: Value | tuple[Value, ...]

    def holds(self, value: Value) -> bool:
        if self.op == "in":
            return value in self.value  # type: ignore[operator]
        return _COMPARE[self.op](value, self.value)


@attrs.frozen
class Condition:
    """All clauses must hold. The empty condition always holds."""

    clauses: tuple[Clause, ...] = ()

    def holds(self, state: State) -> bool:
        return all(c.holds(state[c.var]) for c in self.clauses)


@attrs.frozen
class Effect:
    """How a customer line moves the state: int deltas (clamped) and absolute sets."""

    change: Mapping[str, int] = attrs.field(factory=dict)
    set: Mapping[str, Value] = attrs.field(factory=dict)


@attrs.frozen
class Reaction:
    """What the customer says back when the agent makes certain moves in a certain state."""

    id: str
    line: int
    on: frozenset[str]  # any of these moves; empty = whatever the agent said
    with_: tuple[frozenset[str], ...]  # and one move of each of these groups too
    without: frozenset[str]  # none of these
    when: Condition
    say: tuple[str, ...]
    effect: Effect
    priority: int = 0
    once: bool = False
    cooldown: int = 0  # agent turns before it may fire again
    refrain: bool = False  # its lines may come back; otherwise it falls silent once all are said
    key_lines: Mapping[str, int] = attrs.field(factory=dict)

    @property
    def specificity(self) -> int:
        # ChatScript-style saliency: the more a rule demands, the better it fits.
        return (1 if self.on else 0) + len(self.with_) + (1 if self.without else 0) + len(
            self.when.clauses
        )

    def matches(self, moves: frozenset[str]) -> bool:
        return (
            (not self.on or bool(self.on & moves))
            and all(group & moves for group in self.with_)
            and not (self.without & moves)
        )


@attrs.frozen
class Trigger:
    """Fires when its condition becomes true after a customer line (escalation or calm)."""

    id: str
    line: int
    when: Condition
    say: tuple[str, ...]
    effect: Effect
    makes: frozenset[str] = frozenset()  # customer moves its lines make (abuse, threat, …)
    key_lines: Mapping[str, int] = attrs.field(factory=dict)


@attrs.frozen
class Beat:
    """Fires when the agent has been silent ``after`` seconds since the customer's last line."""

    id: str
    line: int
    after: float
    when: Condition
    say: tuple[str, ...]
    effect: Effect
    key_lines: Mapping[str, int] = attrs.field(factory=dict)


@attrs.frozen
class Ending:
    """A state in which the conversation is over, and how it counts."""

    id: str
    line: int
    outcome: Outcome
    when: Condition
    reason: str
    say: tuple[str, ...] = ()
    key_lines: Mapping[str, int] = attrs.field(factory=dict)


def key_line(item: Reaction | Trigger | Beat | Ending, key: str) -> int:
    """The line of ``key`` in a reaction, trigger, beat or ending, else where it starts."""
    return item.key_lines.get(key, item.line)


@attrs.frozen
class Step:
    """One step of a sample: an agent line, or seconds of agent silence."""

    line: int
    agent: str | None
    wait: float
    expect: str | None  # reaction, trigger or beat id the step must produce


@attrs.frozen
class Sample:
    name: str
    line: int
    steps: tuple[Step, ...]
    outcome: Outcome | None  # None: the conversation must still be going


@attrs.frozen
class Persona:
    name: str
    situation: str
    voice: str
    sets_off: tuple[str, ...]
    calms: tuple[str, ...]
    hidden_need: str


@attrs.frozen
class Policy:
    may_offer: tuple[str, ...]
    must_not: tuple[str, ...]
    escalation: str
    escalation_allowed: bool


@attrs.frozen
class Scenario:
    id: str
    version: str  # content hash of the file: stored with each session for replay
    path: str
    title: str
    difficulty: str
    intensity: int
    tags: tuple[str, ...]
    skill: str
    briefing: str
    goal: str
    goal_moves: tuple[str, ...]  # agent moves that must appear for "resolved" to count
    persona: Persona
    policy: Policy
    state: tuple[Var, ...]
    opening: tuple[str, ...]
    reactions: tuple[Reaction, ...]
    triggers: tuple[Trigger, ...]
    beats: tuple[Beat, ...]
    endings: tuple[Ending, ...]
    samples: tuple[Sample, ...]
    key_lines: Mapping[str, int] = attrs.field(factory=dict)  # top-level key -> its line

    def line_of(self, key: str) -> int:
        return self.key_lines.get(key, 1)

    def start_state(self) -> dict[str, Value]:
        return {v.name: v.start for v in self.state}

    def mood(self, state: State) -> float | None:
        """0 (furious) .. 1 (calm), read from the ``anger`` variable if there is one."""
        anger = next((v for v in self.state if v.name == "anger" and v.kind == "int"), None)
        if anger is None or anger.high == anger.low:
            return None
        return round(1 - (int(state["anger"]) - anger.low) / (anger.high - anger.low), 3)

    def facts(self, outcome: str | None = None, state: State | None = None) -> ScenarioFacts:
        """What the scorer may know of this scenario, and of how a session of it ended."""
        return ScenarioFacts(
            customer_name=self.persona.name,
            forbidden=self.policy.must_not,
            allowed=self.policy.may_offer,
            goal=self.goal_moves,
            escalation_allowed=self.policy.escalation_allowed,
            outcome=outcome,
            final_mood=None if state is None else self.mood(state),
            situation=self.persona.situation,
        )
