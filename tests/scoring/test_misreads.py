"""Misreads found by playing the scenarios with agent lines nobody here wrote.

Each construction is tested in our own wordings (British and American, short and long),
with the lines that look alike but must not be read the same way. Every move must quote
the words that show it.
"""

from __future__ import annotations

import pytest

from scoring.moves import Context, Move, recognise

AGENT = Context("agent")
ABUSE = recognise("You useless idiot, this is a joke.", Context("customer"))
AFTER_ABUSE = Context("agent", previous=(ABUSE,))
THREAT = recognise("I'm going to post about this all over social media.", Context("customer"))
AFTER_THREAT = Context("agent", previous=(THREAT,))


def moves(text: str, context: Context = AGENT) -> dict[str, Move]:
    found = recognise(text, context)
    for m in found:
        assert m.quote == text[m.start : m.end] and m.quote.strip() == m.quote
    return {m.label: m for m in found}


# -- 1. "I'll get back to you" is a follow-up promise, not a comeback ------------------------

@pytest.mark.parametrize("text", [
    "I'll get back to you.",
    "I'll come back to you on that one.",
    "Let me get back to you within the hour.",
    "Leave it with me and I'll come back to you this afternoon.",
    "We'll get back to you as soon as the warehouse replies.",
    "I'll report back to you once the engineer has been.",
    "I'll circle back to you with an answer by five.",
])
def test_getting_back_to_the_customer_is_a_follow_up(text: str) -> None:
    for context in (AGENT, AFTER_ABUSE):
        found = moves(text, context)
        assert "promise_follow_up" in found
        assert "retaliate" not in found


@pytest.mark.parametrize("text", [
    "I'll send the faulty one back to you once it's repaired.",
    "The money goes back to you in five working days.",
])
def test_things_going_back_to_the_customer_are_no_comeback(text: str) -> None:
    assert "retaliate" not in moves(text, AFTER_ABUSE)


@pytest.mark.parametrize("text", ["Same to you.", "And the same back to you!",
                                  "Right back at you."])
def test_a_comeback_is_still_retaliation(text: str) -> None:
    assert "retaliate" in moves(text, AFTER_ABUSE)


# -- 2. reporting the case to a team is escalation; reporting the customer is a threat ------

@pytest.mark.parametrize(("text", "quote"), [
    ("I'll report this to our claims team.", "I'll report this to our claims team"),
    ("I'm reporting it to my supervisor now.", "I'm reporting it to my supervisor"),
    ("We will report the damage to the courier today.", "We will report the damage to the courier"),
    ("I'm going to report your claim to the underwriters, who decide these.",
     "I'm going to report your claim to the underwriters"),
])
def test_reporting_the_case_to_a_team_escalates(text: str, quote: str) -> None:
    for context in (AGENT, AFTER_ABUSE):
        found = moves(text, context)
        assert found["escalate"].quote == quote
        assert "retaliate" not in found


@pytest.mark.parametrize("text", ["I'll report you.", "I will report you to the police.",
                                  "Keep that up and I'm going to report you."])
def test_reporting_the_customer_is_still_retaliation(text: str) -> None:
    found = moves(text)
    assert "retaliate" in found and "escalate" not in found


# -- 3. "you're entitled to" states a right -------------------------------------------------

@pytest.mark.parametrize("text", [
    "You're entitled to take legal advice.",
    "you're entitled to a refund",
    "You are entitled under the Consumer Rights Act to a repair or a replacement.",
    "As a member you're entitled to two free changes a year.",
])
def test_a_right_is_no_insult(text: str) -> None:
    found = moves(text, AFTER_ABUSE)
    assert "insult" not in found and "retaliate" not in found


@pytest.mark.parametrize("text", ["You're so entitled.", "You are being really entitled."])
def test_calling_the_customer_entitled_is_still_an_insult(text: str) -> None:
    assert "insult" in moves(text)


# -- 4. a sincere "thanks for your time" ---------------------------------------------------

@pytest.mark.parametrize("text", [
    "Great, thanks for your time.",
    "Thanks so much for your patience.",
    "Perfect, thanks for confirming that.",
    "Brilliant, thanks for bearing with me.",
    "Wow, thank you so much for your patience today.",
    "Wow, thanks so much for waiting, I know it's been a while.",
    "Lovely, thanks for sending the photo over.",
    "Great, thanks for that.",
])
def test_courtesy_thanks_is_not_sarcasm(text: str) -> None:
    for context in (AGENT, AFTER_ABUSE):
        found = moves(text, context)
        assert "sarcasm" not in found and "retaliate" not in found
        assert "thank" in found or "acknowledge" in found or "close" in found


@pytest.mark.parametrize("text", ["Oh great, thanks for nothing.",
                                  "Great, thanks for wasting my afternoon.",
                                  "Wow, thanks."])
def test_mock_thanks_is_still_sarcasm(text: str) -> None:
    assert "sarcasm" in moves(text)


# -- 5. daring the customer to carry out a threat is dismissive, not a cave-in --------------

@pytest.mark.parametrize(("text", "quote"), [
    ("Post whatever you want.", "Post whatever you want"),
    ("Honestly, write what you like.", "write what you like"),
    ("Go ahead and post it.", "Go ahead and post"),
    ("Go ahead, sue us.", "Go ahead, sue"),
    ("Be my guest and leave a one-star review.", "Be my guest and leave a one-star review"),
    ("You can tell everyone whatever you please.", "tell everyone whatever you please"),
])
def test_daring_the_customer_is_dismissive(text: str, quote: str) -> None:
    for context in (AGENT, AFTER_THREAT):
        found = moves(text, context)
        assert found["dismiss"].quote == quote
        assert "cave_in" not in found


@pytest.mark.parametrize("text", [
    "Please feel free to leave us a review once it's sorted.",
    "Go ahead and restart the router, then tell me what the light does.",
    "You can post the faulty part back with the prepaid label.",
])
def test_inviting_a_review_or_a_step_is_not_dismissive(text: str) -> None:
    assert "dismiss" not in moves(text, AFTER_THREAT)


def test_giving_in_is_still_a_cave_in() -> None:
    demand = recognise("I want a full refund right now.", Context("customer"))
    found = moves("Fine, whatever you want, I'll do it.", Context("agent", previous=(demand,)))
    assert "cave_in" in found and "dismiss" not in found


# -- 6. refusals without "I can't do" -------------------------------------------------------

@pytest.mark.parametrize(("text", "quote"), [
    ("I'm sorry, that can't be done.", "that can't be done"),
    ("That isn't allowed on a saver fare.", "That isn't allowed"),
    ("That's not permitted, I'm afraid.", "That's not permitted"),
    ("it isn't possible", "it isn't possible"),
    ("Unfortunately the date cannot be moved; it's fixed.", None),
    ("This can't be brought forward.", "This can't be brought forward"),
    ("I can't get them to you by eight.", "I can't get them to you"),
    ("We can't deliver before Friday.", "We can't deliver"),
    ("No, they won't arrive before eight.", None),
    ("Nope, the engineer can't come out today.", "Nope, the engineer can't"),
])
def test_refusals_are_read(text: str, quote: str | None) -> None:
    found = moves(text)
    assert "refuse" in found or "state_limit" in found
    if quote is not None:
        assert found["refuse"].quote == quote


@pytest.mark.parametrize("text", [
    "They won't arrive before eight.",
    "I'm afraid the parcel won't be there by the weekend.",
    "Realistically your new card isn't going to arrive until Monday.",
])
def test_a_time_that_cannot_be_met_is_a_limit(text: str) -> None:
    found = moves(text)
    assert "state_limit" in found or "refuse" in found


@pytest.mark.parametrize("text", [
    "We don't allow name changes.",
    "We don't accept returns on opened software.",
    "We do not allow transfers between accounts.",
])
def test_a_policy_is_not_a_conduct_warning(text: str) -> None:
    found = moves(text)
    assert "warn_conduct" not in found
    assert "refuse" in found or "state_limit" in found


@pytest.mark.parametrize("text", [
    "We don't allow that kind of language here.",
    "I won't accept being sworn at.",
    "We will not accept abuse of our staff.",
])
def test_conduct_warnings_still_read(text: str) -> None:
    assert "warn_conduct" in moves(text)


@pytest.mark.parametrize("text", [
    "That can't be right, let me look again.",
    "It can't be easy juggling all this.",
    "No, that's fine, take your time.",
    "No problem, it won't take long.",
    "Don't worry, it'll arrive before eight.",
    "I can get them to you by eight.",
])
def test_lines_that_refuse_nothing(text: str) -> None:
    found = moves(text)
    assert "refuse" not in found and "state_limit" not in found


def test_a_limit_with_its_reason_first() -> None:
    found = moves("Because it's been over 90 days, we can't take the return.")
    assert found["state_limit"].quote == "Because it's been over 90 days, we can't"
    assert "refuse" not in found


# -- 7. recaps are reflect (the move the recap scenario listens for) -----------------------

@pytest.mark.parametrize(("text", "quote"), [
    ("To sum up: the dongle goes out today and the broadband moves on Thursday.", "To sum up"),
    ("Quick recap before you go.", "Quick recap"),
    ("OK, a brief summary of where we are.", "a brief summary"),
    ("So that's the refund, the new card and a call on Friday.",
     "So that's the refund, the new card and a call on Friday"),
    ("Just so I've got it right, the charge was taken twice?", "Just so I've got it right"),
    ("Let me summarise what we've agreed.", "Let me summarise what"),
    ("Let me quickly go over what happens next.", "Let me quickly go over what"),
    ("The router keeps dropping at night, have I got that right?", "have I got that right"),
])
def test_recaps_are_reflect(text: str, quote: str) -> None:
    found = moves(text)
    assert found["reflect"].quote == quote
    assert "acknowledge" not in found or found["acknowledge"].end <= found["reflect"].start


@pytest.mark.parametrize("text", ["Got it, thanks.", "So that's sorted.",
                                  "That's fine and it's on its way.",
                                  "So that's right, and I'll send it and call you."])
def test_lines_that_recap_nothing(text: str) -> None:
    assert "reflect" not in moves(text)


# -- 8. checking the plan works for the customer -------------------------------------------

@pytest.mark.parametrize("text", [
    "Does that all make sense?",
    "Does that work for you?",
    "Does Tuesday morning work for you?",
    "Would the 3pm slot suit you?",
    "Does everything sound OK?",
    "Is that all clear?",
])
def test_checks_are_check_agreement_not_clarify(text: str) -> None:
    found = moves(text)
    assert "check_agreement" in found and "clarify" not in found


@pytest.mark.parametrize("text", ["Does the light on the router flash?",
                                  "Did the app work before the update?"])
def test_questions_about_the_problem_stay_clarify(text: str) -> None:
    found = moves(text)
    assert "clarify" in found and "check_agreement" not in found


# -- 9. offers in other words ---------------------------------------------------------------

@pytest.mark.parametrize(("text", "quote"), [
    ("I can get them to you by Friday.", "I can get them"),
    ("I can have the certificate printed and posted today.",
     "I can have the certificate printed"),
    ("I'll have a new one couriered out to you.", "I'll have a new one couriered"),
    ("We can move your appointment to Tuesday.", "We can move"),
    ("I'll move your broadband to the new address.", "I'll move"),
    ("I can bring the delivery forward to Wednesday.", "I can bring the delivery forward"),
])
def test_offers_are_read(text: str, quote: str) -> None:
    assert moves(text)["offer_solution"].quote == quote


@pytest.mark.parametrize("text", [
    "Or I can send a paper copy instead.",
    "I can refund it, or we could swap it for the bigger size.",
    "Or, if you'd rather, I can book an engineer.",
])
def test_or_i_can_is_an_alternative(text: str) -> None:
    assert "offer_alternative" in moves(text)


@pytest.mark.parametrize("text", ["We can move on to the billing question now.",
                                  "Or we can't do anything until it's paid."])
def test_lines_that_offer_nothing(text: str) -> None:
    found = moves(text)
    assert "offer_solution" not in found and "offer_alternative" not in found


# -- 10. the record read back (reflect), and what it shows has not happened (acknowledge) --

@pytest.mark.parametrize(("text", "quote"), [
    ("The notes show you rang on the 18th.", "The notes show"),
    ("Our records say the freeze was agreed.", "Our records say"),
    ("I can see on your account that the direct debit failed.",
     "I can see on your account that"),
    ("According to the system, the card was cancelled on Monday.", "According to the system"),
    ("I can see the notes: billed twice in March and the refund never processed.",
     "I can see the notes"),
])
def test_reading_the_record_back_is_reflect(text: str, quote: str) -> None:
    assert moves(text)["reflect"].quote == quote


@pytest.mark.parametrize(("text", "quote"), [
    ("The freeze hasn't gone through.", "The freeze hasn't gone through"),
    ("I'm afraid your address change was never actually processed.",
     "your address change was never actually processed"),
])
def test_what_has_not_happened_is_acknowledged(text: str, quote: str) -> None:
    assert moves(text)["acknowledge"].quote == quote


def test_a_customer_who_has_not_done_something_is_not_acknowledged() -> None:
    assert "acknowledge" not in moves("You haven't sent the form yet.")


# -- 11. how long a hold or a wait will take -----------------------------------------------

@pytest.mark.parametrize(("text", "quote"), [
    ("Can I put you on hold for five minutes?", "hold for five minutes"),
    ("Could you bear with me for two minutes while I ask the team?",
     "bear with me for two minutes"),
    ("I'll be back with you for sure in ten minutes.", "in ten minutes"),
    ("Would you mind waiting for about 10 mins?", "waiting for about 10 mins"),
])
def test_a_hold_with_its_length_sets_an_expectation(text: str, quote: str) -> None:
    assert moves(text)["set_expectation"].quote == quote


@pytest.mark.parametrize("text", ["Can I put you on hold?", "Sorry you were on hold so long."])
def test_a_hold_without_a_length_sets_none(text: str) -> None:
    assert "set_expectation" not in moves(text)
