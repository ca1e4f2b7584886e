"""Scenario files into ``Scenario`` values, with every schema problem at its file:line.

Parsing never stops at the first problem: a trainer fixing a file wants the whole list.
"""

from __future__ import annotations

import difflib
import hashlib
import re
from collections.abc import Callable, Iterable
from typing import Any

import yaml

from roles.located import LocDict, LocList, load_located, start_line
from roles.model import (
    Beat,
    Clause,
    Condition,
    Effect,
    Ending,
    Outcome,
    Persona,
    Policy,
    Reaction,
    Sample,
    Scenario,
    Step,
    Trigger,
    Value,
    Var,
)
from roles.problems import Problem

DIFFICULTIES = ("easy", "medium", "hard")
_ID = re.compile(r"^[a-z0-9][a-z0-9_-]*$")
_COMPARISON = re.compile(r"^\s*(<=|>=|==|!=|<|>)\s*(-?\d+)\s*$")


class _Reader:
    """Reads located YAML values, noting a problem instead of raising."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.problems: list[Problem] = []

    def problem(self, line: int, what: str, fix: str) -> None:
        self.problems.append(Problem(self.path, line, what, fix))

    def mapping(self, value: Any, line: int, where: str,
                allowed: Iterable[str] | None = None) -> LocDict:
        """``value`` as a mapping whose keys are all ``allowed`` (any key if None)."""
        if not isinstance(value, LocDict):
            self.problem(line, f"{where} should be a mapping of `key: value` lines",
                         f"indent the keys of {where} under it")
            empty = LocDict()
            empty.line, empty.key_lines, empty.scalars = line, {}, {}
            return empty
        if allowed is None:
            return value
        allowed = tuple(allowed)
        for key in value:
            if key not in allowed:
                close = difflib.get_close_matches(key, allowed, n=1)
                hint = f"did you mean `{close[0]}`?" if close else (
                    "allowed keys: " + ", ".join(allowed))
                self.problem(value.line_of(key), f"unknown key `{key}` in {where}", hint)
        return value

    def items(self, m: LocDict, key: str, where: str, required: bool = False) -> list[Any]:
        value = m.get(key)
        if value is None:
            if required:
                self.problem(m.line, f"{where} has no `{key}`", f"add a `{key}:` list")
            return []
        if not isinstance(value, LocList):
            self.problem(m.line_of(key), f"`{key}` in {where} should be a list",
                         "write one `- item` per line under it")
            return []
        return list(value)

    def item_line(self, m: LocDict, key: str, index: int) -> int:
        value = m.get(key)
        return value.item_lines[index] if isinstance(value, LocList) else m.line_of(key)

    def text(self, m: LocDict, key: str, where: str, required: bool = True) -> str:
        value = m.get(key)
        if value is None:
            if required:
                self.problem(m.line, f"{where} has no `{key}`", f"add `{key}: …` (plain text)")
            return ""
        if not isinstance(value, str | int | float):
            self.problem(m.line_of(key), f"`{key}` in {where} should be plain text",
                         "write it on one line, or as a `>` folded block")
            return ""
        # As written: YAML 1.1 would turn `id: off` into False.
        return " ".join(m.scalars.get(key, str(value)).split())

    def texts(self, m: LocDict, key: str, where: str, required: bool = True) -> tuple[str, ...]:
        """A string or a list of strings (line variants, tags)."""
        value = m.get(key)
        if isinstance(value, str):
            return (" ".join(value.split()),)
        if value is None and not required:
            return ()
        items = self.items(m, key, where, required)
        out = []
        for i, item in enumerate(items):
            if not isinstance(item, str) or not item.strip():
                self.problem(self.item_line(m, key, i), f"item {i + 1} of `{key}` in {where} "
                             "is not text", "quote it, e.g. - \"…\"")
            else:
                out.append(" ".join(item.split()))
        if required and value is not None and not out:
            self.problem(m.line_of(key), f"`{key}` in {where} is empty", "give at least one")
        return tuple(out)

    def number(self, m: LocDict, key: str, where: str, low: float, high: float,
               default: float | None = None) -> float:
        value = m.get(key, default)
        if value is None:
            self.problem(m.line, f"{where} has no `{key}`", f"add `{key}: N` ({low} to {high})")
            return low
        if isinstance(value, bool) or not isinstance(value, int | float) or not (
                low <= value <= high):
            self.problem(m.line_of(key), f"`{key}` in {where} is {value!r}",
                         f"use a number from {low} to {high}")
            return low
        return value

    def flag(self, m: LocDict, key: str, where: str) -> bool:
        value = m.get(key, False)
        if not isinstance(value, bool):
            self.problem(m.line_of(key), f"`{key}` in {where} is {value!r}",
                         "write `true` or `false`")
            return False
        return value

    def ident(self, m: LocDict, key: str, where: str) -> str:
        value = self.text(m, key, where)
        if value and not _ID.match(value):
            self.problem(m.line_of(key), f"`{key}` {value!r} in {where} is not a plain id",
                         "use lower-case letters, digits, `-` and `_`, e.g. `broken-blender`")
        return value


class _ScenarioReader(_Reader):
    def __init__(self, path: str) -> None:
        super().__init__(path)
        self.vars: dict[str, Var] = {}

    def var(self, name: str, value: Any, line: int) -> Var | None:
        spec = self.mapping(value, line, f"state `{name}`",
                            ("type", "start", "min", "max", "values"))
        kind = spec.get("type", "int")
        where = f"state `{name}`"
        if kind == "int":
            low = int(self.number(spec, "min", where, -1000, 1000, 0))
            high = int(self.number(spec, "max", where, low, 1000, 10))
            start = int(self.number(spec, "start", where, low, high))
            return Var(name, "int", start, low, high)
        if kind == "enum":
            values = self.texts(spec, "values", where)
            start = self.text(spec, "start", where) or (values[0] if values else "")
            if values and start not in values:
                self.problem(spec.line_of("start"), f"start {start!r} of {where} is not one "
                             "of its values", "pick one of: " + ", ".join(values))
            return Var(name, "enum", start, values=values)
        if kind == "bool":
            return Var(name, "bool", self.flag(spec, "start", where))
        self.problem(spec.line_of("type"), f"{where} has type {kind!r}",
                     "use `int` (with min, max), `enum` (with values) or `bool`")
        return None

    def clause(self, var: Var, raw: Any, line: int, where: str) -> Clause | None:
        name = var.name
        if var.kind == "int":
            if isinstance(raw, int) and not isinstance(raw, bool):
                return Clause(name, "==", raw)
            match = _COMPARISON.match(str(raw))
            if match:
                return Clause(name, match[1], int(match[2]))
            self.problem(line, f"{where}: `{name}: {raw}` is not a comparison",
                         f"write e.g. `{name}: \">= 5\"` or `{name}: 3`")
            return None
        if var.kind == "bool":
            if isinstance(raw, bool):
                return Clause(name, "==", raw)
            self.problem(line, f"{where}: `{name}` is a flag", "test it with `true` or `false`")
            return None
        wanted = tuple(raw) if isinstance(raw, list) else (raw,)
        bad = [w for w in wanted if w not in var.values]
        if bad:
            self.problem(line, f"{where}: {', '.join(map(str, bad))} is not a value of `{name}`",
                         "use one of: " + ", ".join(var.values))
            return None
        return Clause(name, "in", wanted)

    def condition(self, m: LocDict, where: str) -> Condition:
        raw = m.get("when")
        if raw is None:
            return Condition()
        spec = self.mapping(raw, m.line_of("when"), f"`when` of {where}", self.vars)
        clauses = [self.clause(self.vars[k], v, spec.line_of(k), where)
                   for k, v in spec.items() if k in self.vars]
        return Condition(tuple(c for c in clauses if c))

    def _assignments(self, m: LocDict, key: str, where: str) -> list[tuple[Var, Any, int]]:
        """The `change:`/`set:` entries of ``m`` that name declared state, with lines."""
        if key not in m:
            return []
        spec = self.mapping(m[key], m.line_of(key), f"`{key}` of {where}", self.vars)
        return [(self.vars[name], value, spec.line_of(name)) for name, value in spec.items()
                if name in self.vars]

    def effect(self, m: LocDict, where: str) -> Effect:
        change: dict[str, int] = {}
        for var, delta, line in self._assignments(m, "change", where):
            if var.kind != "int" or isinstance(delta, bool) or not isinstance(delta, int):
                self.problem(line, f"{where} changes `{var.name}` by {delta!r}",
                             "`change` takes whole-number steps of int state; use `set` for "
                             "words and flags")
                continue
            change[var.name] = delta
        fixed: dict[str, Value] = {}
        for var, value, line in self._assignments(m, "set", where):
            if value not in var.domain() or type(value) is not type(var.start):
                self.problem(line, f"{where} sets `{var.name}` to {value!r}",
                             f"use a value `{var.name}` can hold ({var.kind})")
                continue
            fixed[var.name] = value
        return Effect(change, fixed)

    def moves(self, m: LocDict, key: str, where: str) -> frozenset[str]:
        return frozenset(self.texts(m, key, where, required=False))


_REACTION_KEYS = ("id", "on", "with", "without", "when", "say", "change", "set", "priority",
                  "once", "cooldown", "refrain")


def _reaction(r: _ScenarioReader, raw: Any, line: int) -> Reaction:
    m = r.mapping(raw, line, "a reaction", _REACTION_KEYS)
    rid = r.ident(m, "id", "a reaction")
    where = f"reaction `{rid}`"
    if m.get("once") and m.get("cooldown"):
        r.problem(m.line_of("cooldown"), f"{where} is both `once` and has a `cooldown`",
                  "keep one: `once: true` fires a single time, `cooldown: N` waits N turns")
    return Reaction(
        id=rid, line=m.line, on=r.moves(m, "on", where),
        # `with: [state_limit|refuse]`: each item is a group, one of which must be there.
        with_=tuple(frozenset(item.split("|")) for item in r.moves(m, "with", where)),
        without=r.moves(m, "without", where), when=r.condition(m, where),
        say=r.texts(m, "say", where), effect=r.effect(m, where),
        priority=int(r.number(m, "priority", where, -100, 100, 0)),
        once=r.flag(m, "once", where), cooldown=int(r.number(m, "cooldown", where, 0, 100, 0)),
        refrain=r.flag(m, "refrain", where), key_lines=dict(m.key_lines))


def _trigger(r: _ScenarioReader, raw: Any, line: int) -> Trigger:
    m = r.mapping(raw, line, "a trigger", ("id", "when", "say", "change", "set", "makes"))
    tid = r.ident(m, "id", "a trigger")
    where = f"trigger `{tid}`"
    if "when" not in m:
        r.problem(m.line, f"{where} has no `when`", "say which state makes it fire")
    return Trigger(tid, m.line, r.condition(m, where), r.texts(m, "say", where),
                   r.effect(m, where), r.moves(m, "makes", where), dict(m.key_lines))


def _beat(r: _ScenarioReader, raw: Any, line: int) -> Beat:
    m = r.mapping(raw, line, "a beat", ("id", "after", "when", "say", "change", "set"))
    bid = r.ident(m, "id", "a beat")
    where = f"beat `{bid}`"
    return Beat(bid, m.line, r.number(m, "after", where, 1, 3600), r.condition(m, where),
                r.texts(m, "say", where), r.effect(m, where), dict(m.key_lines))


def _ending(r: _ScenarioReader, raw: Any, line: int) -> Ending | None:
    m = r.mapping(raw, line, "an ending", ("id", "outcome", "when", "reason", "say"))
    eid = r.ident(m, "id", "an ending")
    where = f"ending `{eid}`"
    outcome = m.get("outcome")
    if outcome not in tuple(Outcome):
        r.problem(m.line_of("outcome"), f"{where} has outcome {outcome!r}",
                  "use resolved, walked_out or escalated")
        return None
    if "when" not in m:
        r.problem(m.line, f"{where} has no `when`", "say which state ends the conversation")
    return Ending(eid, m.line, Outcome(outcome), r.condition(m, where),
                  r.text(m, "reason", where), r.texts(m, "say", where, required=False),
                  dict(m.key_lines))


def _sample(r: _ScenarioReader, raw: Any, line: int) -> Sample:
    m = r.mapping(raw, line, "a sample", ("name", "steps", "outcome"))
    name = r.text(m, "name", "a sample")
    where = f"sample `{name}`"
    steps = []
    for i, raw_step in enumerate(r.items(m, "steps", where, required=True)):
        s = r.mapping(raw_step, r.item_line(m, "steps", i), f"step {i + 1} of {where}",
                      ("agent", "wait", "expect"))
        agent = r.text(s, "agent", where, required=False) or None
        wait = r.number(s, "wait", where, 0, 3600, 0)
        if (agent is None) == (wait == 0):
            r.problem(s.line, f"step {i + 1} of {where} needs exactly one of `agent`, `wait`",
                      "write `agent: \"what the agent types\"` or `wait: SECONDS`")
        steps.append(Step(s.line, agent, wait, r.text(s, "expect", where, False) or None))
    outcome = m.get("outcome")
    if outcome is not None and outcome not in tuple(Outcome):
        r.problem(m.line_of("outcome"), f"{where} expects outcome {outcome!r}",
                  "use resolved, walked_out, escalated, or leave it out for 'still talking'")
        outcome = None
    return Sample(name, m.line, tuple(steps), Outcome(outcome) if outcome else None)


_TOP = ("id", "title", "difficulty", "intensity", "tags", "skill", "briefing", "goal",
        "goal_moves", "persona", "policy", "state", "opening", "reactions", "triggers",
        "beats", "endings", "samples")


def _each(r: _ScenarioReader, top: LocDict, key: str,
          build: Callable[[_ScenarioReader, Any, int], Any], required: bool) -> tuple:
    built = (build(r, raw, r.item_line(top, key, i))
             for i, raw in enumerate(r.items(top, key, "the scenario", required)))
    return tuple(b for b in built if b is not None)


def parse_scenario(path: str, text: str) -> tuple[Scenario | None, list[Problem]]:
    """Read one scenario file's text. Returns the scenario (None if unusable) and problems."""
    r = _ScenarioReader(path)
    try:
        raw = load_located(text)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        reason = getattr(error, "problem", None) or error
        r.problem(mark.line + 1 if mark else 1, f"not valid YAML ({reason})",
                  "check indentation and quote lines that contain `: ` or `#`")
        return None, r.problems
    top = r.mapping(raw, start_line(raw, 1), "the scenario", _TOP)
    persona_m = r.mapping(top.get("persona"), top.line_of("persona"), "`persona`",
                          ("name", "situation", "voice", "sets_off", "calms", "hidden_need"))
    persona = Persona(
        name=r.text(persona_m, "name", "`persona`"),
        situation=r.text(persona_m, "situation", "`persona`"),
        voice=r.text(persona_m, "voice", "`persona`"),
        sets_off=r.texts(persona_m, "sets_off", "`persona`"),
        calms=r.texts(persona_m, "calms", "`persona`"),
        hidden_need=r.text(persona_m, "hidden_need", "`persona`"),
    )
    policy_m = r.mapping(top.get("policy"), top.line_of("policy"), "`policy`",
                         ("may_offer", "must_not", "escalation", "escalation_allowed"))
    policy = Policy(r.texts(policy_m, "may_offer", "`policy`"),
                    r.texts(policy_m, "must_not", "`policy`"),
                    r.text(policy_m, "escalation", "`policy`"),
                    r.flag(policy_m, "escalation_allowed", "`policy`"))
    state_m = r.mapping(top.get("state"), top.line_of("state"), "`state`")
    for name, spec in state_m.items():
        var = r.var(name, spec, state_m.line_of(name))
        if var:
            r.vars[name] = var
    difficulty = r.text(top, "difficulty", "the scenario")
    if difficulty not in DIFFICULTIES:
        r.problem(top.line_of("difficulty"), f"difficulty {difficulty!r}",
                  "use easy, medium or hard")
    scenario = Scenario(
        id=r.ident(top, "id", "the scenario"),
        version=hashlib.sha256(text.encode()).hexdigest()[:12],
        path=path,
        title=r.text(top, "title", "the scenario"),
        difficulty=difficulty,
        intensity=int(r.number(top, "intensity", "the scenario", 1, 5)),
        tags=r.texts(top, "tags", "the scenario"),
        skill=r.text(top, "skill", "the scenario"),
        briefing=r.text(top, "briefing", "the scenario"),
        goal=r.text(top, "goal", "the scenario"),
        goal_moves=r.texts(top, "goal_moves", "the scenario", required=False),
        persona=persona,
        policy=policy,
        state=tuple(r.vars.values()),
        opening=r.texts(top, "opening", "the scenario"),
        reactions=_each(r, top, "reactions", _reaction, True),
        triggers=_each(r, top, "triggers", _trigger, False),
        beats=_each(r, top, "beats", _beat, False),
        endings=_each(r, top, "endings", _ending, True),
        samples=_each(r, top, "samples", _sample, True),
        key_lines=dict(top.key_lines),
    )
    return scenario, r.problems
