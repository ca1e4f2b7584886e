"""The move recogniser: labels, spans, negation and context."""

from __future__ import annotations

import pytest

from scoring.moves import AGENT_MOVES, CUSTOMER_MOVES, Context, Move, recognise

AGENT = Context("agent")
CUSTOMER = Context("customer")


def labels(text: str, context: Context = AGENT) -> set[str]:
    return {m.label for m in recognise(text, context)}


def test_label_sets_are_the_contract() -> None:
    assert frozenset({
        "acknowledge", "reflect", "empathise", "apologise", "non_apology", "clarify",
        "use_name", "own", "state_limit", "warn_conduct", "refuse", "offer_alternative",
        "offer_solution", "set_expectation", "escalate", "promise_follow_up",
        "check_agreement", "thank", "close", "instruct", "off_topic", "shout", "exclaim",
        "swear", "insult", "blame", "defend", "dismiss", "sarcasm", "retaliate", "cave_in",
        "overpromise",
    }) == AGENT_MOVES
    assert {"abuse", "threat", "unreasonable_demand", "demand_manager", "thanks", "satisfied",
            "repeat_complaint"} <= CUSTOMER_MOVES


AGENT_EXAMPLES = [
    ("I understand, and you're right to raise it.", "acknowledge"),
    ("So what you're saying is the parcel never arrived?", "reflect"),
    ("That must be really frustrating.", "empathise"),
    ("I'm so sorry for the delay.", "apologise"),
    ("I'm sorry you feel that way.", "non_apology"),
    ("Could you tell me your order number?", "clarify"),
    ("Leave it with me, I'll take care of this personally.", "own"),
    ("I can't change the booking because the fare is non-refundable.", "state_limit"),
    ("I won't accept being sworn at. If you continue to swear I'll end this chat.",
     "warn_conduct"),
    ("I'm not able to issue a refund for that.", "refuse"),
    ("What I can do instead is offer you a voucher.", "offer_alternative"),
    ("I'll send you a replacement.", "offer_solution"),
    ("It should arrive within 3 working days.", "set_expectation"),
    ("I'm going to escalate this to my supervisor.", "escalate"),
    ("I'll call you back tomorrow to confirm.", "promise_follow_up"),
    ("Does that work for you?", "check_agreement"),
    ("Thank you for waiting.", "thank"),
    ("Have a great day!", "close"),
    ("I AM DOING EVERYTHING I CAN", "shout"),
    ("Please wait!!!", "exclaim"),
    ("This damn system is slow.", "swear"),
    ("You're an idiot.", "insult"),
    ("You should have read the terms.", "blame"),
    ("It's not my fault, I'm just doing my job.", "defend"),
    ("Calm down.", "dismiss"),
    ("As I already said, the answer is no.", "dismiss"),
    ("That's not my problem.", "dismiss"),
    ("Oh great, thanks for nothing.", "sarcasm"),
    ("I guarantee this will never happen again.", "overpromise"),
    ("Fine, you win, I'll make an exception just this once.", "cave_in"),
]


@pytest.mark.parametrize(("text", "label"), AGENT_EXAMPLES)
def test_each_agent_move_is_recognised(text: str, label: str) -> None:
    assert label in labels(text)


CUSTOMER_EXAMPLES = [
    ("You are a useless idiot.", "abuse"),
    ("Shut up and listen.", "abuse"),
    ("I'm going to sue you and post this all over social media.", "threat"),
    ("I want a full refund right now.", "unreasonable_demand"),
    ("Let me speak to your manager.", "demand_manager"),
    ("Thanks a lot.", "thanks"),
    ("That works, problem solved.", "satisfied"),
    ("I've already told you this three times!", "repeat_complaint"),
]


@pytest.mark.parametrize(("text", "label"), CUSTOMER_EXAMPLES)
def test_each_customer_move_is_recognised(text: str, label: str) -> None:
    assert label in labels(text, CUSTOMER)


@pytest.mark.parametrize("text", [t for t, _ in AGENT_EXAMPLES + CUSTOMER_EXAMPLES])
def test_spans_quote_the_text(text: str) -> None:
    for speaker in ("agent", "customer"):
        for m in recognise(text, Context(speaker)):
            assert isinstance(m, Move)
            assert m.quote == text[m.start : m.end]
            assert m.quote.strip() == m.quote and m.quote
            assert 0.0 < m.strength <= 1.0


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("I'm not sorry about that.", "apologise"),
        ("It's not your fault at all.", "blame"),
        ("That doesn't sound frustrating.", "empathise"),
        ("No thanks needed.", "thank"),
    ],
)
def test_negation_removes_the_move(text: str, label: str) -> None:
    assert label not in labels(text)


def test_non_apology_is_not_an_apology() -> None:
    found = labels("I'm sorry you feel that way.")
    assert "non_apology" in found and "apologise" not in found


def test_acronyms_are_not_shouting() -> None:
    assert "shout" not in labels("Please send the PIN and IMEI by SMS, OK?")
    assert "shout" in labels("YOU NEED TO LISTEN TO ME")


def test_one_exclamation_is_not_a_run() -> None:
    assert "exclaim" not in labels("Thanks!")


def test_customer_name_is_found() -> None:
    moves = recognise("Thanks, Dana.", Context("agent", customer_name="Dana Smith"))
    assert [m.quote for m in moves if m.label == "use_name"] == ["Dana"]


def test_forbidden_offer_after_a_demand_is_a_cave_in() -> None:
    demand = recognise("I want a full refund now.", CUSTOMER)
    context = Context("agent", forbidden=("full refund",), previous=(demand,))
    assert "cave_in" in labels("Okay, I'll give you a full refund.", context)
    assert "cave_in" not in labels("I can't offer a full refund, sorry.", context)


def test_forbidden_offer_unprompted_is_an_overpromise() -> None:
    context = Context("agent", forbidden=("free upgrade",))
    assert "overpromise" in labels("I'll give you a free upgrade.", context)


def test_insult_after_abuse_is_retaliation() -> None:
    abuse = recognise("You're an idiot.", CUSTOMER)
    assert "retaliate" in labels("No, you're the idiot.", Context("agent", previous=(abuse,)))


def test_customer_thanks_for_nothing_is_not_thanks() -> None:
    assert "thanks" not in labels("Thanks for nothing.", CUSTOMER)


def test_empty_text_has_no_moves() -> None:
    assert recognise("", AGENT) == ()
    assert recognise("", CUSTOMER) == ()
