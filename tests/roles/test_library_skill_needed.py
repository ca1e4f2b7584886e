"""The scenarios added for issue 10 resolve only when the skill they train is shown.

Each NEAR_MISS script does the helpful-sounding things around the skill but leaves the
skill itself out (options but never the no; fixes but never the recap; a sale but never
the check), in words of our own, and must not resolve on any seed. Sessions of sympathy
alone or of closing lines alone must not resolve either.
"""

from __future__ import annotations

import pytest

from roles.engine import play
from roles.library import load_library
from roles.model import Outcome

LIBRARY, _ = load_library()
SEEDS = (1, 7, 42)

NEAR_MISS: dict[str, list[list[str]]] = {
    # Options, kindly offered, but the no is never said: she is still hoping for the swap.
    "flat-no": [
        [
            "What I can do is give you a travel credit for the fare.",
            "Another option is a free change of your own dates.",
            "I can refund the taxes if you'd rather cancel.",
            "I understand this is disappointing.",
        ],
    ],
    # Times and upgrades, but never whether eight o'clock can be met.
    "impossible-deadline": [
        [
            "I'll upgrade you to express production.",
            "I can switch the order over right now.",
            "I'll send you the tracking number tonight.",
            "I'm sorry for the stress, Owen.",
        ],
    ],
    # Each request granted as it comes; nobody reads the list back or draws a line.
    "moving-goalposts": [
        [
            "I'll credit the roaming charge to your account.",
            "I'll add a spend cap as well.",
            "Sure, I'll credit your daughter's account too.",
            "I'll send you a data boost for this month.",
            "And I'll email you a broadband voucher.",
        ],
    ],
    # Fixes fired at him without a word about the wrong sofa or a question about his week.
    "review-threat": [
        [
            "I'll exchange it for the green one.",
            "We'll collect the grey sofa from you.",
            "I'll arrange delivery of the green one.",
            "I can refund you when the grey one is back.",
        ],
    ],
    # The leak made safe, but the claim never routed anywhere with a time.
    "legal-threat": [
        [
            "I'm sorry, that sounds awful.",
            "I'll send an engineer round today to make the joint safe.",
            "They'll be with you by 4pm.",
            "I'll email you a list of what to keep for your records.",
        ],
    ],
    # A confident sale, never a check.
    "hold-and-check": [
        [
            "Thanks for asking, Ravi.",
            "I'll send you the current battery today.",
            "It'll be with you in two working days.",
        ],
    ],
    # A new promise on top of the old one, without anyone saying what happened to it.
    "did-you-do-it": [
        [
            "I'll apply the freeze for you now.",
            "I'll refund the 45 pounds within five working days.",
            "You'll get an email confirmation today.",
        ],
    ],
    # Every part handled, then "anything else?" instead of a recap.
    "recap-close": [
        [
            "I'll arrange the broadband move; it goes live next Thursday.",
            "I'll courier you a 4G dongle today.",
            "I'll cancel the TV box rental and post you a returns bag.",
            "And I'll update your billing address now.",
            "Is there anything else I can help with today?",
            "Thanks for contacting us, goodbye.",
        ],
    ],
}

SYMPATHY = [
    "I'm so sorry to hear that.",
    "I completely understand how you feel.",
    "That must be really frustrating.",
    "I hear you.",
    "I apologise for the trouble.",
    "Thank you for your patience.",
]
CLOSES = [
    "Is there anything else I can help with?",
    "Great, glad I could help.",
    "Thanks for contacting us, goodbye.",
    "Have a lovely day!",
    "Is that everything?",
    "Take care now.",
]


def test_every_new_scenario_is_in_the_library():
    assert set(NEAR_MISS) <= {s.id for s in LIBRARY.list()}


@pytest.mark.parametrize(("scenario_id", "lines", "seed"),
                         [(sid, lines, seed) for sid, each in NEAR_MISS.items()
                          for lines in each for seed in SEEDS])
def test_everything_but_the_skill_does_not_resolve_it(scenario_id, lines, seed):
    engine, replies = play(LIBRARY.get(scenario_id), lines, seed)
    fired = [r.reaction for r in replies[1:]]
    assert engine.outcome is not Outcome.RESOLVED, fired


@pytest.mark.parametrize("lines", [SYMPATHY, CLOSES], ids=["sympathy", "closes"])
@pytest.mark.parametrize("scenario_id", sorted(NEAR_MISS))
def test_sympathy_or_closing_lines_alone_do_not_resolve_it(scenario_id, lines):
    for seed in SEEDS:
        engine, replies = play(LIBRARY.get(scenario_id), lines, seed)
        assert engine.outcome is not Outcome.RESOLVED, [r.reaction for r in replies[1:]]
