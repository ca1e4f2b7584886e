"""The agent's briefing never gives away the hidden need; the persona card does."""

from __future__ import annotations

import pytest

from roles.library import load_library
from roles.render import render_briefing, render_listing, render_persona_card

LIBRARY, _ = load_library()


@pytest.mark.parametrize("scenario", LIBRARY.list(), ids=lambda s: s.id)
def test_the_briefing_shows_the_policy_but_never_the_hidden_need(scenario):
    text = render_briefing(scenario, width=60)
    flat = " ".join(text.split())
    assert scenario.title in flat and scenario.persona.name in flat
    for offer in scenario.policy.may_offer:
        assert offer in flat
    assert scenario.persona.hidden_need not in flat
    for secret in (scenario.persona.situation, *scenario.persona.sets_off):
        assert secret not in flat
    assert max(len(line) for line in text.splitlines()) <= 60


@pytest.mark.parametrize("scenario", LIBRARY.list(), ids=lambda s: s.id)
def test_the_persona_card_tells_the_player_how_to_be_the_customer(scenario):
    flat = " ".join(render_persona_card(scenario, width=72).split())
    for part in (scenario.persona.hidden_need, scenario.persona.voice, *scenario.persona.calms):
        assert part in flat


def test_the_listing_has_one_line_per_scenario_within_the_width():
    lines = render_listing(LIBRARY.list(), width=80).splitlines()
    assert len(lines) == len(LIBRARY.list())
    assert all(len(line) <= 80 for line in lines)
    assert lines[0].startswith(LIBRARY.list()[0].id)
