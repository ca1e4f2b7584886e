"""What an agent's words commit to: times, references, who a case goes to, and whether an
offer is a concrete step or a vague one.

Regular expressions where the form is regular (a time, a reference number), with spans,
so every verdict quotes its words. Whether an offer is allowed by the scenario's policy is
judged by meaning in ``scoring.understanding`` (sentence vectors), not here.
"""

from __future__ import annotations

import functools
import re

import attrs

from scoring.starts import Caseless

_CACHED = 4096  # texts whose reading is kept: lines recur (a scorer rereads a session)
_NUMBER = (
    r"(?:\d+(?:[.,]\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"fifteen|twenty|thirty|forty[- ]?eight|seventy[- ]?two|a few|a couple(?: of)?|"
    r"several|half an?)"
)
_RANGE = _NUMBER + r"(?:\s*(?:-|\u2013|\u2014|to|or)\s*" + _NUMBER + r")?"
_UNIT = (
    r"(?:min(?:ute)?s?|hours?|hrs?|h|days?|(?:business|working|week) ?days?|weeks?|wks?|"
    r"months?|secs?|seconds?)"
)
_WEEKDAY = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tues|weds|thurs)"
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_CLOCK = r"(?:\d{1,2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)|\d{1,2}:\d{2}|noon|midday|midnight)"
_DAYPART = r"(?:morning|afternoon|evening|tonight|night|lunchtime|lunch)"

_SPECIFIC_TIME = Caseless(re.compile(
    r"\b(?:"
    # durations: "in 3-5 working days", "within the hour", "48hrs", "ten minutes"
    r"(?:(?:with)?in|under|inside|over|after|for|takes?|up to|about|around|roughly|max(?:imum)?"
    r"|(?:no|not) (?:more|longer) than)?\s*(?:the next\s+)?" + _RANGE + r"\s*" + _UNIT + r"\b"
    r"|within the (?:hour|day|week)|(?:the )?next (?:hour|day|week|business day|working day)"
    # clock times and windows: "between 9 and 12", "9am-12pm", "by 4pm"
    r"|between\s+\d{1,2}(?::\d{2})?\s*(?:am|pm)?\s*(?:and|&|-)\s*\d{1,2}(?::\d{2})?\s*(?:am|pm)?"
    r"|" + _CLOCK + r"(?:\s*(?:-|\u2013|to)\s*" + _CLOCK + r")?"
    r"|\d{1,2}\s*(?:-|\u2013)\s*\d{1,2}\s*(?:am|pm)"
    # days and dates: "by Thursday", "tomorrow morning", "on the 14th", "14 March"
    r"|(?:this|next|on|by|before|until|till|from)?\s*" + _WEEKDAY + r"(?:\s+" + _DAYPART + r")?"
    r"|(?:tomorrow|today|tonight)(?:\s+" + _DAYPART + r")?"
    r"|this\s+" + _DAYPART + r"|first thing(?: tomorrow| in the morning| monday)?"
    r"|end of (?:the |this |next )?(?:day|week|month|business)|close of (?:business|play)"
    r"|\beod\b|\bcob\b|before the weekend|over the weekend|(?:this|next) week(?:end)?"
    r"|right now|straight away|right away|immediately|this minute|as we speak"
    r"|(?:the )?\d{1,2}(?:st|nd|rd|th)(?: of " + _MONTH + r")?"
    r"|\d{1,2}(?:st|nd|rd|th)?\s+" + _MONTH + r"|" + _MONTH + r"\s+\d{1,2}(?:st|nd|rd|th)?"
    r"|\d{1,2}/\d{1,2}(?:/\d{2,4})?"
    r")",
    re.IGNORECASE,
))
_VAGUE_TIME = Caseless(re.compile(
    r"\b(?:soon|shortly|asap|as soon as (?:possible|we can|I can|it's|it is|they can)|"
    r"in (?:a|the) (?:bit|while|moment|near future)|in due course|at some point|"
    r"when(?:ever)? (?:we|I|they) can|any (?:time|day) now|eventually|"
    r"(?:very )?quickly|promptly|later(?: on| today)?)\b",
    re.IGNORECASE,
))
_REFERENCE = Caseless(re.compile(
    r"(?:\b(?:reference|ref|ticket|case|claim|complaint|order|tracking|booking|confirmation|"
    r"incident|job|return|rma)(?:\s+(?:number|no\.?|id|code))?\s*(?:is|:|#)?\s*"
    r"(?=[A-Z0-9-]*\d)([A-Z0-9][A-Z0-9-]{3,})\b|#\s?\d{3,}\b|\b[A-Z]{2,4}-?\d{4,}\b)",
    re.IGNORECASE,
))
_ESCALATION_TARGET = Caseless(re.compile(
    r"\b(?:my|our|a|the|your)\s+(?:senior\s+|duty\s+|shift\s+|line\s+)?(?:supervisor|manager|"
    r"team ?lead(?:er)?|specialist|senior colleague|colleague in [a-z]+|billing team|"
    r"technical team|tech team|engineers?|technicians?|complaints team|escalations team|"
    r"(?:[a-z]+ )?department|claims team|fraud team|second[- ]line(?: team)?|back office)\b",
    re.IGNORECASE,
))
# Offers that commit to nothing in particular: "I'll sort it out", "leave it with me".
_VAGUE_OFFER = Caseless(re.compile(
    r"\b(?:sort (?:it|this|that|things|everything)(?: out)?|get (?:it|this|that|things|"
    r"everything) sorted|look into (?:it|this|that)|deal with (?:it|this|that)|"
    r"take care of (?:it|this|that|everything)|handle (?:it|this|that)|"
    r"(?:fix|resolve|sort) (?:it|this|that|everything|the (?:issue|problem))(?! by| with| for)|"
    r"see what (?:I|we) can do|do (?:my|our) best|leave it with me|"
    r"(?:help|assist) you(?: with (?:that|this|it))?(?: today)?|make (?:it|this|things) right|"
    r"I'll try|we'll try|work on (?:it|this|that))\b",
    re.IGNORECASE,
))


@attrs.frozen
class Span:
    """``quote == text[start:end]``."""

    start: int
    end: int
    quote: str


@attrs.frozen
class Timeline(Span):
    specific: bool = True  # a time or range ("by Thursday"), not "soon"


@functools.lru_cache(maxsize=_CACHED)
def timeline(text: str) -> Timeline | None:
    """The first specific time in ``text``, else the first vague one, else None."""
    m = _SPECIFIC_TIME.search(text)
    while m is not None and not m.group().strip():
        m = _SPECIFIC_TIME.search(text, m.end() + 1)
    if m is not None:
        return _timeline(text, m, True)
    v = _VAGUE_TIME.search(text)
    return _timeline(text, v, False) if v is not None else None


def _timeline(text: str, m: re.Match[str], specific: bool) -> Timeline:
    said = text[m.start() : m.end()]
    quote = said.strip()
    start = m.start() + said.index(quote)
    return Timeline(start, start + len(quote), quote, specific)


@functools.lru_cache(maxsize=_CACHED)
def references(text: str) -> tuple[Span, ...]:
    return tuple(_span(text, m) for m in _REFERENCE.finditer(text))


@functools.lru_cache(maxsize=_CACHED)
def escalation_target(text: str) -> Span | None:
    m = _ESCALATION_TARGET.search(text)
    return _span(text, m) if m else None


@functools.lru_cache(maxsize=_CACHED)
def vague_offer(text: str) -> Span | None:
    """The words of a non-committal offer ("I'll sort it out"), if that is all it is."""
    m = _VAGUE_OFFER.search(text)
    return _span(text, m) if m else None


def _span(text: str, m: re.Match[str]) -> Span:
    """The words of ``text`` that ``m`` (maybe a match on its lower case) found."""
    return Span(m.start(), m.end(), text[m.start() : m.end()])


_ATOM = re.compile(r"\d+|[a-z]+")
_DIGITS = re.compile(r"\d+")
_NUMBER_WORDS = frozenset({
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "sixty", "ninety", "hundred",
    "half",
})
# "today" and "tonight" are how people place themselves ("I'm leaving today"), not dates.
_DAY_WORDS = frozenset({"tomorrow", "noon", "midday", "midnight"})
_CALENDAR = re.compile(r"^(?:" + _WEEKDAY + "|" + _MONTH + r")$")


@functools.lru_cache(maxsize=_CACHED)
def specifics(text: str) -> frozenset[str]:
    """The particulars ``text`` asserts, as atoms to compare across lines: every figure
    ("48", "5" of "5pm", "300"), the day, month and number words inside its specific
    times ("thu", "tomorrow", "two"); a reference code by its figures. A customer's reply
    whose atoms the conversation never gave invents them."""
    low = text.lower()
    atoms = set(_DIGITS.findall(low))
    for m in _SPECIFIC_TIME.finditer(text):
        for atom in _ATOM.findall(low[m.start() : m.end()]):
            if _CALENDAR.match(atom):
                atoms.add(atom[:3])  # "thurs", "Thursday": the same day
            elif atom in _NUMBER_WORDS or atom in _DAY_WORDS:
                atoms.add(atom)
    return frozenset(atoms)
