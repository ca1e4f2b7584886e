"""Resolution: acknowledge, fix within policy, set a timeline, check, follow up, close."""

from __future__ import annotations

from scoring import weights as W
from scoring.analysis import ScoredTurn
from scoring.evidence import Dimension, Evidence, agent_turns, clip, ev, with_effect
from scoring.facts import ScenarioFacts
from scoring.moves import HOSTILE_CUSTOMER_MOVES, Move

_FIX = ("offer_solution", "offer_alternative", "escalate")
_ACK = ("acknowledge", "empathise", "reflect")


def resolution(turns: tuple[ScoredTurn, ...], facts: ScenarioFacts | None) -> Dimension:
    """Acknowledge, fix within policy, set a timeline, check, follow up, close."""
    agent = [t for _, t in agent_turns(turns)]
    if not agent:
        return Dimension(None, note="not applicable: the agent said nothing")
    gain, loss = W.RESOLUTION_GAIN, W.RESOLUTION_LOSS
    out: list[Evidence] = []

    strongest: dict[str, tuple[ScoredTurn, Move]] = {}  # per label, its first strongest move
    for t in agent:
        for m in t.moves:
            held = strongest.get(m.label)
            if held is None or m.strength > held[1].strength:
                strongest[m.label] = (t, m)
    best = strongest.get

    fix_turn = next((t for t in agent if t.has(*_FIX)), None)
    ack_turn = next((t for t in agent if t.has(*_ACK)), None)
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
    for label in ("clarify", "offer_solution", "offer_alternative", "set_expectation",
                  "check_agreement", "promise_follow_up", "close", "own"):
        found = best(label)
        if found:
            out.append(ev(found[0], found[1].quote, label, gain[label] * found[1].strength))
    for check in ("instruct", "inform", "redirect"):
        step = next((s for t in agent for s in t.steps if s.check == check), None)
        if step is not None:
            turn = next(t for t in agent if step in t.steps)
            out.append(ev(turn, step.quote, check, step.points))
    escalation = best("escalate")
    if escalation and (facts is None or facts.escalation_allowed):
        out.append(ev(escalation[0], escalation[1].quote, "escalate", gain["escalate"]))
    solution = best("offer_solution") or best("offer_alternative")
    if solution and not best("set_expectation"):
        out.append(ev(solution[0], solution[1].quote, "no_timeline", 0.0))
    if solution and not best("check_agreement"):
        out.append(ev(solution[0], solution[1].quote, "no_check", 0.0))
    if fix_turn is None and not any(s.check == "instruct" for t in agent for s in t.steps):
        out.append(ev(agent[-1], agent[-1].text, "no_solution", 0.0))
    for label in ("cave_in", "overpromise"):
        found = best(label)
        if found:
            out.append(ev(found[0], found[1].quote, "outside_policy", -loss["outside_policy"]))
    blame = best("blame")
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
    for phrase in facts.allowed:
        t = next((t for t in agent if t.has(*_FIX) and phrase.lower() in t.text.lower()), None)
        if t is not None:
            out.append(ev(t, phrase, "allowed_offer", W.RESOLUTION_GAIN["allowed_offer"]))
            break
    return out
