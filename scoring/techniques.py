"""What each rubric check means to a trainee, and the technique from the craft that applies.

The techniques paraphrase the seed articles on handling difficult customers: listen,
acknowledge, empathise, apologise without blame, stay calm, set clear boundaries, don't
reward abuse, offer solutions, set realistic expectations, escalate transparently, follow up.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Final

TECHNIQUES: Final = MappingProxyType(
    {
        "acknowledge": "Acknowledge before you fix: name the problem and how it feels for the "
        "customer before you offer the fix.",
        "listen": "Listen and reflect: repeat back what the customer said so they know you "
        "heard it.",
        "clarify": "Understand the root of the problem: ask open, clarifying questions before "
        "you answer.",
        "empathise": "Empathise: put yourself in their shoes (\"I understand how frustrating "
        "this must be\").",
        "apologise": "Apologise without blame: say sorry for their experience, never \"sorry "
        "you feel that way\".",
        "calm": "Stay calm: keep your tone level even when the customer's is not; no "
        "capitals, no exclamation runs, no swearing.",
        "positive": "Use positive language: frame what you can do, soften requests, and avoid "
        "challenges like \"Why did you…?\".",
        "no_blame": "Don't play the blame game: take responsibility for the problem and move to "
        "the fix.",
        "no_defend": "Don't get defensive or dismissive: \"calm down\" and \"as I said\" inflame; "
        "acknowledge the feeling instead.",
        "boundary": "Set a clear boundary: say what you cannot do and why, politely, then "
        "stick to it.",
        "name_behaviour": "Name the behaviour once: \"I want to help, and I need us to keep "
        "this respectful.\" Then move on.",
        "no_reward": "Don't reward abuse: never give what the policy forbids because the "
        "customer is angry.",
        "solution": "Offer solutions: propose a practical fix or an alternative that meets "
        "their need.",
        "expectations": "Set realistic expectations: say what happens next and when, and "
        "promise only what you can keep.",
        "transparent": "Be transparent: say clearly what caused the problem, where it stands "
        "and what is being done.",
        "escalate": "Escalate transparently: say who will take it over, why, and when they "
        "will hear.",
        "follow_up": "Follow up: promise to check back, and keep the promise.",
        "check": "Check agreement: ask whether the solution works for the customer.",
        "personal": "Personalise: use the customer's name.",
        "thank": "Thank the customer for their patience and their business.",
        "close": "Close well: recap, check nothing else is needed, and end warmly.",
    }
)

# check -> (what the trainee did, technique). "_after_hostility" variants share a row.
CHECKS: Final = MappingProxyType(
    {
        # calmness
        "shout": ("raised your voice in capitals", "calm"),
        "exclaim": ("used a run of exclamation marks", "calm"),
        "swear": ("swore", "calm"),
        "insult": ("insulted the customer", "calm"),
        "retaliate": ("hit back at the customer", "calm"),
        "sarcasm": ("were sarcastic", "calm"),
        "dismiss": ("dismissed the customer", "no_defend"),
        "blame": ("blamed the customer", "no_blame"),
        "defend": ("defended yourself instead of the customer's problem", "no_defend"),
        "non_apology": ("gave a non-apology", "apologise"),
        "why_challenge": ("challenged the customer with a why-question", "positive"),
        "you_start": ("opened with an accusing \"you\"", "positive"),
        "factual_push": ("pushed back with \"actually\"/\"obviously\"", "positive"),
        "bare_command": ("gave a bare command", "positive"),
        "calm_under_fire": ("kept your tone right after the customer's hostility", "calm"),
        "acknowledge": ("acknowledged the customer", "acknowledge"),
        "empathise": ("showed empathy", "empathise"),
        "reflect": ("reflected back what the customer said", "listen"),
        "apologise": ("apologised", "apologise"),
        "thank": ("thanked the customer", "thank"),
        "use_name": ("used the customer's name", "personal"),
        "please": ("asked politely", "positive"),
        "indirect_request": ("made a soft, indirect request", "positive"),
        "hedge": ("softened your words", "positive"),
        "greeting": ("greeted the customer", "positive"),
        "deference": ("recognised the customer's point", "positive"),
        "softener": ("softened the request", "positive"),
        "modal_request": ("asked rather than told", "positive"),
        "inclusive": ("made it a shared problem", "positive"),
        "warm_words": ("used warm words", "positive"),
        "harsh_words": ("used harsh words", "positive"),
        "direct_question": ("fired a blunt question", "positive"),
        "direct_start": ("opened abruptly (\"So…\", \"But…\")", "positive"),
        "mockery": ("mocked the customer", "calm"),
        "personal_jab": ("aimed your words at the person, not the issue", "positive"),
        "names_behaviour": ("named the behaviour calmly", "name_behaviour"),
        "redirect": ("steered back to the issue", "solution"),
        # boundary-setting
        "no_retaliation": ("answered the pressure without hitting back", "calm"),
        "retaliation": ("hit back when pressured", "calm"),
        "state_limit": ("stated a clear limit with its reason", "boundary"),
        "conduct_limit": ("set a clear limit on how you will be spoken to", "name_behaviour"),
        "offer_alternative": ("offered an alternative", "solution"),
        "warn_conduct": ("named the behaviour once", "name_behaviour"),
        "repeat_warning": ("warned about conduct again", "name_behaviour"),
        "escalate": ("escalated transparently", "escalate"),
        "escalate_forbidden": ("passed the customer on when the scenario forbids it", "boundary"),
        "refuse_with_reason": ("refused with a reason or an alternative", "boundary"),
        "bare_no": ("refused with no reason and no alternative", "boundary"),
        "cave_in": ("gave in to a demand the policy forbids", "no_reward"),
        "overpromise": ("promised what the policy does not allow", "expectations"),
        "no_limit_or_alternative": ("met pressure with no limit and no alternative", "boundary"),
        "no_answer_to_pressure": ("left the pressure unanswered", "boundary"),
        # resolution
        "acknowledge_first": ("acknowledged the problem before fixing it", "acknowledge"),
        "acknowledge_after_fix": ("acknowledged only after fixing", "acknowledge"),
        "fixed_before_acknowledging": ("jumped to the fix without acknowledging", "acknowledge"),
        "clarify": ("asked a clarifying question", "clarify"),
        "offer_solution": ("offered a concrete solution", "solution"),
        "instruct": ("gave the customer a concrete step to take", "solution"),
        "inform": ("explained the situation clearly", "transparent"),
        "set_expectation": ("set a timeline", "expectations"),
        "check_agreement": ("checked the solution works for the customer", "check"),
        "promise_follow_up": ("promised to follow up", "follow_up"),
        "close": ("closed the conversation well", "close"),
        "own": ("took ownership", "no_blame"),
        "no_timeline": ("offered a fix without saying when", "expectations"),
        "no_check": ("did not check the fix works for the customer", "check"),
        "no_solution": ("ended without a concrete solution", "solution"),
        "vague_offer": ("offered help without saying what you will do", "solution"),
        "vague_timeline": ("gave a time that names no time (\"soon\")", "expectations"),
        "off_topic": ("talked about something other than the customer's problem", "solution"),
        "echoes_customer": ("copied the customer's words back instead of answering",
                            "listen"),
        "repeats_itself": ("said the same thing again", "solution"),
        "wears_thin": ("made the same move so often it wore thin", "solution"),
        "sorry_without_action": ("kept apologising without doing anything", "apologise"),
        "ignored_question": ("left the customer's question unanswered", "listen"),
        "outside_policy": ("fixed it in a way the policy forbids", "no_reward"),
        "customer_confirms": ("got the customer to confirm it is solved", "check"),
        "unresolved_end": ("left the customer still complaining", "solution"),
        "allowed_offer": ("offered what the policy allows", "solution"),
        "goal": ("met the scenario's goal", "solution"),
        "goal_missed": ("missed a step the scenario's goal requires", "solution"),
        "outcome_resolved": ("resolved the case", "solution"),
        "outcome_escalated": ("ended with an escalation", "escalate"),
        "outcome_walked_out": ("lost the customer: they walked out", "solution"),
        "final_mood": ("left the customer in this mood", "solution"),
    }
)


def describe(check: str) -> tuple[str, str]:
    """(what the trainee did, technique text) for a check key."""
    base = check.removesuffix("_after_hostility")
    if base.startswith("goal_missed_"):
        base = "goal_missed"
    elif base.startswith("goal_"):
        base = "goal"
    what, technique = CHECKS.get(base, (base.replace("_", " "), "calm"))
    if base != check:
        what += " under fire"
    return what, TECHNIQUES[technique]
