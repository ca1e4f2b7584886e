"""Every number the rubric uses, in one table a trainer can read and argue with.

Points are per move at strength 1.0 (a move's strength scales them). The weights come from
the craft described in the seed articles, not from fitting outcomes: in real helpdesk data
apologies go with failure because they happen when things go wrong, so fitted weights would
teach trainees the wrong lesson.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Final

# --- Calmness: tone held throughout, especially right after customer hostility -----------
CALMNESS_START: Final = 85.0
CALMNESS_COURTESY_CAP: Final = 15.0  # courtesy can lift calmness at most this much
AFTER_HOSTILITY: Final = 1.5  # harm and courtesy count this much more right after abuse
CALMNESS_HARM: Final = MappingProxyType(
    {
        "retaliate": 40.0,
        "insult": 40.0,
        "swear": 35.0,
        "shout": 25.0,
        "sarcasm": 25.0,
        "dismiss": 25.0,
        "blame": 20.0,
        "defend": 12.0,
        "non_apology": 10.0,
        "exclaim": 8.0,
    }
)
CALMNESS_COURTESY: Final = MappingProxyType(
    {
        "empathise": 5.0,
        "acknowledge": 4.0,
        "reflect": 3.0,
        "apologise": 4.0,
        "thank": 5.0,
        "use_name": 2.0,
    }
)

# --- Boundary-setting: only when the customer is abusive or demands the unreasonable -----
# Points for the agent's answer to each trigger (its turns until the customer's next turn
# and the one after); the score is the mean over triggers, clipped to 0..100.
BOUNDARY_START: Final = 20.0
BOUNDARY_GAIN: Final = MappingProxyType(
    {
        "no_retaliation": 20.0,  # answered without insult, swearing, sarcasm or shouting
        "state_limit": 25.0,  # a clear limit, with the reason for it
        "offer_alternative": 20.0,  # what can be done instead
        "warn_conduct": 15.0,  # named the behaviour once (after abuse only)
        "escalate": 10.0,  # escalated when the customer asked and it is allowed
        "refuse": 5.0,  # a refusal, as long as a reason or alternative goes with it
    }
)
BOUNDARY_LOSS: Final = MappingProxyType(
    {
        "cave_in": 45.0,  # gave in to a demand the policy forbids
        "overpromise": 25.0,
        "bare_no": 15.0,  # a refusal with no reason and no alternative
        "dismiss": 15.0,
        "retaliate": 30.0,
        "repeat_warning": 10.0,  # warned about conduct more than once: nagging, not a limit
        "escalate_forbidden": 10.0,  # passed the customer on when the scenario forbids it
    }
)

# --- Resolution: acknowledge, fix within policy, set the timeline, check, follow up, close
# Resolution has two halves: the steps the agent took (0..100, from the gains and losses
# below) and the outcome (50 when unknown, moved by the customer's final state or, when a
# session knows it, by how it ended and the customer's final mood).
RESOLUTION_OUTCOME_SHARE: Final = 0.5
RESOLUTION_GAIN: Final = MappingProxyType(
    {
        "acknowledge_first": 15.0,  # acknowledged the problem before fixing it
        "clarify": 8.0,  # asked what the problem is
        "offer_solution": 30.0,  # a concrete solution
        "instruct": 15.0,  # a concrete step for the customer: "go to Settings and tap Reset"
        "inform": 10.0,  # clear information: the cause, the status, what is being done
        "redirect": 8.0,  # back to the issue: "let's focus on", "it's important to"
        "offer_alternative": 12.0,  # an alternative when the first choice is not possible
        "escalate": 12.0,  # a transparent hand-over when the agent cannot fix it
        "set_expectation": 12.0,  # a realistic timeline or next step
        "check_agreement": 8.0,  # checked that it works for the customer
        "promise_follow_up": 8.0,
        "close": 4.0,
        "own": 5.0,
        "allowed_offer": 8.0,  # the solution is one the scenario allows
        "goal": 20.0,  # share of the scenario's required moves made
    }
)
RESOLUTION_LOSS: Final = MappingProxyType(
    {
        "outside_policy": 20.0,  # the fix is one the policy forbids (cave-in, overpromise)
        "blame": 8.0,
        "off_topic": 8.0,  # a line about something else: small talk, another conversation
        "echoes_customer": 8.0,  # the customer's own line copied back
        "repeats_itself": 6.0,  # a line said again: it earns nothing the second time
        "wears_thin": 4.0,  # the same move again and again: "I'm sorry" for the fourth time
        "sorry_without_action": 10.0,  # apologies repeated, and nothing done
        "ignored_question": 6.0,  # the customer's question went unanswered
    }
)
VAGUE_SHARE: Final = 0.25  # "I'll sort it out", "soon": a quarter of the concrete step
WEARS_THIN_AFTER: Final = 2  # a move counts; from its third time it costs a little
OUTCOME_START: Final = 50.0
OUTCOME_POINTS: Final = MappingProxyType(
    {
        "customer_confirms": 50.0,  # the customer says it is solved or accepts the fix
        "unresolved_end": -50.0,  # the customer's last words still complain
        "outcome_resolved": 50.0,
        "outcome_escalated": 10.0,
        "outcome_walked_out": -50.0,
        "final_mood": 30.0,  # final mood 0..1 moves the outcome by up to +/- this
    }
)

# --- Overall and pass/fail -----------------------------------------------------------------
OVERALL_WEIGHTS: Final = MappingProxyType(
    {"calmness": 0.3, "boundary_setting": 0.3, "resolution": 0.4}
)
PASS_OVERALL: Final = 60.0
PASS_DIMENSION: Final = 50.0
DISQUALIFYING: Final = MappingProxyType(
    {
        "retaliate": "retaliated against the customer",
        "insult": "insulted the customer",
        "swear": "swore at or in front of the customer",
        "cave_in": "gave in to a demand the policy forbids",
    }
)

# Tone marks that are not moves (politeness strategies, after Brown & Levinson): small
# points that feed calmness through the same per-turn tone figure.
TONE_MARKS: Final = MappingProxyType(
    {
        "please": 2.0,
        "indirect_request": 3.0,  # "could you", "would you mind", "would it be possible"
        "modal_request": 1.5,  # "can you", "will you"
        "inclusive": 1.0,  # "let's", "shall we"
        "hedge": 1.0,  # "I think", "perhaps", "maybe"
        "greeting": 3.0,
        "deference": 4.0,  # "good point", "nice work"
        "softener": 3.0,  # "if you don't mind", "when you get a chance"
        "why_challenge": -4.0,  # "Why did you …?" asked as a challenge
        "you_start": -2.0,  # a sentence that opens with "You …"
        "factual_push": -2.0,  # "actually", "in fact", "obviously"
        "bare_command": -3.0,  # an imperative with no softener: "Stop", "Read the email"
        "warm_words": 2.0,  # "great", "helpful", "glad"
        "harsh_words": -3.0,  # "wrong", "nonsense", "pointless"
        "direct_question": -1.0,  # "What is this?" with no softener
        "direct_start": -1.5,  # a sentence that opens with "So", "And", "But"
        "mockery": -5.0,  # mock praise and taunts: "impressive", "nice try", "keep them coming"
        "personal_jab": -4.0,  # at the person, not the issue: "your attitude", "are you even"
        "names_behaviour": 4.0,  # a calm line on conduct: "this kind of language", "keep it civil"
    }
)
