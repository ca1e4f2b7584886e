# ruff: noqa: E501 - agent lines read best whole, one per line
"""Every scenario, played by a skilled agent and an unskilled one, in words of our own.

These lines are deliberately not the samples in the files: the customers must react to
recognised moves and state, not to one wording.
"""

from __future__ import annotations

import pytest

from roles.engine import CustomerEngine
from roles.library import load_library
from roles.model import Outcome

LIBRARY, _ = load_library()

SKILLED: dict[str, list[list[str]]] = {
    "broken-on-arrival": [
        [
            "I'm really sorry, that's a horrible thing to unpack. I completely understand why you're upset.",
            "So the jug is cracked and it won't work at all. When do you need it by?",
            "I'll ship a replacement by express today so it arrives Thursday, before the party.",
        ],
        [
            "I apologise, Dana. That must have been so disappointing to open.",
            "What I can do is send you a brand new one free of charge.",
            "It will arrive by Thursday, and I'll email you the tracking number tonight.",
        ],
    ],
    "something-for-free": [
        [
            "I hear you, a torn seal isn't what you expect. I'm not able to give a free headset, because our policy covers faulty items only, but I can check the unit for you.",
            "What worries you most about the seal being torn?",
            "I'll check the serial number right now and send you written confirmation that it's new with the full warranty.",
        ],
        [
            "Thanks for telling me, Marcus. Unfortunately we don't offer free products for packaging damage.",
            "Is there something about the headset itself that concerns you?",
            "If you'd prefer, I can arrange a free exchange for a sealed unit instead.",
        ],
    ],
    "over-the-line": [
        [
            "I want to sort this out for you, but I won't continue if the swearing carries on.",
            "I can imagine three days offline has been awful. How is it affecting you?",
            "I'll courier a 4G hotspot to you today so you can work tomorrow.",
            "You'll receive it by this afternoon, and the engineer will be there Thursday.",
        ],
        [
            "Please don't call me names. I'm here to help you.",
            "I'll send you a mobile hotspot today while the cabinet is repaired.",
            "It should arrive by 4pm, and I'll text you when it's on its way.",
        ],
    ],
    "cannot-find-submit": [
        [
            "Don't worry at all, we'll find it together. What do you see at the bottom of your screen?",
            "Please put one finger on the page and slide it up slowly. What can you see now?",
            "I understand why you'd worry. I can see only one registration, so I'll make sure you're charged once.",
        ],
        [
            "Thank you for waiting, Margaret. Take all the time you need.",
            "Touch the middle of the page and slide your finger up.",
            "And once more, a bit further.",
            "Keep going until the page stops moving.",
            "Go ahead and tap the blue button.",
            "Yes, just the one tap.",
        ],
    ],
    "promise-broken": [
        [
            "That's our mistake, Priya, and I'm sorry. You should have been told the visit was moved.",
            "What day and time would actually work for you?",
            "I'll book you the Saturday 8am slot.",
            "The scheduling team will call you Friday evening to confirm it, and I'll follow up on Monday.",
        ],
        [
            "I'm so sorry. We let you down and I understand how frustrating that is.",
            "Let me offer you the priority first slot of the morning.",
            "Then how about a Saturday morning instead?",
            "You'll receive a confirmation text today and a call the night before.",
        ],
    ],
    "fourth-time-calling": [
        [
            "I've read your history, Tom. So you've contacted us three times about the March double bill and the refund never went through.",
            "I take responsibility for this now, and I'll see it through myself.",
            "The priority refund will land within 3 working days, and I'll call you the day it arrives.",
        ],
        [
            "I see that you've been promised this refund twice and it never arrived. That's on us.",
            "What would make you feel this is finally being handled?",
            "I'll process it now as a priority; it should reach your account in 3 working days and I'll follow up by phone.",
        ],
    ],
    "get-me-a-manager": [
        [
            "I understand, and I'm sorry about yesterday's chat being closed on you.",
            "I'll transfer this to our duty manager; she'll call you back within two hours with reference C-2210.",
        ],
        [
            "Of course. Can I ask what happened in yesterday's chat?",
            "I'm sorry that happened. I can reverse the duplicate charge for you right now and email you the confirmation.",
        ],
    ],
    "no-quick-fix": [
        [
            "I'm sorry, Samuel. I know how stressful this is when you're losing sales.",
            "To be transparent, the engineers expect the network to be back in 24 to 48 hours.",
            "What I can offer in the meantime is a loan card reader delivered before 8am tomorrow.",
        ],
        [
            "What's your biggest worry about the next day or two?",
            "Let me send you a mobile card reader by courier for the market.",
            "The repair will take up to 48 hours, and I'll update you by text every four hours.",
        ],
    ],
    "bad-day": [
        [
            "Sure, I can do that straight away. Where would you like it to go?",
            "I'm sorry to hear about your dad. I'll send it to the locker at St Mary's entrance instead.",
        ],
        [
            "Of course, I'll change the address for you right now.",
            "I'm sorry, that sounds like a really hard time. I can send it to the pickup locker by the hospital instead.",
        ],
    ],
    "charged-twice-not-really": [
        [
            "I understand why two entries would worry you, Frank. Let me check this with you.",
            "The second one is a temporary hold from the first attempt. It will drop off in 3 to 5 working days; only one payment was taken.",
            "Is that money needed for anything before then?",
            "I'll ask our payment provider to release the hold early and send you a letter for your bank today.",
        ],
        [
            "I'm sorry for the worry this has caused. The pending entry will disappear within 5 working days.",
            "I can also email you a confirmation that only one charge was taken, for your bank.",
        ],
    ],
}

UNSKILLED: dict[str, list[str]] = {
    "broken-on-arrival": [
        "It's not our fault, the courier handles delivery.",
        "CALM DOWN. THERE'S NOTHING I CAN DO.",
    ],
    "something-for-free": [
        "Fine, whatever you want, I'll give you a free headset.",
        "OK fine, I'll do half price on the next order as well.",
    ],
    "over-the-line": [
        "Don't you dare talk to me like that, you idiot.",
    ],
    "cannot-find-submit": [
        "It's obvious, it's right there. I've already told you.",
        "Come on, it's not rocket science!!!",
    ],
    "promise-broken": [
        "Sorry you feel that way, but it's not my fault.",
        "Our technicians are very busy. There's nothing I can do.",
    ],
    "fourth-time-calling": [
        "Can you explain the issue from the start, please?",
        "That's not my department. You'll have to wait like everyone else.",
        "As I said, there's nothing more I can do.",
    ],
    "get-me-a-manager": [
        "The manager is busy, it's not my problem.",
        "I can't put you through, that's the policy.",
        "Like I said, there's nothing I can do.",
    ],
    "no-quick-fix": [
        "I promise it will be back within the hour.",
        "Actually it will take 48 hours.",
        "It's not our fault, there's nothing more I can do.",
    ],
    "bad-day": [
        "Please keep this respectful, I won't accept that tone.",
        "I'm just doing my job, there's no need to be rude.",
    ],
    "charged-twice-not-really": [
        "You misread your statement. It's your mistake.",
        "Clearly you don't understand how card payments work.",
    ],
}


def play(scenario_id: str, lines: list[str], seed: int = 7) -> CustomerEngine:
    scenario = LIBRARY.get(scenario_id)
    assert scenario is not None
    engine = CustomerEngine(scenario, seed)
    now = 0.0
    engine.open(now)
    for line in lines:
        if engine.outcome is not None:
            break
        now += 20.0
        engine.hear(line, now)
    return engine


def test_every_scenario_is_covered():
    ids = {s.id for s in LIBRARY.list()}
    assert ids == set(SKILLED) == set(UNSKILLED)


@pytest.mark.parametrize(
    ("scenario_id", "lines"),
    [(sid, lines) for sid, scripts in SKILLED.items() for lines in scripts],
)
def test_a_skilled_agent_resolves_it(scenario_id, lines):
    engine = play(scenario_id, lines)
    assert engine.outcome is Outcome.RESOLVED, engine.state


@pytest.mark.parametrize(("scenario_id", "lines"), sorted(UNSKILLED.items()))
def test_an_unskilled_agent_loses_the_customer(scenario_id, lines):
    engine = play(scenario_id, lines)
    assert engine.outcome in (Outcome.WALKED_OUT, Outcome.ESCALATED), engine.state


@pytest.mark.parametrize("scenario_id", sorted(SKILLED))
def test_a_silent_agent_loses_the_customer_or_keeps_getting_nudged(scenario_id):
    scenario = LIBRARY.get(scenario_id)
    engine = CustomerEngine(scenario, seed=1)
    engine.open(0.0)
    nudges = []
    now = 0.0
    while engine.outcome is None and now < 600:
        due = engine.next_beat_at()
        if due is None:
            break
        now = due
        reply = engine.due_beat(now)
        nudges.append(reply.reaction)
    assert nudges, "no timed beat ever fired"
