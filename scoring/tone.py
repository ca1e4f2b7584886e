"""Tone marks that are not moves: politeness strategies and curt openings, with their spans."""

from __future__ import annotations

import re
from collections.abc import Mapping

import attrs

from scoring.patterns import compile_phrase
from scoring.starts import StartIndex, fold, matches, scan
from scoring.weights import CALMNESS_COURTESY, CALMNESS_HARM, TONE_MARKS


@attrs.frozen
class Mark:
    check: str
    start: int
    end: int
    quote: str
    points: float


_SENTENCE_START = r"(?:(?<=^)|(?<=[.!?]\s)|(?<=[.!?]\s\s)|(?<=\n))"
TONE_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (  # (check, pattern)
    ("please", compile_phrase(r"please|pls|plz|kindly")),
    ("indirect_request", compile_phrase(
        r"(?:could|would|might) you(?: (?:please|kindly|possibly|perhaps))?|would you mind|"
        r"would it be (?:possible|ok|okay|alright)|do you mind|I was wondering|I wonder|"
        r"is there any (?:way|chance)|if you could|would you be (?:able|willing|interested)"
    )),
    ("modal_request", compile_phrase(r"(?:can|will) you")),
    ("inclusive", compile_phrase(r"let's|let us|shall we|we could|we can|together")),
    ("hedge", compile_phrase(
        r"I think|I believe|I guess|I suppose|I feel|perhaps|maybe|possibly|probably|"
        r"it seems|seems to|might|a bit|a little|somewhat|sort of|kind of|I suspect|"
        r"it looks like|I'm not sure|not sure"
    )),
    ("greeting", compile_phrase(r"hi|hello|hey|dear|good (?:morning|afternoon|evening)|greetings")),
    ("deference", compile_phrase(
        r"(?:great|good|nice|excellent|fantastic|wonderful|brilliant|fine|impressive) "
        r"(?:work|job|point|idea|question|article|edit|edits|contribution|catch|suggestion)|"
        r"well done|good catch|I like (?:your|the way)|I agree|you're right|thanks to you"
    )),
    ("softener", compile_phrase(
        r"if (?:you don't mind|possible|you can|you have (?:a|the) (?:moment|chance|time))|"
        r"when(?:ever)? you (?:get|have) (?:a|the) (?:chance|moment|minute|time)|no rush|"
        r"at your convenience|by the way|just (?:wanted|checking|a quick)|if that's (?:ok|okay)"
    )),
    ("why_challenge", re.compile(
        _SENTENCE_START + r"(?:but |and |so )?(?:why (?:on earth |the hell |would |did |do |"
        r"does |are |is |have |has |didn't |don't |doesn't |aren't |isn't |haven't |would "
        r"|can't |won't |not )|what(?:'s| is) (?:wrong|your problem)|what (?:the|were you|"
        r"are you doing)|how (?:come|could you|can you|dare))",
        re.IGNORECASE,
    )),
    # "You should have…", "You didn't…": a sentence that points at the customer. "You'll get
    # a tracking email within the hour" opens with "you" and accuses nobody.
    ("you_start", re.compile(
        _SENTENCE_START + r"(?:you|your|u)\b(?:\s+\w+)?\s+(?:should(?:n't| not| have)?|must|"
        r"need(?:ed)? to|have to|had to|didn't|did not|never|always|failed|forgot|were "
        r"supposed|obviously|clearly|can't|cannot|don't|do not|haven't|have not|ignored|"
        r"misread|missed|got (?:it|that) wrong)\b", re.I)),
    ("factual_push", compile_phrase(r"actually|in fact|obviously|clearly|the fact is|frankly")),
    # a sentence that opens with "So", "And", "But": abrupt in writing
    ("direct_start", re.compile(_SENTENCE_START + r"(?:so|and|but|then|now|well)\b(?!\s+sorry)",
                                re.I)),
    ("warm_words", compile_phrase(
        r"great|nice|good|excellent|helpful|glad|happy|love|lovely|wonderful|awesome|cool|"
        r"interesting|kind|welcome|pleasure|appreciated|fantastic|brilliant|well done|enjoy"
    )),
    ("harsh_words", compile_phrase(
        r"wrong|bad|terrible|awful|nonsense|ridiculous|stupid|silly|pointless|useless|worst|"
        r"hate|annoying|rude|garbage|rubbish|crap|lie|lies|lying|liar|spam|disruptive|biased|"
        r"waste|absurd|idiotic|incompetent|ignorant|lazy|pathetic|vandal\w*|childish|"
        r"unacceptable|disgusting|shameful|false|bogus|crazy|insane|mess|messed"
    )),
    ("mockery", compile_phrase(
        r"impressive|bravo|keep (?:them|'em|it) coming|(?:a )?real (?:expert|genius|winner|"
        r"hero|charmer|comedian)|nice try|huh|duh|bet (?:that|you)|sure you (?:are|do|did|will)|"
        r"riveting|groundbreaking|what a (?:joke|clown)|your (?:iq|intelligence|genius|"
        r"brilliance|expertise|wisdom|logic) (?:is|was)|(?:hurt|hurts) (?:your|their) "
        r"(?:\w+ )?feelings|feelings (?:got )?hurt"
    )),
    ("personal_jab", compile_phrase(
        r"you(?:'re| are)? (?:sound like|seem like|clearly|obviously|apparently|always|never|"
        r"really think|honestly think)|(?:are|do|did|were|have) you (?:even|seriously)|"
        r"are you (?:serious|so)|do you (?:honestly|really) (?:think|believe|expect)|"
        r"(?:someone|people) like you|your (?:own )?(?:ego|attitude)"
    )),
    ("names_behaviour", compile_phrase(
        r"(?:this|that|such|these) (?:kind|type|sort)s? of (?:language|behaviou?r|comments?|"
        r"talk|remarks?|jokes?|attitude|thing)|keep (?:this|it|things|the \w+|our \w+) "
        r"(?:civil|respectful|positive|friendly|kind|constructive|on topic)|(?:with|show|"
        r"treat \w+ with) (?:respect|kindness|empathy)|(?:isn't|is not|aren't|are not|not) "
        r"(?:okay|ok|acceptable|appropriate|respectful|funny|cool)"
    )),
    ("direct_question", re.compile(
        _SENTENCE_START + r"(?:what|who|where|which|how)\b(?! about)[^.!?]*\?",
        re.IGNORECASE,
    )),
    ("bare_command", re.compile(
        _SENTENCE_START + r"(?:stop|read|look|listen|explain|answer|tell me|give me|"
        r"do not|don't|quit|leave|go|fix|check|learn|try|get|show me|be|see)\b",
        re.IGNORECASE,
    )),
)


class MarkTable:
    """Named phrase patterns, each worth fixed points: the first occurrence of each in a text."""

    def __init__(self, patterns: tuple[tuple[str, re.Pattern[str]], ...],
                 points: Mapping[str, float]) -> None:
        self._patterns = patterns
        self._points = points
        self._index = StartIndex([rx for _, rx in patterns])

    def find(self, text: str) -> tuple[Mark, ...]:
        found = []
        index = self._index
        starts = index.positions(scan(text))
        low = fold(text)
        regexes = index.regexes(low)
        for i in index.todo(starts, len(self._patterns)):
            check = self._patterns[i][0]
            rx, on_low = regexes[i]
            subject = low if on_low and low is not None else text
            m = next(matches(rx, subject, index.where(starts, i)), None)
            if m is not None and m.end() > m.start():
                said = text[m.start() : m.end()]
                quote = said.strip()
                start = m.start() + said.index(quote) if quote else m.start()
                found.append(Mark(check, start, start + len(quote), quote, self._points[check]))
        return tuple(found)


_TONE = MarkTable(TONE_PATTERNS, TONE_MARKS)


def tone_marks(text: str) -> tuple[Mark, ...]:
    """The first occurrence of each tone mark in ``text``."""
    return _TONE.find(text)


def tone_score(labels: dict[str, float], marks: tuple[Mark, ...]) -> float:
    """Courtesy minus harm for one utterance: ``labels`` maps move label to strength."""
    courtesy = sum(CALMNESS_COURTESY.get(label, 0.0) * s for label, s in labels.items())
    harm = sum(CALMNESS_HARM.get(label, 0.0) * s for label, s in labels.items())
    return courtesy - harm + sum(m.points for m in marks)
