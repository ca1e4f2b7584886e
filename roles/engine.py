"""The scripted customer's mind: typed state, reaction choice, triggers, beats, endings.

Pure and transport-free: it is told what the agent said and what time it is, and answers
with the customer's lines and a mood snapshot. The same seed, scenario version and agent
lines (at the same times) always give the same answers, so sessions replay exactly.
"""

from __future__ import annotations

import random
from collections.abc import Mapping, Sequence
from typing import Any

import attrs

from roles.model import Beat, Effect, Ending, Outcome, Reaction, Scenario, Trigger, Value
from scoring.moves import HARMFUL_MOVES, Move
from scoring.substance import specifics
from scoring.understanding import Analysis, Conversation


@attrs.frozen
class Pace:
    """How fast the customer 'types': a pause to think plus time per character, capped."""

    think: float = 1.5
    chars_per_second: float = 14.0
    longest: float = 8.0

    def delay(self, text: str) -> float:
        if self.chars_per_second <= 0:
            return self.think
        return min(self.longest, self.think + len(text) / self.chars_per_second)


INSTANT = Pace(think=0.0, chars_per_second=0.0, longest=0.0)
# Habituation: the third "I understand" in a session no longer calms anyone.
WEARS_OUT = 2
SOOTHING = frozenset({"acknowledge", "empathise", "apologise", "reflect", "thank", "own"})


@attrs.frozen
class Line:
    text: str
    delay: float  # seconds of typing before this line, after the previous one
    source: str  # id of the reaction, trigger, beat or ending that produced it


@attrs.frozen
class Reply:
    """What the customer does in answer to one agent line, one beat, or the opening."""

    lines: tuple[Line, ...]
    reaction: str | None  # the id of the reaction/beat that answered; None if none fitted
    fired: tuple[str, ...]  # every reaction, trigger, beat and ending id, in order
    moves: tuple[Move, ...]  # what the recogniser found in the agent's line
    mood: Mapping[str, Any]  # the snapshot recorded as a MOOD event
    outcome: Outcome | None = None
    reason: str = ""
    # the agent line's analysis, the one the rubric reads (compared by identity)
    analysis: Analysis | None = attrs.field(default=None, eq=False)
    heard: frozenset[str] = frozenset()  # the moves the customer took in (see ``_fresh``)


def _moves_json(moves: Sequence[Move]) -> list[dict[str, str]]:
    return [{"label": m.label, "quote": m.quote} for m in moves]


class CustomerEngine:
    """One session's scripted customer. Not thread-safe; one per room."""

    def __init__(self, scenario: Scenario, seed: int, pace: Pace = INSTANT,
                 wears_out: int = WEARS_OUT) -> None:
        self.scenario = scenario
        self.seed = seed
        self.pace = pace
        self.state: dict[str, Value] = scenario.start_state()
        self.outcome: Outcome | None = None
        self._vars = {v.name: v for v in scenario.state}
        self._random = random.Random(f"{seed}:{scenario.version}")
        self._turn = 0
        self._last_fired: dict[str, int] = {}  # reaction id -> agent turn it last fired
        self._variant_used: dict[str, list[int]] = {}  # source id -> last use per variant
        self._uses = 0
        self._fired_triggers: set[str] = set()
        self._waiting_since: float | None = None
        self._beats_this_wait: set[str] = set()
        # The conversation as it was said, in the room's order: the agent's lines through
        # ``hear``, the customer seat's (this script's or a trainer's) through ``said``.
        self.conversation = Conversation(scenario.facts())
        self._made: tuple[str, ...] = ()  # every move the agent made, in order
        self._said: set[str] = set()  # every line this customer has said
        # The particulars (times, figures) the customer may name: its own story's (the
        # persona's situation and need, what it opens with), and whatever was said in the
        # conversation; never one only the agent knows (the briefing's "24 to 48 hours")
        # before it is said.
        story = (scenario.persona.situation, scenario.persona.hidden_need, *scenario.opening)
        self._known: set[str] = set().union(*map(specifics, story))
        self._wears_out = wears_out

    # -- what the adapter calls -----------------------------------------------

    def open(self, now: float) -> Reply:
        """The customer's first line, when the session goes live."""
        lines = [self._line("opening", self.scenario.opening)]
        return self._finish(lines, ["opening"], "opening", (), now, dict(self.state))

    def said(self, text: str) -> None:
        """A line the customer seat said (this script's, or a trainer's at the keyboard),
        in the order the room recorded it."""
        self.conversation.hear("customer", text)
        self._known |= specifics(text)

    def spoke(self, reply: Reply | None) -> Reply | None:
        """``reply``'s lines were said at once, nobody speaking between them (a linter or a
        test playing the script directly; in a room, ``said`` follows the room)."""
        for line in reply.lines if reply else ():
            self.said(line.text)
        return reply

    def hear(self, text: str, now: float) -> Reply:
        """React to one agent line."""
        analysis = self.conversation.hear("agent", text)
        self._known |= specifics(text)
        if self.outcome is not None:
            return Reply((), None, (), (), self.snapshot(None, ()), self.outcome)
        moves = analysis.moves
        self._turn += 1
        before = dict(self.state)
        heard = self._fresh(analysis)
        reaction = self._choose(heard)
        if reaction is None:
            self._restart_wait(now)
            return self._finish([], [], None, moves, now, before, analysis=analysis,
                                heard=heard)
        self._last_fired[reaction.id] = self._turn
        lines = [self._line(reaction.id, reaction.say)]
        self._apply(reaction.effect)
        return self._finish(lines, [reaction.id], reaction.id, moves, now, before,
                            analysis=analysis, heard=heard)

    def next_beat_at(self) -> float | None:
        """When the next timed beat is due if the agent stays silent, or None."""
        if self.outcome is not None or self._waiting_since is None:
            return None
        due = [self._waiting_since + b.after for b in self._pending_beats()]
        return min(due, default=None)

    def due_beat(self, now: float) -> Reply | None:
        """Fire the timed beat that is due at ``now``, if any."""
        if self.outcome is not None or self._waiting_since is None:
            return None
        waited = now - self._waiting_since
        due = [b for b in self._pending_beats() if b.after <= waited]
        if not due:
            return None
        beat = min(due, key=lambda b: b.after)
        self._beats_this_wait.add(beat.id)
        before = dict(self.state)
        lines = [self._line(beat.id, beat.say)]
        self._apply(beat.effect)
        # A nudge does not restart the agent's silence: later beats count from the same
        # moment, so "30 s, then 60 s" means what a trainer expects.
        return self._finish(lines, [beat.id], beat.id, (), now, before, restart_wait=False)

    def paused_for(self, seconds: float) -> None:
        """The session was paused: time in a time-out is not the agent's silence."""
        if self._waiting_since is not None:
            self._waiting_since += seconds

    def snapshot(self, source: str | None, moves: Sequence[Move]) -> dict[str, Any]:
        return {
            "scenario": self.scenario.id,
            "version": self.scenario.version,
            "turn": self._turn,
            "source": source,
            "moves": _moves_json(moves),
            "state": dict(self.state),
            "outcome": self.outcome.value if self.outcome else None,
        }

    # -- choosing --------------------------------------------------------------

    def _fresh(self, analysis: Analysis) -> frozenset[str]:
        """The moves the customer still takes in: a line said before, word for word or
        nearly, brings only its harm again; a soothing move made ``wears_out`` times
        already has worn out (a new step forward, an offer or a time, does not); an offer
        in words that commit to nothing ("I'll sort it out"), or a time that names no time
        ("soon"), moves nothing."""
        labels = [m.label for m in analysis.moves]
        made = self._made
        self._made = made + tuple(labels)
        if analysis.repeats is not None:  # said before: only its harm lands again
            return frozenset(label for label in labels if label in HARMFUL_MOVES)
        substance = analysis.substance
        empty_offer = bool(substance.offers) and all(o.vague for o in substance.offers)
        vague_time = substance.timeline is not None and not substance.timeline.specific
        vague = {"offer_solution": empty_offer, "offer_alternative": empty_offer,
                 "set_expectation": vague_time}
        return frozenset(label for label in labels
                         if not vague.get(label, False)
                         and (label not in SOOTHING or made.count(label) < self._wears_out))

    def _sayable(self, variants: Sequence[str]) -> list[int]:
        """The variants that name no particular the conversation has not given."""
        return [i for i, text in enumerate(variants) if specifics(text) <= self._known]

    def _eligible(self, reaction: Reaction, moves: frozenset[str]) -> bool:
        sayable = [reaction.say[i] for i in self._sayable(reaction.say)]
        if not sayable:
            return False  # each line would assert a time or a figure nobody gave
        if not reaction.refrain and all(line in self._said for line in sayable):
            return False  # every line of it was said: a person would not say them again
        last = self._last_fired.get(reaction.id)
        if last is not None and (reaction.once or self._turn - last <= reaction.cooldown):
            return False
        return reaction.matches(moves) and reaction.when.holds(self.state)

    def _choose(self, moves: frozenset[str]) -> Reaction | None:
        eligible = [r for r in self.scenario.reactions if self._eligible(r, moves)]
        if not eligible:
            return None
        best = max((r.priority, r.specificity) for r in eligible)
        equals = [r for r in eligible if (r.priority, r.specificity) == best]
        # Least recently used among equals keeps the customer from repeating itself.
        oldest = min(self._last_fired.get(r.id, -1) for r in equals)
        return self._random.choice(
            [r for r in equals if self._last_fired.get(r.id, -1) == oldest]
        )

    def _line(self, source: str, variants: Sequence[str]) -> Line:
        used = self._variant_used.setdefault(source, [-1] * len(variants))
        # Beats and openings are checked by the linter; a reaction only fires with one.
        grounded = self._sayable(variants) or list(range(len(variants)))
        fresh = [i for i in grounded if variants[i] not in self._said]
        pool = fresh or grounded  # a line not yet said this session first
        oldest = min(used[i] for i in pool)
        index = self._random.choice([i for i in pool if used[i] == oldest])
        self._uses += 1
        used[index] = self._uses
        text = variants[index]
        self._said.add(text)
        return Line(text, self.pace.delay(text), source)

    def _pending_beats(self) -> list[Beat]:
        return [b for b in self.scenario.beats
                if b.id not in self._beats_this_wait and b.when.holds(self.state)]

    # -- consequences ------------------------------------------------------------

    def _apply(self, effect: Effect) -> None:
        for name, delta in effect.change.items():
            self.state[name] = self._vars[name].clamp(int(self.state[name]) + delta)
        self.state.update(effect.set)

    def _triggers(self, before: Mapping[str, Value]) -> list[Trigger]:
        return [t for t in self.scenario.triggers
                if t.id not in self._fired_triggers and t.when.holds(self.state)
                and not t.when.holds(before)]

    def _ending(self) -> Ending | None:
        return next((e for e in self.scenario.endings if e.when.holds(self.state)), None)

    def _restart_wait(self, now: float) -> None:
        self._waiting_since = now
        self._beats_this_wait = set()

    def _finish(self, lines: list[Line], fired: list[str], source: str | None,
                moves: Sequence[Move], now: float, before: Mapping[str, Value],
                restart_wait: bool = True, analysis: Analysis | None = None,
                heard: frozenset[str] = frozenset()) -> Reply:
        # Triggers fire on the edge: the state crossed into their condition just now.
        for trigger in self._triggers(before):
            self._fired_triggers.add(trigger.id)
            lines.append(self._line(trigger.id, trigger.say))
            fired.append(trigger.id)
            self._apply(trigger.effect)
        reason = ""
        ending = self._ending()
        if ending is not None:
            self.outcome, reason = ending.outcome, ending.reason
            fired.append(ending.id)
            if ending.say:
                lines.append(self._line(ending.id, ending.say))
        if lines and restart_wait:
            self._restart_wait(now + sum(line.delay for line in lines))
        return Reply(tuple(lines), source, tuple(fired), tuple(moves),
                     self.snapshot(source, moves), self.outcome, reason, analysis, heard)


def play(scenario: Scenario, lines: Sequence[str], seed: int, gap: float = 20.0
         ) -> tuple[CustomerEngine, list[Reply]]:
    """The customer played against ``lines`` straight through, one every ``gap`` seconds,
    with no room (a linter, a test or a bench): the engine and its replies, the opening
    first. Stops when the conversation ends."""
    engine = CustomerEngine(scenario, seed)
    now = 0.0
    replies = [engine.spoke(engine.open(now))]
    for line in lines:
        if engine.outcome is not None:
            break
        now += gap
        replies.append(engine.spoke(engine.hear(line, now)))
    return engine, replies
