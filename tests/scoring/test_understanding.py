"""Verdicts that cannot be gamed: whole conversations in our own wording.

None of these lines come from the scenario library or the labelled training set. A
trainee who stuffs stock phrases, chats about the weather, answers in one word, copies the
customer back or pastes lines from another conversation must fail; the same good replies
in British, American, typo-ridden or non-native English must pass with nearly the same
score.
"""

from __future__ import annotations

import numpy as np
import pytest

from scoring.debrief import build_debrief
from scoring.encoder import Encoder
from scoring.facts import ScenarioFacts
from scoring.scorecard import Scorecard, score
from scoring.transcript import Transcript, Turn
from scoring.understanding import Conversation

KETTLE = [
    "Hi. The kettle I ordered from you last week arrived with a cracked lid and it leaks.",
    "I need it for my mum's birthday on Saturday. Can you send a new one in time?",
    "And what do I do with the broken one?",
    "Right. So is it actually coming before Saturday or not?",
    "OK.",
]
FACTS = ScenarioFacts(customer_name="Priya", allowed=("replacement", "refund"),
                      forbidden=("free extra item",),
                      situation="A kettle arrived cracked and leaking; needed for Saturday.")


def conversation(agent_lines: list[str], customer: list[str] = KETTLE,
                 facts: ScenarioFacts | None = FACTS) -> Scorecard:
    turns = []
    for i, line in enumerate(agent_lines):
        turns.append(Turn("customer", customer[min(i, len(customer) - 1)]))
        turns.append(Turn("agent", line))
    return score(Transcript(None, tuple(turns)), facts)


STUFFED = ("I understand how frustrating this is, I'm so sorry... I'll sort it out, you'll "
           "have it by tomorrow and I'll follow up.")
GOOD_UK = [
    "Oh no, I'm sorry about that, Priya - a leaking kettle right before a birthday is the "
    "last thing you need. Could you tell me your order number?",
    "Thanks. I've ordered a replacement kettle on next-day delivery, so it'll be with you "
    "on Thursday, well before Saturday. Your reference is KT-55120.",
    "You don't need to send the broken one back - please just recycle it. I'll email you "
    "the courier's tracking link this afternoon.",
    "Yes, it'll arrive on Thursday between 9 and 1. Is there anything else I can help with?",
]
GOOD_US = [
    "I'm so sorry, Priya, a leaking kettle right before a birthday is the last thing you "
    "need. Could you give me your order number?",
    "Thank you. I've ordered you a replacement kettle with overnight shipping, so it will "
    "arrive Thursday, well before Saturday. Your reference number is KT-55120.",
    "You don't need to mail the broken one back; you can just recycle it. I'll email you "
    "the tracking link this afternoon.",
    "Yes, it will be delivered Thursday between 9am and 1pm. Is there anything else I can "
    "help you with?",
]
GOOD_TYPOS = [
    "oh no im so sorry priya, a leaking kettle just before a birthday is the last thing u "
    "need. could you tell me your order numbr?",
    "thanks. ive orderd a replacment kettle on next day delivery so it'll be with you on "
    "thursday, well before saturday. your referance is KT-55120",
    "you dont need to send the broken one back, just recycle it pls. ill email you the "
    "tracking link this afternoon",
    "yes it'll arrive thursday between 9 and 1. anything else i can help with?",
]
GOOD_NON_NATIVE = [
    "I am very sorry for this, Priya, leaking kettle before birthday is not good for you. "
    "Please can you tell me the order number?",
    "Thank you. I have ordered for you a new kettle with next day delivery, it will come "
    "on Thursday, before the Saturday. The reference is KT-55120.",
    "It is not necessary to send back the broken kettle, you can recycle it. I will send "
    "you email with the tracking link this afternoon.",
    "Yes, it will arrive on Thursday between 9 and 13 o'clock. Can I help you with "
    "something else?",
]
GOOD = {"uk": GOOD_UK, "us": GOOD_US, "typos": GOOD_TYPOS, "non-native": GOOD_NON_NATIVE}


@pytest.mark.parametrize("variety", sorted(GOOD))
def test_a_good_reply_passes_in_any_english(variety: str) -> None:
    card = conversation(GOOD[variety])
    assert card.passed, card.rule


def test_the_same_replies_in_other_englishes_score_within_five_points() -> None:
    overall = {variety: conversation(lines).overall for variety, lines in GOOD.items()}
    assert max(overall.values()) - min(overall.values()) <= 5, overall


def test_the_refund_in_british_and_american_words_scores_the_same() -> None:
    customer = ["I returned the boots two weeks ago and still haven't had my money back.",
                "When will I see it?"]
    uk = ["Sorry about the wait. I've put the refund through, it'll be back on your card "
          "in 3-5 working days."]
    us = ["Sorry about the wait. I processed your refund; it'll show on your credit card "
          "in 3 to 5 business days."]
    a, b = conversation(uk, customer, None), conversation(us, customer, None)
    assert abs(a.resolution.score - b.resolution.score) <= 5
    assert abs(a.overall - b.overall) <= 5


def test_keyword_stuffing_fails() -> None:
    card = conversation([STUFFED] * 5)
    assert not card.passed, card.rule


def test_a_salad_of_resolution_words_that_ignores_the_question_fails() -> None:
    salad = [
        "Refund, replacement, tomorrow, escalate, follow up, sorry, understand.",
        "We value you. Solution: refund and replacement and a manager, sorted today.",
        "Apologies for any inconvenience, a resolution is in progress, follow-up guaranteed.",
        "I hear you, I'm sorry, refund replacement escalation tomorrow morning, thanks.",
    ]
    card = conversation(salad)
    assert not card.passed, card.rule


def test_small_talk_fails() -> None:
    card = conversation(["Did you catch the match last night?"] * 6)
    assert not card.passed, card.rule
    assert "not about the customer's problem" in card.rule


def test_varied_small_talk_fails() -> None:
    chat = ["Did you catch the match last night?", "It's lovely weather here today.",
            "I'm thinking of getting a takeaway for lunch.", "My cat knocked my tea over lol.",
            "Have you been anywhere nice on holiday?", "Anyway, busy day for me."]
    card = conversation(chat)
    assert not card.passed, card.rule


@pytest.mark.parametrize("word", ["ok", "yes", "sure", "hmm", "right"])
def test_one_word_answers_fail(word: str) -> None:
    card = conversation([word] * 5)
    assert not card.passed, card.rule


def test_copying_the_customer_back_fails() -> None:
    card = conversation(KETTLE[:4])
    assert not card.passed, card.rule
    assert all(t.analysis.echoes is not None for t in card.turns if t.speaker == "agent")


def test_lines_from_another_conversation_fail() -> None:
    flights = [
        "I've looked at your booking and moved your flight to Madrid to Tuesday at 07:40.",
        "Your seat is 14C and the new boarding pass is in your app already.",
        "The hotel transfer from the airport is still included in the package.",
        "The change fee has been waived, so there's nothing more to pay for the flight.",
    ]
    card = conversation(flights)
    assert not card.passed, card.rule


def test_an_apology_repeated_with_no_action_is_not_good_service() -> None:
    sorry = ["I'm so sorry about this.", "I really do apologise.", "I'm very sorry again.",
             "Sorry, truly sorry."]
    card = conversation(sorry)
    assert not card.passed
    assert any(e.check == "sorry_without_action" for e in card.resolution.evidence)


def test_ending_before_the_problem_is_handled_cannot_pass() -> None:
    card = conversation(["I'm sorry to hear that, Priya, that sounds really annoying."])
    assert not card.passed
    assert "concrete step" in card.rule


def test_a_vague_offer_earns_less_than_a_concrete_one() -> None:
    customer = KETTLE[:1]
    vague = conversation(["I'm sorry, I'll sort it out for you."], customer)
    concrete = conversation(["I'm sorry, I'll send you a new kettle by courier tomorrow."],
                            customer)
    assert vague.resolution.score < concrete.resolution.score
    assert any(e.check == "vague_offer" for e in vague.resolution.evidence)


def test_a_time_in_other_words_sets_an_expectation() -> None:
    analysis = Conversation().hear("agent", "The engineer arrives between 9 and 12.")
    assert analysis.has("set_expectation")
    assert analysis.substance.timeline is not None
    assert analysis.substance.timeline.quote == "between 9 and 12"


def test_a_tracking_email_within_the_hour_is_no_accusing_you() -> None:
    card = conversation(["You'll get a tracking email within the hour."], KETTLE[:1])
    checks = {e.check for e in card.calmness.evidence}
    assert "you_start" not in checks


def test_sympathy_in_strong_words_is_not_harsh() -> None:
    card = conversation(["That's awful, I'm sorry."], KETTLE[:1])
    assert "harsh_words" not in {e.check for e in card.calmness.evidence}


def test_contempt_is_never_praised_as_a_solution() -> None:
    customer = ["I'm sorry dear, I can't find where to press send on this form.",
                "Where is it?"]
    card = conversation(["Ugh. Just scroll down. It's obvious."], customer, None)
    debrief = build_debrief(card, Transcript(None, tuple(
        Turn(t.speaker, t.text) for t in card.turns)))
    assert all("Ugh" not in m.said for m in debrief.strengths)
    assert card.turns[1].has("dismiss")


def test_the_debrief_never_praises_and_faults_the_same_line() -> None:
    lines = ["I'm sorry. You should have checked the box before ordering.",
             "I'll send a new one.", STUFFED, STUFFED]
    card = conversation(lines)
    transcript = Transcript(None, tuple(Turn(t.speaker, t.text) for t in card.turns))
    debrief = build_debrief(card, transcript)
    assert not {m.turn for m in debrief.strengths} & {m.turn for m in debrief.changes}


def test_repeating_a_line_earns_nothing_the_second_time() -> None:
    line = "I'm sorry, I'll send a new kettle by courier tomorrow."
    repeated = conversation([line, line])
    moved_on = conversation([line, "I'll email you the tracking link this afternoon."])
    assert repeated.resolution.score < moved_on.resolution.score
    assert repeated.turns[3].analysis.repeats == 1


def test_a_forbidden_offer_in_other_words_is_read_by_meaning() -> None:
    facts = ScenarioFacts(forbidden=("free headset",), allowed=("replacement",))
    conversation_ = Conversation(facts)
    conversation_.hear("customer", "Give me something for free or I'm leaving, you idiots.")
    analysis = conversation_.hear("agent", "Sure, I'll throw in a complimentary headset.")
    assert any(o.policy == "forbidden" for o in analysis.substance.offers)
    assert analysis.has("cave_in")


def test_unsure_is_not_a_verdict() -> None:
    analysis = Conversation().hear("agent", "Hmm, well, let me think.")
    assert {m.label for m in analysis.unsure}.isdisjoint({m.label for m in analysis.moves})


def test_the_encoder_cache_forgets_without_losing_what_was_asked() -> None:
    encoder = Encoder(cache_size=3)
    first = encoder.embed(["one line", "another line"])
    again = encoder.embed(["another line", "a third", "a fourth"])  # overflows: cleared
    assert np.allclose(first[1], again[0])
    assert np.allclose(np.linalg.norm(again, axis=1), 1.0)


HOSTILE_LINES = ["", " ", "?", "!!!", "\U0001f600" * 3, "\u0645\u0631\u062d\u0628\u0627",
                 "a" * 4096, ("I'll send you a free headset. " * 140)[:4096]]


@pytest.mark.parametrize("text", HOSTILE_LINES)
def test_any_line_is_analysed_without_error(text: str) -> None:
    facts = ScenarioFacts(forbidden=("free headset",), allowed=("replacement",),
                          situation="A headset stopped working.")
    conversation_ = Conversation(facts)
    conversation_.hear("customer", text)
    analysis = conversation_.hear("agent", text)
    for move in (*analysis.moves, *analysis.unsure):
        assert move.quote == text[move.start:move.end]
