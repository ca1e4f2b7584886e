"""Minimal pairs: two transcripts that differ in one behaviour move one score one way.

Each pair is checked in several settings (calm or hostile customer, early or late in the
conversation), so "always" means more than one lucky example.
"""

from __future__ import annotations

import pytest

from scoring.facts import ScenarioFacts
from scoring.scorecard import Scorecard, score
from scoring.transcript import Transcript, Turn

SETTINGS = {
    "calm": [
        ("customer", "Hi, my parcel hasn't arrived yet."),
        ("agent", "I'm sorry to hear that. Could you give me the order number?"),
        ("customer", "It's 48213."),
    ],
    "hostile": [
        ("customer", "Where is my parcel? You people are useless idiots!"),
        ("agent", "I understand this is frustrating. Let me check the order."),
        ("customer", "I want a full refund right now or I'll sue."),
    ],
    "late": [
        ("customer", "My router keeps dropping the connection."),
        ("agent", "That sounds annoying. Have you restarted it?"),
        ("customer", "Yes, twice. It still drops every hour."),
        ("agent", "Thanks for trying that. I'll check the line from here."),
        ("customer", "This is ridiculous, I've already told you it still drops."),
    ],
    "router_hostile": [
        ("customer", "My broadband has been down for three days, you useless lot!"),
        ("agent", "I understand this is frustrating. Let me check your line."),
        ("customer", "I want a full refund for the whole year or I'll sue."),
    ],
    "parcel_late": [
        ("customer", "My parcel still hasn't come."),
        ("agent", "I'm sorry about that. Could you give me the order number?"),
        ("customer", "It's 48213, and it was meant to be here on Monday."),
        ("agent", "Thanks, I can see it left the depot last week."),
        ("customer", "This is ridiculous, I've already told you it never arrived."),
    ],
}
# A line is judged in a conversation about its own topic: a router fix in a chat about a
# parcel is off the topic, and earns nothing whatever its words.
TOPICS = {"parcel": ("calm", "hostile", "parcel_late"),
          "router": ("late", "router_hostile")}
_ROUTER_WORDS = ("Settings", "outage", "router", "exchange", "line")


def topic_of(line: str) -> str:
    return "router" if any(w in line for w in _ROUTER_WORDS) else "parcel"
FOLLOW_UP = [("customer", "OK."), ("agent", "Thanks for your patience today.")]
FACTS = ScenarioFacts(customer_name="Dana", forbidden=("full refund",))


def card(setting: str, agent_line: str, facts: ScenarioFacts | None = FACTS) -> Scorecard:
    turns = [*SETTINGS[setting], ("agent", agent_line), *FOLLOW_UP]
    return score(Transcript(None, tuple(Turn(s, t) for s, t in turns)), facts)


def value(c: Scorecard, dimension: str) -> float:
    got = c.dimension(dimension).score
    assert got is not None, f"{dimension} unexpectedly not applicable"
    return got


# (dimension, better line, worse line): the worse line differs in one behaviour.
LOWER = [
    ("calmness", "I can sort this out for you today.", "I CAN SORT THIS OUT FOR YOU TODAY."),
    ("calmness", "I can sort this out for you today.", "I can sort this out for you today!!!"),
    ("calmness", "That is a pain, I can sort it today.",
     "That is a damn pain, I can sort it today."),
    ("calmness", "The parcel went to an old address; I can sort it today.",
     "You entered an old address; I can sort it today."),
    ("calmness", "I can sort this out for you today.",
     "Calm down, I can sort this out for you today."),
    ("calmness", "I can sort this out for you today.",
     "It's not my problem, but I can sort this out for you today."),
    ("calmness", "I can sort this out for you today.",
     "As I already said, I can sort this out for you today."),
    ("calmness", "I'm sorry about the trouble. I can sort it today.",
     "I'm sorry you feel that way. I can sort it today."),
    ("calmness", "I can sort this out for you today.",
     "Oh great, thanks for nothing. I can sort this out for you today."),
    ("calmness", "I can sort this out for you today.",
     "You're an idiot, but I can sort this out for you today."),
    ("calmness", "I can sort this out for you today.",
     "Impressive. I can sort this out for you today."),
    ("calmness", "I can sort this out for you today.",
     "I can sort this out for you today, though your attitude is not helping."),
    ("resolution", "I'll send a replacement by Friday.", "I'll send a replacement."),
    ("resolution", "Please go to Settings and tap Reset network.",
     "Settings has a Reset network option."),
    ("resolution", "The outage is caused by a fault at the exchange. I'll call you by Friday.",
     "I'll call you by Friday."),
    ("resolution", "Let's focus on getting the router working. I'll call you by Friday.",
     "I'll call you by Friday."),
    ("resolution", "I'll send a replacement by Friday. Does that work for you?",
     "I'll send a replacement by Friday."),
    ("resolution", "I'll send a replacement by Friday and call you on Monday to check.",
     "I'll send a replacement by Friday."),
    ("resolution", "The parcel went to an old address. I'll send a replacement by Friday.",
     "You entered an old address. I'll send a replacement by Friday."),
    ("resolution", "I'll send a replacement by Friday.",
     "I'll send a replacement by Friday and I guarantee this will never happen again."),
]


@pytest.mark.parametrize("which", range(3))
@pytest.mark.parametrize(("dimension", "better", "worse"), LOWER)
def test_the_worse_behaviour_lowers_the_score(
    which: int, dimension: str, better: str, worse: str
) -> None:
    settings = TOPICS[topic_of(better)]
    setting = settings[which % len(settings)]
    assert value(card(setting, worse), dimension) < value(card(setting, better), dimension)


@pytest.mark.parametrize("setting", ["hostile"])
@pytest.mark.parametrize(
    ("better", "worse"),
    [
        ("I can't offer a full refund because it was used, but I can send a replacement.",
         "Fine, I'll give you a full refund."),
        ("I can't offer a full refund because it was used, but I can send a replacement.",
         "No."),
        ("I can't offer a full refund because it was used, but I can send a replacement.",
         "Calm down. I can't offer a full refund because it was used."),
        ("I can't offer a full refund because it was used, but I can send a replacement.",
         "Shut up. I can't offer a full refund because it was used, but I can send a "
         "replacement."),
        ("I won't accept being called an idiot. I can't offer a full refund because it was "
         "used, but I can send a replacement.",
         "I can't offer a full refund because it was used, but I can send a replacement."),
    ],
)
def test_boundary_setting_pairs(setting: str, better: str, worse: str) -> None:
    assert value(card(setting, worse), "boundary_setting") < value(
        card(setting, better), "boundary_setting"
    )


@pytest.mark.parametrize("plain", ["Let me look into it.", "OK.", "I'll check the order."])
def test_a_limit_with_an_alternative_after_abuse_raises_boundary_setting(plain: str) -> None:
    limit = "I can't do a full refund because of our policy, but I can send a replacement."
    assert value(card("hostile", limit), "boundary_setting") > value(
        card("hostile", plain), "boundary_setting"
    )


def test_caving_fails_the_session() -> None:
    c = card("hostile", "Fine, I'll give you a full refund.")
    assert not c.passed and "policy forbids" in c.rule


def test_boundary_is_not_applicable_without_a_trigger() -> None:
    c = card("calm", "I'll send a replacement by Friday.")
    assert c.boundary_setting.score is None
    assert c.boundary_setting.note.startswith("not applicable")


def test_warning_once_beats_warning_every_turn() -> None:
    warn = "Please don't swear at me. I can send a replacement."
    turns = [
        ("customer", "You useless idiot, where is my parcel?"),
        ("agent", warn),
        ("customer", "You're a bloody idiot."),
        ("agent", "I can send a replacement by Friday."),
    ]
    nagging = [*turns[:3], ("agent", warn)]
    once = score(Transcript(None, tuple(Turn(s, t) for s, t in turns)))
    twice = score(Transcript(None, tuple(Turn(s, t) for s, t in nagging)))
    assert value(twice, "boundary_setting") < value(once, "boundary_setting")


def test_escalating_when_forbidden_costs_boundary_points() -> None:
    turns = (Turn("customer", "Get me your manager now, you idiot."),
             Turn("agent", "I'll transfer you to my supervisor."))
    allowed = score(Transcript(None, turns), ScenarioFacts(escalation_allowed=True))
    forbidden = score(Transcript(None, turns), ScenarioFacts(escalation_allowed=False))
    assert value(forbidden, "boundary_setting") < value(allowed, "boundary_setting")


def test_every_evidence_quote_is_in_its_turn() -> None:
    c = card("hostile", "Calm down!!! You should have read the terms. I'll send a replacement.")
    for name in ("calmness", "boundary_setting", "resolution"):
        for e in c.dimension(name).evidence:
            assert e.quote in c.turns[e.turn - 1].text


def test_scenario_outcome_moves_resolution() -> None:
    base = dict(customer_name="Dana", goal=("offer_solution", "set_expectation"))
    resolved = card("calm", "I'll send a replacement by Friday.",
                    ScenarioFacts(**base, outcome="resolved", final_mood=0.9))
    walked = card("calm", "I'll send a replacement by Friday.",
                  ScenarioFacts(**base, outcome="walked_out", final_mood=0.1))
    assert value(walked, "resolution") < value(resolved, "resolution")


def test_missing_a_goal_step_lowers_resolution() -> None:
    facts = ScenarioFacts(goal=("offer_solution", "escalate"))
    met = card("calm", "I'll send a replacement and escalate this to my manager.", facts)
    missed = card("calm", "I'll send a replacement.", facts)
    assert value(missed, "resolution") < value(met, "resolution")
    assert any(e.check == "goal_missed_escalate" for e in missed.resolution.evidence)


def test_no_agent_turns_scores_nothing() -> None:
    c = score(Transcript(None, (Turn("customer", "Hello?"),)))
    assert (c.calmness.score, c.resolution.score, c.overall, c.passed) == (None, None, None,
                                                                           False)


def test_a_good_session_passes_with_its_rule() -> None:
    turns = (
        Turn("customer", "My parcel is two weeks late and nobody has called me back."),
        Turn("agent", "I'm sorry, Dana, that must be frustrating. Could you give me the "
                      "order number?"),
        Turn("customer", "48213."),
        Turn("agent", "Thanks. I'll send a replacement today; it should arrive within 3 "
                      "working days, and I'll call you on Friday to check. Does that work "
                      "for you?"),
        Turn("customer", "Yes, that works. Thank you."),
        Turn("agent", "You're welcome. Have a great day!"),
    )
    c = score(Transcript(None, turns), FACTS)
    assert c.passed, c.rule
    assert c.rule.startswith("pass")
    assert c.boundary_setting.score is None
