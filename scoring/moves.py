"""The move recogniser: which conversational moves an utterance makes, and the words that show it.

One vocabulary for the scripted customer (roles/) and the rubric: every move carries the
exact span of text that shows it, so any reaction or score can quote its evidence.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterable

import attrs

from scoring.lexicon import ACRONYMS, NEGATORS
from scoring.patterns import AGENT_PATTERNS, BARE_INSULT, CUSTOMER_PATTERNS, Pattern
from scoring.starts import Positions, StartIndex, fold, matches, scan

AGENT_MOVES: frozenset[str] = frozenset(
    {
        "acknowledge", "reflect", "empathise", "apologise", "non_apology", "clarify",
        "use_name", "own", "state_limit", "warn_conduct", "refuse", "offer_alternative",
        "offer_solution", "set_expectation", "escalate", "promise_follow_up",
        "check_agreement", "thank", "close", "instruct", "off_topic", "shout", "exclaim",
        "swear", "insult", "blame",
        "defend", "dismiss", "sarcasm", "retaliate", "cave_in", "overpromise",
    }
)
CUSTOMER_MOVES: frozenset[str] = frozenset(
    {
        "abuse", "threat", "unreasonable_demand", "demand_manager", "thanks", "satisfied",
        "repeat_complaint", "complain", "question",
    }
)
# Agent moves that hurt the conversation (for the scripted customer and the rubric).
HARMFUL_MOVES: frozenset[str] = frozenset(
    {
        "shout", "exclaim", "swear", "insult", "blame", "defend", "dismiss", "sarcasm",
        "retaliate", "cave_in", "overpromise", "non_apology",
    }
)
HOSTILE_CUSTOMER_MOVES: frozenset[str] = frozenset({"abuse", "threat"})
# Below this strength a hostile or demanding customer move is venting ("this damn thing"),
# not pressure on the agent: it does not call for a boundary or count as hostility.
PRESSURE_STRENGTH = 0.6
PRESSURE_CUSTOMER_MOVES: frozenset[str] = frozenset(
    {"abuse", "threat", "unreasonable_demand", "demand_manager"}
)


@attrs.frozen
class Move:
    """One move in one utterance: ``quote == text[start:end]``, strength in 0..1."""

    label: str
    start: int
    end: int
    quote: str
    strength: float
    source: str = "pattern"  # "pattern", "model" (the learned recogniser) or "both"


@attrs.frozen
class Context:
    """What the recogniser may know besides the words.

    ``previous`` holds the moves of the other speaker's earlier turns, latest last.
    ``forbidden`` holds offers the policy forbids, as plain phrases ("full refund").
    """

    speaker: str
    customer_name: str | None = None
    forbidden: tuple[str, ...] = ()
    previous: tuple[tuple[Move, ...], ...] = ()


_CURLY = "\u2019"
_WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019]*")
_CLAUSE_BREAK = re.compile(r"[.;:!?,]|\bbut\b|\bhowever\b|\bthough\b", re.IGNORECASE)
_EXCLAIM = re.compile(r"[!?]*![!?1]*(?:\s*[!?1])+|[!?]*\?!|\?(?:\s*\?){2,}")
_QUESTION = re.compile(r"[^.!?\n]*\?")
_QUESTION_START = re.compile(
    r"^\W*(?:[^,?]{1,40},\s*)?"  # "Before I do that, can you …?"
    r"(?:(?:and|so|ok|okay|alright|right|also|first|just|then|now|great|sure|thanks)\W+)*"
    r"(?:what|when|where|which|who|whose|how|could|can|would|will|do|did|does|have|has|is|"
    r"are|was|were|may|might|shall|should|any|roughly)\b",
    re.IGNORECASE,
)
_OFFER_VERB = re.compile(
    r"\b(?:give|offer|issue|refund|send|do|get|arrange|process|provide|apply|add|put|"
    r"approve|authori[sz]e|grant|upgrade|credit|waive|happy to|can|will|'ll|here)\b",
    re.IGNORECASE,
)
_NEGATION_WINDOW = 4
_FIRM_LIMIT = 0.8  # a limit this strong carries its reason ("because", "for security")
_NO_MOVE = Move("", 0, 0, "", 0.0)
# The bare-insult pattern rides along as the last entry of each index.
_AGENT_INDEX = StartIndex([*(p.regex for p in AGENT_PATTERNS), BARE_INSULT])
_CUSTOMER_INDEX = StartIndex([*(p.regex for p in CUSTOMER_PATTERNS), BARE_INSULT])


def recognise(
    text: str, context: Context, learned: Iterable[Move] = ()
) -> tuple[Move, ...]:
    """The moves ``text`` makes, one (the strongest) per label, in order of position.

    Agent utterances get labels from AGENT_MOVES, customer ones from CUSTOMER_MOVES.
    ``learned`` are the learned recogniser's moves for the utterance: each joins the
    patterns' where no pattern found its label, before the moves that depend on context
    (a refusal's alternative, retaliation, a cave-in) are worked out.
    """
    if context.speaker == "customer":
        low = fold(text)
        starts = _CUSTOMER_INDEX.positions(scan(text))
        found = _match_patterns(text, low, CUSTOMER_PATTERNS, _CUSTOMER_INDEX, starts)
        if "abuse" not in found:
            _add(found, _bare_insult(text, low, _CUSTOMER_INDEX, starts, "abuse", short=0.7,
                                     long=0.45))
        if "?" in text:
            _add(found, _question(text))
        for move in learned:
            if move.label not in found:
                found[move.label] = move
        _drop_contained(found, "thanks", ("abuse",))
        _drop_contained(found, "satisfied", ("complain", "repeat_complaint"))
        return _ordered(found)
    return agent_patterns(text, context).settle(learned)


@attrs.frozen(eq=False)
class AgentPatterns:
    """What the patterns found in an agent line, before any learned moves join them:
    ``settle`` works out the moves that depend on context, so the line is matched once
    however many sets of learned moves are tried with it."""

    context: Context
    found: dict[str, Move]

    def settle(self, learned: Iterable[Move] = ()) -> tuple[Move, ...]:
        """The line's moves, as ``recognise(text, context, learned)`` gives them."""
        found = dict(self.found)
        for move in learned:
            if move.label not in found:
                found[move.label] = move
        _contextual_agent_moves(found, self.context)
        _drop_contained(found, "apologise", ("non_apology",))
        _drop_contained(found, "thank", ("sarcasm",))
        _drop_contained(found, "empathise", ("sarcasm",))
        _drop_contained(found, "acknowledge", ("sarcasm", "empathise"))
        _drop_contained(found, "clarify", ("sarcasm", "insult"))
        _drop_contained(found, "refuse", ("warn_conduct",))
        if found.get("state_limit", _NO_MOVE).strength >= _FIRM_LIMIT:
            _drop_contained(found, "refuse", ("state_limit",))  # a refusal with its reason
        _drop_contained(found, "offer_alternative", ("check_agreement",))
        _drop_contained(found, "cave_in", ("dismiss",))  # "Post whatever you want"
        return _ordered(found)


def agent_patterns(text: str, context: Context) -> AgentPatterns:
    """The patterns' reading of an agent's ``text`` (``context.speaker`` is "agent")."""
    low = fold(text)
    starts = _AGENT_INDEX.positions(scan(text))
    found = _match_patterns(text, low, AGENT_PATTERNS, _AGENT_INDEX, starts)
    if "insult" not in found:
        _add(found, _bare_insult(text, low, _AGENT_INDEX, starts, "insult", short=0.6,
                                 long=0.0))
    _add(found, _shout(text))
    _add(found, _exclaim(text))
    _add(found, _clarify(text, found))
    _add(found, _use_name(text, context.customer_name))
    _add(found, _forbidden_offer(text, context))
    return AgentPatterns(context, found)


def _ordered(found: dict[str, Move]) -> tuple[Move, ...]:
    return tuple(sorted(found.values(), key=lambda m: (m.start, m.label)))


def _add(found: dict[str, Move], move: Move | None) -> None:
    if move is None:
        return
    best = found.get(move.label)
    if best is None or move.strength > best.strength:
        found[move.label] = move


def _match_patterns(
    text: str, low: str | None, patterns: tuple[Pattern, ...], index: StartIndex,
    starts: Positions,
) -> dict[str, Move]:
    """The strongest match per label; ``starts`` narrows where each pattern is tried and
    ``low`` (``fold(text)``) lets the index run the patterns' faster case-sensitive twins."""
    found: dict[str, Move] = {}
    unknown = index.unknown
    regexes = index.regexes(low)
    for i in index.todo(starts, len(patterns)):
        if i >= len(patterns):
            continue
        pattern = patterns[i]
        best = found.get(pattern.label)
        if best is not None and best.strength >= pattern.strength:
            continue
        positions = None if starts is None or i in unknown else starts[i]
        rx, on_low = regexes[i]
        subject = low if on_low and low is not None else text
        if positions is not None and len(positions) == 1 and not rx.match(subject, positions[0]):
            continue  # the usual case, a single candidate that fails: skip the call below
        move = _first_match(pattern, rx, subject, text, positions)
        if move is not None:
            _add(found, move)
    return found


def _first_match(
    pattern: Pattern, rx: re.Pattern[str], subject: str, text: str, positions: list[int] | None
) -> Move | None:
    """The first match of ``rx`` (``pattern`` or its twin) in ``subject`` (``text`` or its
    lower case) that is not negated, trying only ``positions`` when known."""
    if positions is None:
        for m in rx.finditer(subject):
            if _keep(pattern, text, m):
                s, e = m.span()
                return Move(pattern.label, s, e, text[s:e], pattern.strength)
        return None
    match, end = rx.match, 0
    for p in positions:  # what matches() does, inlined: this loop is the hot path
        if p < end:
            continue
        m = match(subject, p)
        if m is None:
            continue
        end = max(m.end(), p + 1)
        if _keep(pattern, text, m):
            return Move(pattern.label, p, m.end(), text[p : m.end()], pattern.strength)
    return None


def _keep(pattern: Pattern, text: str, m: re.Match[str]) -> bool:
    start = m.start()
    if m.end() == start:
        return False
    if pattern.negatable and _negated(text, start):
        return False
    return not (pattern.label in _NOT_AFTER_AUXILIARY and _after_auxiliary(text, start))


# "Have you checked …?" and "If you entered …" ask or suppose; they do not accuse.
_NOT_AFTER_AUXILIARY = frozenset({"blame"})
_AUXILIARY = re.compile(
    r"\b(?:have|has|did|do|does|could|would|can|will|if|when|once|after|unless|whether|"
    r"maybe|perhaps|possibly|may|might)\W*$",
    re.IGNORECASE,
)


def _after_auxiliary(text: str, start: int) -> bool:
    return _AUXILIARY.search(text[max(0, start - 12) : start]) is not None


# "Oh no, I'm so sorry": the "no" of an interjection negates nothing.
_INTERJECTION = re.compile(r"\b(?:oh|uh|ah|aw)\W+no+\b", re.IGNORECASE)


def _negated(text: str, start: int) -> bool:
    """True when a negator comes within a few words before ``start`` in the same clause."""
    window = text[max(0, start - 40) : start]
    breaks = list(_CLAUSE_BREAK.finditer(window))
    if breaks:
        window = window[breaks[-1].end() :]
    words = _WORD.findall(_INTERJECTION.sub(" ", window))[-_NEGATION_WINDOW:]
    return any(_is_negator(w) for w in words)


def _is_negator(word: str) -> bool:
    w = word.lower().replace(_CURLY, "'")
    return w in NEGATORS or w.endswith("n't")


def _drop_contained(found: dict[str, Move], label: str, by: tuple[str, ...]) -> None:
    """Drop ``label`` when its span overlaps a move that reinterprets it."""
    move = found.get(label)
    if move is None:
        return
    for other in by:
        o = found.get(other)
        if o is not None and o.start < move.end and move.start < o.end:
            del found[label]
            return


_SHORT_UTTERANCE = 6  # words
_TWO_CAPS = re.compile(r"[A-Z]{2}")


def _bare_insult(
    text: str, low: str | None, index: StartIndex, starts: Positions, label: str,
    short: float, long: float,
) -> Move | None:
    """An insult word with no frame: "idiot!", "dumb bot" (the index's last pattern)."""
    regexes = index.regexes(low)
    last = len(regexes) - 1
    rx, on_low = regexes[last]
    subject = low if on_low and low is not None else text
    m = next(matches(rx, subject, index.where(starts, last)), None)
    if m is None:
        return None
    strength = short if len(_WORD.findall(text)) <= _SHORT_UTTERANCE else long
    if strength <= 0 or _negated(text, m.start()):
        return None
    s, e = m.span()
    return Move(label, s, e, text[s:e], strength)


def _shout(text: str) -> Move | None:
    """Shouting: a high share of capitalised words that are not acronyms."""
    if _TWO_CAPS.search(text) is None:
        return None
    words = [m for m in _WORD.finditer(text) if len(m.group()) >= 2]
    if not words:
        return None
    flags = [w.group().isupper() and w.group().replace(_CURLY, "'") not in ACRONYMS for w in words]
    loud = [w for w, f in zip(words, flags, strict=True) if f]
    if not loud:
        return None
    ratio = len(loud) / len(words)
    in_a_row = any(a and b for a, b in itertools.pairwise(flags))
    if len(loud) >= 2 and ratio >= 0.5:
        strength = 0.6 + 0.4 * ratio
    elif in_a_row:
        strength = 0.6
    elif len(loud) >= 2 and ratio >= 0.25:
        strength = 0.5
    else:
        return None  # one capitalised word is emphasis or an acronym, not a shout
    start, end = loud[0].start(), loud[-1].end()
    return Move("shout", start, end, text[start:end], round(strength, 3))


def _exclaim(text: str) -> Move | None:
    runs = list(_EXCLAIM.finditer(text))
    if not runs:
        return None
    longest = max(runs, key=lambda m: len(m.group().replace(" ", "")))
    n = len(longest.group().replace(" ", ""))
    strength = min(1.0, 0.3 + 0.2 * n + 0.1 * (len(runs) - 1))
    return Move("exclaim", longest.start(), longest.end(), longest.group(), round(strength, 3))


def _clarify(text: str, found: dict[str, Move]) -> Move | None:
    """A question about the customer's situation (not a check, not a jab)."""
    if "?" not in text:
        return None
    for m in _QUESTION.finditer(text):
        sentence = m.group()
        lead = len(sentence) - len(sentence.lstrip())
        start = m.start() + lead
        if not _QUESTION_START.match(sentence):
            continue
        overlaps = any(
            found[k].start < m.end() and start < found[k].end
            for k in ("check_agreement", "sarcasm", "insult", "close", "dismiss", "blame",
                      "offer_solution", "offer_alternative")
            if k in found
        )
        if not overlaps:
            return Move("clarify", start, m.end(), text[start : m.end()], 0.8)
    return None


def _question(text: str) -> Move | None:
    """The customer's last question: what they still want to know."""
    last = None
    for m in _QUESTION.finditer(text):
        last = m
    if last is None:
        return None
    start = last.start() + len(last.group()) - len(last.group().lstrip())
    return Move("question", start, last.end(), text[start : last.end()], 0.6)


def _use_name(text: str, name: str | None) -> Move | None:
    rx = _name_regex(name) if name else None
    if rx is None:
        return None
    m = rx.search(text)
    if m is None:
        return None
    return Move("use_name", m.start(), m.end(), m.group(), 0.8)


def _forbidden_offer(text: str, context: Context) -> Move | None:
    """An offer of something the policy forbids: a cave-in after pressure, else overpromise."""
    lowered = text.lower()
    for phrase in context.forbidden:
        rx = _phrase_regex(phrase)
        if rx is None or phrase.split()[0].lower() not in lowered:
            continue
        for m in rx.finditer(text):
            clause = _clause_around(text, m.start(), m.end())
            if _has_negation(clause) or clause.rstrip().endswith("?"):
                continue
            if not _OFFER_VERB.search(clause):
                continue
            pressured = _latest_has(context, PRESSURE_CUSTOMER_MOVES)
            label = "cave_in" if pressured else "overpromise"
            return Move(label, m.start(), m.end(), m.group(), 1.0)
    return None


@functools.lru_cache(maxsize=256)
def _name_regex(name: str) -> re.Pattern[str] | None:
    parts = [re.escape(p) for p in name.split() if len(p) > 1]
    if not parts:
        return None
    return re.compile(r"\b(?:" + re.escape(name.strip()) + "|" + "|".join(parts) + r")\b")


@functools.lru_cache(maxsize=256)
def _phrase_regex(phrase: str) -> re.Pattern[str] | None:
    words = phrase.split()
    if not words:
        return None
    return re.compile(r"\b" + r"\s+".join(re.escape(w) for w in words) + r"\b", re.IGNORECASE)


def _clause_around(text: str, start: int, end: int) -> str:
    left = max((b.end() for b in re.finditer(r"[.;!?]|\bbut\b", text[:start])), default=0)
    right_m = re.search(r"[.;!?]|\bbut\b", text[end:])
    right = end + right_m.end() if right_m else len(text)
    return text[left:right]


def _has_negation(clause: str) -> bool:
    low = clause.lower()
    return any(_is_negator(w) for w in _WORD.findall(low)) or any(
        k in low for k in ("unfortunately", "afraid", "unable", "only able")
    )


def _latest_has(context: Context, labels: frozenset[str]) -> bool:
    return bool(context.previous) and any(
        m.label in labels and m.strength >= PRESSURE_STRENGTH for m in context.previous[-1]
    )


def _contextual_agent_moves(found: dict[str, Move], context: Context) -> None:
    """Moves that depend on what the customer just did."""
    hostile = _latest_has(context, HOSTILE_CUSTOMER_MOVES)
    pressured = _latest_has(context, PRESSURE_CUSTOMER_MOVES)
    if hostile:
        for label in ("insult", "swear", "sarcasm"):
            move = found.get(label)
            if move is not None and "retaliate" not in found:
                found["retaliate"] = attrs.evolve(move, label="retaliate")
                del found[label]
    solution = found.get("offer_solution")
    if solution is not None and "offer_alternative" not in found and (
        pressured or "refuse" in found or "state_limit" in found
    ):
        found["offer_alternative"] = attrs.evolve(solution, label="offer_alternative")
    cave = found.get("cave_in")
    if cave is not None and not pressured and cave.strength > 0.5:
        found["cave_in"] = attrs.evolve(cave, strength=0.5)
