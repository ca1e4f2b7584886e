"""Resolution: acknowledge, fix within policy, set a timeline, check, follow up, close.

Only substance earns: a concrete step (not the word "refund"), a time that names a time
(not "soon"), on the customer's problem. A move counts once and then wears thin; a line
that is off the topic, repeats an earlier one or copies the customer earns nothing.
"""

from __future__ import annotations

from scoring import weights as W
from scoring.analysis import ScoredTurn
from scoring.evidence import Dimension, Evidence, agent_turns, clip, ev, with_effect
from scoring.facts import ScenarioFacts
from scoring.moves import HOSTILE_CUSTOMER_MOVES, Move
from scoring.substance import Timeline
from scoring.understanding import Offer

_FIX = ("offer_solution", "offer_alternative", "escalate")
_ACK = ("acknowledge", "empathise", "reflect")
_OFFERS = ("offer_solution", "offer_alternative")
_WEARS = ("acknowledge", "empathise", "apologise", "reflect", "thank", "own")
# A step given with contempt ("Ugh. Just scroll down. It's obvious.") earns nothing.
_CONTEMPT = ("dismiss", "sarcasm", "insult", "retaliate", "swear")


def resolution(turns: tuple[ScoredTurn, ...], facts: ScenarioFacts | None) -> Dimension:
    """Acknowledge, fix within policy, set a timeline, check, follow up, close."""
    agent = [t for _, t in agent_turns(turns)]
    if not agent:
        return Dimension(None, note="not applicable: the agent said nothing")
    gain, loss = W.RESOLUTION_GAIN, W.RESOLUTION_LOSS
    out: list[Evidence] = _waste(turns, agent)
    earning = [t for t in agent if _earns(t)]

    strongest: dict[str, tuple[ScoredTurn, Move]] = {}  # per label, its first strongest move
    for t in earning:
        for m in t.moves:
            held = strongest.get(m.label)
            if held is None or m.strength > held[1].strength:
                strongest[m.label] = (t, m)
    best = strongest.get

    fix_turn = next((t for t in earning if t.has(*_FIX)), None)
    ack_turn = next((t for t in earning if t.has(*_ACK)), None)
    if ack_turn is not None:
        ack = ack_turn.get(*_ACK)
        fix = fix_turn.get(*_FIX) if fix_turn else None
        early = fix_turn is None or ack_turn.index < fix_turn.index or (
            ack_turn.index == fix_turn.index and ack is not None and fix is not None
            and ack.start < fix.start
        )
        if ack is not None:
            share = (1.0 if early else 0.5) if fix_turn is not None else 1 / 3
            check = "acknowledge_first" if early else "acknowledge_after_fix"
            out.append(ev(ack_turn, ack.quote, check, gain["acknowledge_first"] * share))
    elif fix_turn is not None:
        fix = fix_turn.get(*_FIX)
        out.append(ev(fix_turn, fix.quote if fix else "", "fixed_before_acknowledging", 0.0))
    concrete = _concrete_offer(earning)
    for label in ("clarify", "check_agreement", "promise_follow_up", "close", "own"):
        found = best(label)
        if found:
            out.append(ev(found[0], found[1].quote, label, gain[label] * found[1].strength))
    for label in _OFFERS:
        found = best(label)
        if found is None:
            continue
        if concrete is not None and concrete[0].has(label):
            t, offer = concrete
            out.append(ev(t, offer.quote, label, gain[label] * found[1].strength))
        else:
            out.append(ev(found[0], found[1].quote, "vague_offer",
                          gain[label] * W.VAGUE_SHARE * found[1].strength))
    when = _timeline(earning)
    if when is not None:
        t, tl = when
        share = 1.0 if tl.specific else W.VAGUE_SHARE
        out.append(ev(t, tl.quote, "set_expectation" if tl.specific else "vague_timeline",
                      gain["set_expectation"] * share))
    for check in ("instruct", "inform", "redirect"):
        step = next((s for t in earning for s in t.steps if s.check == check), None)
        if step is not None:
            turn = next(t for t in earning if step in t.steps)
            out.append(ev(turn, step.quote, check, step.points))
    escalation = best("escalate")
    if escalation and (facts is None or facts.escalation_allowed):
        out.append(ev(escalation[0], escalation[1].quote, "escalate", gain["escalate"]))
    solution = best("offer_solution") or best("offer_alternative")
    if solution and (when is None or not when[1].specific):
        out.append(ev(solution[0], solution[1].quote, "no_timeline", 0.0))
    if solution and not best("check_agreement"):
        out.append(ev(solution[0], solution[1].quote, "no_check", 0.0))
    if not handled(turns):
        out.append(ev(agent[-1], agent[-1].text, "no_solution", 0.0))
    apologies = [t for t in agent if t.has("apologise")]
    if len(apologies) >= 2 and not handled(turns):
        m = apologies[-1].get("apologise")
        out.append(ev(apologies[-1], m.quote if m else "", "sorry_without_action",
                      -loss["sorry_without_action"]))
    for label in ("cave_in", "overpromise"):
        found = next(((t, m) for t in agent for m in t.moves if m.label == label), None)
        if found:
            out.append(ev(found[0], found[1].quote, "outside_policy", -loss["outside_policy"]))
    blame = next(((t, m) for t in agent for m in t.moves if m.label == "blame"), None)
    if blame:
        out.append(ev(blame[0], blame[1].quote, "blame", -loss["blame"] * blame[1].strength))
    if facts is not None:
        out += _against_goal(agent, facts)
    ends = _outcome(turns, agent, facts)
    share = W.RESOLUTION_OUTCOME_SHARE
    steps = min(100.0, max(0.0, sum(e.effect for e in out)))
    outcome = min(100.0, max(0.0, W.OUTCOME_START + sum(e.effect for e in ends)))
    evidence = [with_effect(e, round(e.effect * (1 - share), 1)) for e in out]
    evidence += [with_effect(e, round(e.effect * share, 1)) for e in ends]
    return Dimension(clip((1 - share) * steps + share * outcome), tuple(evidence))


def handled(turns: tuple[ScoredTurn, ...]) -> ScoredTurn | None:
    """The first agent turn that took a concrete step on the customer's problem: a concrete
    offer, an escalation, an instruction, or clear information; None if none did."""
    for t in turns:
        if t.speaker != "agent" or not _earns(t):
            continue
        if (t.substance.concrete_offer is not None or t.has("escalate")
                or any(s.check in ("instruct", "inform") for s in t.steps)):
            return t
    return None


def _earns(t: ScoredTurn) -> bool:
    return t.earns and not t.has(*_CONTEMPT)


def _concrete_offer(earning: list[ScoredTurn]) -> tuple[ScoredTurn, Offer] | None:
    for t in earning:
        offer = t.substance.concrete_offer
        if offer is not None:
            return t, offer
    return None


def _timeline(earning: list[ScoredTurn]) -> tuple[ScoredTurn, Timeline] | None:
    """The first specific time the agent gave, else the first vague one."""
    vague = None
    for t in earning:
        tl = t.substance.timeline
        if tl is not None and t.has("set_expectation", "promise_follow_up", *_FIX):
            if tl.specific:
                return t, tl
            vague = vague or (t, tl)
    return vague


def _waste(turns: tuple[ScoredTurn, ...], agent: list[ScoredTurn]) -> list[Evidence]:
    """Lines that earn nothing and cost a little: off the topic, repeated, copied back;
    and the same move made so often that it wears thin."""
    loss = W.RESOLUTION_LOSS
    out: list[Evidence] = []
    for t in agent:
        a = t.analysis
        if a.off_topic:
            out.append(ev(t, t.text, "off_topic", -loss["off_topic"]))
        elif a.echoes is not None:
            out.append(ev(t, t.text, "echoes_customer", -loss["echoes_customer"]))
        elif a.repeats is not None:
            out.append(ev(t, t.text, "repeats_itself", -loss["repeats_itself"]))
    for t in agent:
        if t.analysis.answers is False and not t.analysis.off_topic:
            out.append(ev(t, t.text, "ignored_question", -loss["ignored_question"]))
    for label in _WEARS:
        made = [(t, m) for t in agent for m in t.moves if m.label == label]
        for t, m in made[W.WEARS_THIN_AFTER:]:
            out.append(ev(t, m.quote, "wears_thin", -loss["wears_thin"]))
    return out


def _outcome(
    turns: tuple[ScoredTurn, ...], agent: list[ScoredTurn], facts: ScenarioFacts | None
) -> list[Evidence]:
    """How it ended: the session's outcome when known, else the customer's final state."""
    points = W.OUTCOME_POINTS
    out: list[Evidence] = []
    if facts is not None and facts.outcome is not None:
        check = "outcome_" + facts.outcome
        out.append(ev(agent[-1], agent[-1].text, check, points[check]))
    else:
        out += _customer_end(turns)
    if facts is not None and facts.final_mood is not None:
        effect = (facts.final_mood - 0.5) * 2 * points["final_mood"]
        out.append(ev(agent[-1], agent[-1].text, "final_mood", effect))
    return out


def _customer_end(turns: tuple[ScoredTurn, ...]) -> list[Evidence]:
    """The customer's final state: confirming it is solved, or still complaining."""
    customer = [t for t in turns if t.speaker == "customer"]
    if not customer:
        return []
    last = customer[-1]
    open_question = ("question",) if last is turns[-1] else ()  # asked and never answered
    unhappy = last.get("repeat_complaint", "complain", *open_question, *HOSTILE_CUSTOMER_MOVES)
    if unhappy is not None and not last.has("satisfied"):
        effect = W.OUTCOME_POINTS["unresolved_end"] * unhappy.strength
        return [ev(last, unhappy.quote, "unresolved_end", effect)]
    for t in reversed(customer[-2:]):
        m = t.get("satisfied")
        if m is not None:
            effect = W.OUTCOME_POINTS["customer_confirms"] * m.strength
            return [ev(t, m.quote, "customer_confirms", effect)]
    return []


def _against_goal(agent: list[ScoredTurn], facts: ScenarioFacts) -> list[Evidence]:
    out = []
    if facts.goal:
        for label in facts.goal:
            t = next((t for t in agent if t.has(label)), None)
            if t is not None:
                m = t.get(label)
                share = W.RESOLUTION_GAIN["goal"] / len(facts.goal)
                out.append(ev(t, m.quote if m else "", "goal_" + label, share))
            else:
                out.append(ev(agent[-1], agent[-1].text, "goal_missed_" + label, 0.0))
    # an offer the policy allows, read by meaning ("a new kettle" for "replacement")
    allowed = next(((t, o) for t in agent for o in t.substance.offers if o.policy == "allowed"),
                   None)
    if allowed is not None:
        out.append(ev(allowed[0], allowed[1].quote, "allowed_offer",
                      W.RESOLUTION_GAIN["allowed_offer"]))
    return out
