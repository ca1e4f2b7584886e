"""What the scorer may know about the scenario a transcript was played in."""

from __future__ import annotations

import attrs

OUTCOMES: frozenset[str] = frozenset({"resolved", "walked_out", "escalated"})


def _outcome(_: object, __: attrs.Attribute, value: str | None) -> None:
    if value is not None and value not in OUTCOMES:
        raise ValueError(f"outcome must be one of {sorted(OUTCOMES)} or None, not {value!r}")


def _mood(_: object, __: attrs.Attribute, value: float | None) -> None:
    if value is not None and not 0.0 <= value <= 1.0:
        raise ValueError(f"final_mood must be within 0..1, not {value!r}")


@attrs.frozen
class ScenarioFacts:
    """Facts from a scenario file (and, optionally, how the session ended).

    - ``forbidden`` / ``allowed``: offers as plain phrases ("full refund", "replacement").
    - ``goal``: agent move labels that must appear for the case to count as resolved,
      e.g. ``("offer_solution", "set_expectation")``.
    - ``outcome``: "resolved" | "walked_out" | "escalated" | None.
    - ``final_mood``: the customer's mood at the end, 0 (furious) .. 1 (satisfied).
    - ``situation``: what the conversation is about (the persona's situation), so a line
      can be judged on or off the topic before the customer has said much.
    """

    customer_name: str | None = None
    forbidden: tuple[str, ...] = attrs.field(default=(), converter=tuple)
    allowed: tuple[str, ...] = attrs.field(default=(), converter=tuple)
    goal: tuple[str, ...] = attrs.field(default=(), converter=tuple)
    escalation_allowed: bool = True
    outcome: str | None = attrs.field(default=None, validator=_outcome)
    final_mood: float | None = attrs.field(default=None, validator=_mood)
    situation: str = ""
