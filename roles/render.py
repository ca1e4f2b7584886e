"""Plain-text cards: the agent's briefing and the persona card for a human customer.

The briefing is what a trainee may know before the chat; it never shows the hidden need,
the persona's triggers or the script. The persona card is for whoever plays the customer.
"""

from __future__ import annotations

import textwrap
from collections.abc import Iterable

from roles.model import Scenario


def _block(title: str, body: str | Iterable[str], width: int) -> list[str]:
    lines = [title]
    if isinstance(body, str):
        lines += textwrap.wrap(body, width, initial_indent="  ", subsequent_indent="  ")
    else:
        for item in body:
            lines += textwrap.wrap(item, width, initial_indent="  - ", subsequent_indent="    ")
    return [*lines, ""]


def _header(s: Scenario, width: int) -> list[str]:
    heading = f"{s.title}  [{s.id}]"
    rating = f"Difficulty: {s.difficulty}   Intensity: {s.intensity}/5   Tags: {', '.join(s.tags)}"
    return [*textwrap.wrap(heading, width), *textwrap.wrap(rating, width), ""]


def _policy(s: Scenario, width: int) -> list[str]:
    return [
        *_block("You may offer:", s.policy.may_offer, width),
        *_block("Never offer:", s.policy.must_not, width),
        *_block("Escalation:", s.policy.escalation, width),
    ]


def render_listing(scenarios: Iterable[Scenario], width: int = 72) -> str:
    """One line per scenario for the lobby's `scenarios` command: id, difficulty, title, tags."""
    rows = [(s.id, s.difficulty, s.title, ", ".join(s.tags)) for s in scenarios]
    id_width = max((len(r[0]) for r in rows), default=0)
    lines = [f"{sid:<{id_width}}  {level:<6}  {title}  [{tags}]" for sid, level, title, tags
             in rows]
    return "".join((line if len(line) <= width else line[: width - 1] + "…") + "\n"
                   for line in lines)


def render_briefing(s: Scenario, width: int = 72) -> str:
    """What the agent is told before the chat opens."""
    lines = [
        *_header(s, width),
        *_block("The situation:", s.briefing, width),
        *_block("Customer:", s.persona.name, width),
        *_policy(s, width),
        *_block("You have done well when:", s.goal, width),
        *_block("Skill practised:", s.skill, width),
    ]
    return "\n".join(lines).rstrip() + "\n"


def render_persona_card(s: Scenario, width: int = 72) -> str:
    """What a trainer or peer playing the customer needs: who they are and what calms them."""
    lines = [
        *_header(s, width),
        *_block(f"You are {s.persona.name}.", s.persona.situation, width),
        *_block("How you talk:", s.persona.voice, width),
        *_block("What sets you off:", s.persona.sets_off, width),
        *_block("What calms you:", s.persona.calms, width),
        *_block("Your hidden need (reveal it only if the agent asks the right questions):",
                s.persona.hidden_need, width),
        *_block("Open with something like:", s.opening, width),
        "What the agent has been told:",
        *_policy(s, width),
        *_block("The agent succeeds when:", s.goal, width),
    ]
    return "\n".join(lines).rstrip() + "\n"
