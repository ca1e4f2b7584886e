"""The scripted customer never names a particular the conversation did not give: a time,
a date, a figure in its reply is its own story's (the persona, the facts of the case) or
was said before. "A call within two hours, and a reference" after an agent who promised
nothing is the customer inventing the agent's offer."""

from __future__ import annotations

import pytest

from roles.engine import play
from roles.library import load_library
from scoring.substance import specifics
from tests.roles.test_library_play import SKILLED, UNSKILLED_SCRIPTS

LIBRARY, _ = load_library()
#: Lines of other kinds that name particulars of their own, or none at all.
OTHER_KINDS = [
    ["My lunch break is in ten minutes.", "Did you see the match on Saturday?", "ok"],
    ["I understand, I'm sorry, let me help.", "I understand, I'm sorry, let me help.",
     "I understand, I'm sorry, let me help."],
    ["Sure, no problem, I'll send you a free headset.", "yes", "sure"],
    ["We close at 6pm on Fridays.", "Room 204 is on the second floor.", "Thanks for calling!"],
]


def scripts(scenario_id: str) -> list[list[str]]:
    return [*SKILLED[scenario_id], *UNSKILLED_SCRIPTS[scenario_id], *OTHER_KINDS]


@pytest.mark.parametrize("scenario_id", sorted(s.id for s in LIBRARY.list()))
def test_no_reply_names_a_particular_nobody_gave(scenario_id):
    scenario = LIBRARY.get(scenario_id)
    story = (scenario.persona.situation, scenario.persona.hidden_need, *scenario.opening)
    for lines in scripts(scenario_id):
        for seed in (1, 7, 42):
            _, replies = play(scenario, lines, seed)
            known = set().union(*map(specifics, story))
            agent_lines = iter(lines)
            for n, reply in enumerate(replies):
                if n:  # the opening answers nobody; every later reply answers a line
                    known |= specifics(next(agent_lines))
                for line in reply.lines:
                    invented = specifics(line.text) - known
                    assert not invented, (scenario_id, seed, lines[:n], line.text, invented)
                    known |= specifics(line.text)
