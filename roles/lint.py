"""Checks a parsed scenario the schema cannot: moves, reachability, endings, samples, and
that agent lines of the wrong kind (one-word answers, small talk, one stock line) cannot
resolve it.

Reachability is an over-approximation: each state variable's reachable values are found
on their own, as if any reaction could fire at any time. What it calls unreachable can
truly never happen; what it allows may still be hard to reach, which the samples show.
"""

from __future__ import annotations

from collections.abc import Iterable

from roles.engine import INSTANT, CustomerEngine, Reply, play
from roles.model import (
    Clause,
    Condition,
    Effect,
    Outcome,
    Reaction,
    Sample,
    Scenario,
    Value,
    key_line,
)
from roles.problems import Problem
from scoring.moves import AGENT_MOVES, CUSTOMER_MOVES, Context, recognise

FAILURES = (Outcome.WALKED_OUT, Outcome.ESCALATED)


def reachable_values(scenario: Scenario) -> dict[str, set[Value]]:
    """For each state variable, every value some sequence of events could give it."""
    values: dict[str, set[Value]] = {v.name: {v.start} for v in scenario.state}
    variables = {v.name: v for v in scenario.state}
    sources: list[tuple[Condition, Effect]] = [
        (s.when, s.effect) for s in (*scenario.reactions, *scenario.triggers, *scenario.beats)
    ]
    changed = True
    while changed:
        changed = False
        for when, effect in sources:
            if not _satisfiable(when, values):
                continue
            for name, delta in effect.change.items():
                grown = {variables[name].clamp(int(x) + delta) for x in values[name]}
                changed |= not grown <= values[name]
                values[name] |= grown
            for name, value in effect.set.items():
                changed |= value not in values[name]
                values[name].add(value)
    return values


def _satisfiable(when: Condition, values: dict[str, set[Value]]) -> bool:
    return all(_clause_possible(c, values) for c in when.clauses)


def _clause_possible(clause: Clause, values: dict[str, set[Value]]) -> bool:
    return any(clause.holds(v) for v in values[clause.var])


def _problem(s: Scenario, line: int, what: str, fix: str) -> Problem:
    return Problem(s.path, line, what, fix)


def _unknown_moves(s: Scenario) -> Iterable[Problem]:
    for label in s.goal_moves:
        if label not in AGENT_MOVES:
            yield _problem(s, s.line_of("goal_moves"), f"goal_moves names unknown move `{label}`",
                           "use an agent move the recogniser knows: "
                           + ", ".join(sorted(AGENT_MOVES)))
    for r in s.reactions:
        keyed = (("on", r.on), ("with", frozenset().union(*r.with_)), ("without", r.without))
        for key, labels in keyed:
            for label in sorted(labels - AGENT_MOVES):
                yield _problem(s, key_line(r, key),
                               f"reaction `{r.id}` keys on unknown move `{label}`",
                               "use an agent move the recogniser knows: "
                               + ", ".join(sorted(AGENT_MOVES)))
    for t in s.triggers:
        for label in sorted(t.makes - CUSTOMER_MOVES):
            yield _problem(s, key_line(t, "makes"),
                           f"trigger `{t.id}` makes unknown move `{label}`",
                           "use one of: " + ", ".join(sorted(CUSTOMER_MOVES)))


def _unreachable(s: Scenario) -> Iterable[Problem]:
    values = reachable_values(s)

    def why(when: Condition) -> str:
        clause = next(c for c in when.clauses if not _clause_possible(c, values))
        seen = ", ".join(map(str, sorted(values[clause.var])))
        wanted = (" or ".join(map(str, clause.value)) if clause.op == "in"
                  else f"{clause.op} {clause.value}")
        return f"`{clause.var}` is never {wanted} (it can be: {seen})"

    for kind, items in (("reaction", s.reactions), ("trigger", s.triggers),
                        ("beat", s.beats)):
        for item in items:
            if not _satisfiable(item.when, values):
                yield _problem(s, key_line(item, "when"), f"{kind} `{item.id}` can never fire: "
                               f"{why(item.when)}", "loosen its `when`, or let some "
                               "reaction `change`/`set` the state it needs")
    for ending in s.endings:
        if not _satisfiable(ending.when, values):
            yield _problem(s, key_line(ending, "when"), f"ending `{ending.id}` can never fire: "
                           f"{why(ending.when)}", "make some reaction move the state there")


def _rank(r: Reaction) -> tuple[int, int]:
    return (r.priority, r.specificity)


def _fits_whenever(winner: Reaction, loser: Reaction) -> bool:
    """True if ``winner`` matches every agent line and state that ``loser`` matches."""
    needs = [g for g in (loser.on, *loser.with_) if g]  # one move of each is certain
    if winner.on and not any(g <= winner.on for g in needs):
        return False
    if not all(any(g <= group for g in needs) for group in winner.with_):
        return False
    return winner.without <= loser.without and set(winner.when.clauses) <= set(
        loser.when.clauses)


def _shadowed(s: Scenario) -> Iterable[Problem]:
    for loser in s.reactions:
        winner = next((w for w in s.reactions if w is not loser and not w.once
                       and not w.cooldown and _rank(w) > _rank(loser)
                       and _fits_whenever(w, loser)), None)
        if winner is not None:
            yield _problem(s, loser.line, f"reaction `{loser.id}` can never fire: "
                           f"`{winner.id}` fits whenever it does and ranks higher",
                           f"raise its `priority` above {winner.priority}, or narrow "
                           f"`{winner.id}` with `without`/`when`")


def _coverage(s: Scenario) -> Iterable[Problem]:
    if not any(not r.on and not r.with_ and not r.when.clauses and not r.once
               and not r.cooldown for r in s.reactions):
        yield _problem(s, s.line_of("reactions"),
                       "no fallback reaction: some agent lines would get no answer",
                       "add a reaction with no `on`, `when`, `once` or `cooldown`")
    outcomes = {e.outcome for e in s.endings}
    if Outcome.RESOLVED not in outcomes:
        yield _problem(s, s.line_of("endings"), "no ending with outcome `resolved`",
                       "add the ending that counts as reaching the goal")
    if not outcomes & set(FAILURES):
        yield _problem(s, s.line_of("endings"), "no failure ending",
                       "add an ending with outcome walked_out or escalated, for when the agent "
                       "handles it badly")
    resolved = sum(1 for x in s.samples if x.outcome is Outcome.RESOLVED)
    failed = sum(1 for x in s.samples if x.outcome in FAILURES)
    if resolved < 2 or failed < 1:
        yield _problem(s, s.line_of("samples"),
                       f"samples show {resolved} path(s) to `resolved` and {failed} to failure",
                       "write at least two resolving samples and one failing one")
    seen: set[str] = set()
    for item in (*s.reactions, *s.triggers, *s.beats, *s.endings):
        if item.id in seen:
            yield _problem(s, item.line, f"id `{item.id}` is used more than once",
                           "give each reaction, trigger, beat and ending its own id")
        seen.add(item.id)


def _customer_lines(s: Scenario) -> Iterable[Problem]:
    """A trigger that says it makes abuse must read as abuse to the scorer too."""
    for t in s.triggers:
        for text in t.say:
            found = {m.label for m in recognise(text, Context(speaker="customer"))}
            for label in sorted(t.makes - found):
                yield _problem(s, key_line(t, "say"),
                               f"trigger `{t.id}` line {text!r} is not recognised as `{label}`",
                               "reword it so the scorer sees the same move")


def run_sample(s: Scenario, sample: Sample, seed: int = 0) -> Iterable[Problem]:
    """Play one sample through a fresh engine and report every step that went elsewhere."""
    engine = CustomerEngine(s, seed, INSTANT)
    now = 0.0
    engine.spoke(engine.open(now))
    for number, step in enumerate(sample.steps, 1):
        where = f"sample `{sample.name}` step {number}"
        if engine.outcome is not None:
            yield _problem(s, step.line, f"{where} comes after the conversation ended "
                           f"({engine.outcome})", "remove it, or fix the earlier steps")
            return
        reply: Reply | None
        if step.agent is not None:
            now += 1.0
            reply = engine.spoke(engine.hear(step.agent, now))
        else:
            now += step.wait
            reply = engine.spoke(engine.due_beat(now))
        got = reply.fired if reply else ()
        if step.expect is not None and step.expect not in got:
            heard = ", ".join(m.label for m in reply.moves) if reply else ""
            said = f"{step.agent!r} (moves: {heard or 'none'})" if step.agent else (
                f"{step.wait:g} s of silence")
            yield _problem(s, step.line, f"{where}: {said} produced "
                           f"{', '.join(got) or 'nothing'}, expected `{step.expect}`",
                           "reword the sample line or change the reaction's `on`/`when`")
    if engine.outcome is not sample.outcome:
        yield _problem(s, sample.line, f"sample `{sample.name}` ends "
                       f"{engine.outcome or 'still talking'}, expected "
                       f"{sample.outcome or 'still talking'} (state {engine.state})",
                       "adjust the sample's steps or the state changes it passes through")


# Agent lines of the wrong kind: no scenario may be resolved by a session of only these.
WRONG_KINDS: dict[str, tuple[str, ...]] = {
    "one-word answers": ("ok", "yes", "sure", "ok", "right", "yes"),
    "small talk": ("Did you catch the match last night?", "Lovely weather today, isn't it?",
                   "I'm getting a takeaway later.", "My cat knocked my tea over, lol.",
                   "Been anywhere nice on holiday?", "Busy day for me today."),
    "one stock line said again and again": (
        "I understand how frustrating this is, I'm so sorry, I'll sort it out and I'll "
        "follow up.",) * 6,
}
WRONG_KIND_SEEDS = (1, 7, 42)


def _wrong_kinds(s: Scenario) -> Iterable[Problem]:
    """Reactions that lines of the wrong kind can ride to a resolved ending."""
    for kind, lines in WRONG_KINDS.items():
        for seed in WRONG_KIND_SEEDS:
            engine, replies = play(s, lines, seed)
            fired = [f for reply in replies[1:] for f in reply.fired]
            if engine.outcome is Outcome.RESOLVED:
                yield _problem(s, s.line_of("reactions"),
                               f"a session of only {kind} resolves it (seed {seed}: "
                               f"{', '.join(fired)})",
                               "key those reactions on the moves of a real step ('on:'), "
                               "not on whatever the agent says")
                break


def lint(s: Scenario) -> list[Problem]:
    """Every problem with a parsed scenario beyond its schema."""
    problems = [*_unknown_moves(s), *_unreachable(s), *_shadowed(s), *_coverage(s),
                *_customer_lines(s), *_wrong_kinds(s)]
    for sample in s.samples:
        problems.extend(run_sample(s, sample))
    return problems
