"""One analysis of each utterance, read by the scripted customer and the rubric alike.

For an agent line: the moves it makes (the phrase patterns where they are precise, the
learned recogniser for paraphrase, each with its confidence and the words that show it),
the moves it only *may* make (unsure: never a verdict), and its substance: what is offered
and whether the scenario's policy allows it (by meaning), any time or reference, who it
escalates to, whether it is about the customer's problem at all, and whether it repeats
the agent or copies the customer.

A ``Conversation`` is fed the turns in the order they were said; the same turns and facts
always give the same analyses, so the live customer and the score agree.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence

import attrs
import numpy as np

from scoring.encoder import Encoder, default_encoder, unit
from scoring.facts import ScenarioFacts
from scoring.learned import Heads, default_heads
from scoring.moves import (
    PRESSURE_CUSTOMER_MOVES,
    PRESSURE_STRENGTH,
    Context,
    Move,
    agent_patterns,
    recognise,
)
from scoring.segments import Segment, segments
from scoring.starts import Caseless
from scoring.steps import agent_marks
from scoring.substance import (
    Span,
    Timeline,
    escalation_target,
    references,
    timeline,
    vague_offer,
)
from scoring.tone import Mark

OFFER_MOVES = ("offer_solution", "offer_alternative", "cave_in", "overpromise")
# Moves that show a line is about the customer's problem (whatever its words).
SERVICE_MOVES = frozenset({
    "acknowledge", "reflect", "empathise", "apologise", "clarify", "own", "state_limit",
    "instruct",
    "warn_conduct", "refuse", "offer_solution", "offer_alternative", "set_expectation",
    "escalate", "promise_follow_up", "check_agreement",
})
# Moves about the conversation itself, on the topic whatever their words.
_ANYWHERE = frozenset({"warn_conduct", "state_limit", "refuse", "escalate", "close"})
# Harmful moves are the patterns' alone: on lines unlike its training data the network
# calls "Let me check the order" blame, and a false accusation teaches the wrong lesson.
_PATTERNS_ONLY = frozenset({"blame", "defend", "dismiss", "sarcasm", "insult", "non_apology"})
_MODEL_FLOOR = 0.9  # the network adds a move on its own only from this probability
# Readings of one piece that exclude each other: the network adds only the likelier.
_EXCLUSIVE = (
    ("apologise", "non_apology"), ("clarify", "check_agreement", "close"),
    ("thank", "sarcasm"), ("empathise", "dismiss", "sarcasm"), ("acknowledge", "dismiss"),
    ("own", "blame", "defend"), ("offer_solution", "refuse"),
    ("offer_solution", "promise_follow_up"),
)
_RIVALS: dict[str, tuple[str, ...]] = {}
for _group in _EXCLUSIVE:
    for _label in _group:
        _RIVALS[_label] = (*_RIVALS.get(_label, ()), *(x for x in _group if x != _label))
_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")
_NEGATED = Caseless(re.compile(
    r"\b(?:not|never|no|can't|cannot|won't|unable|afraid|unfortunately|isn't|aren't|don't)\b",
    re.IGNORECASE,
))
# A time the agent gives for what will happen: "it'll arrive", "you should get", "is due".
_EXPECTS = Caseless(re.compile(
    r"\b(?:will|'ll|\u2019ll|going to|gonna|should|expect|arriv\w*|deliver\w*|due|"
    r"scheduled|booked|ready|back (?:on|in|up)|get|receive|reach|takes?|within|by|until|"
    r"from|between|before|no later than)\b",
    re.I,
))
_WHEN = re.compile(r"\b(?:when|how long|what time|how soon|by when|what day|eta)\b", re.I)
_HOW_MUCH = re.compile(
    r"\b(?:how much|how many|what(?:'s| is| are) the (?:total|cost|price|amount|fees?|charge))\b",
    re.I,
)
_WHY = re.compile(r"\bwhy\b", re.I)
_FIGURE = re.compile(r"\d|\b(?:free|nothing|no charge|pounds?|dollars?|euros?|cents?|pence)\b",
                     re.I)
_REASON = re.compile(r"\b(?:because|due to|caused|the reason|since|as (?:the|our|your|it)|"
                     r"happened|that's why|which is why|so that)\b", re.I)
_YES_NO = re.compile(
    r"^\W*(?:yes|yeah|yep|no|nope|sure|of course|certainly|absolutely|definitely|I can|we can|"
    r"I can't|we can't|I cannot|unfortunately|I'm afraid|I am afraid|it is|it isn't|it's not|"
    r"it will|it won't|that's right|correct|not yet|I will|I won't)\b",
    re.I,
)
# "Let me check", "one moment": the question is being taken up.
_HOLDING = re.compile(
    r"\b(?:let me (?:just )?(?:check|look|see|find out|pull up|have a look|take a look|dig)|"
    r"one (?:moment|sec(?:ond)?|minute)|bear with me|I'll (?:check|find out|look into)|"
    r"checking (?:now|that|this)|give me a (?:moment|sec(?:ond)?|minute))\b",
    re.I,
)
# Moves that take a question up, whatever its words: a fix, a limit, a question back.
_ANSWERING = frozenset({"offer_solution", "offer_alternative", "state_limit", "refuse",
                        "escalate", "clarify", "reflect", "set_expectation"})
# Below this relevance a line is off the topic: on bench/relevance_eval.py's replies, 95 %
# of those on the topic score above it (and about half of the others below it).
RELEVANT = 0.285
_SMALL_TALK, _SMALL_TALK_HINT = 0.9, 0.3  # the small-talk head: sure, and a hint
_FAR_OFF = 0.2  # a relevance this low is off the topic with no other sign
# Below this mean relevance over three or more lines, the agent was talking about something
# else: on the replies of bench/relevance_eval.py, the medians are 0.45 on the topic and
# 0.31 for lines from other conversations.
OFF_TOPIC_CONVERSATION = 0.36
ANSWERS = 0.45  # sentence cosine from which a reply takes up the question's subject
REPEAT = 0.93  # cosine from which a line repeats an earlier one of the same speaker
ECHO = 0.9  # cosine from which an agent line copies a customer line back
_OFFER_CUE = Caseless(re.compile(
    r"\b(?:I'll|I will|we'll|we will|I can|we can|let me|I'm going to|here's|you'll get|"
    r"you can have|throw in|I'd be happy to)\b", re.I))
_WORD_MATCH = 0.75  # cosine from which an offer's word stands for a policy phrase's word
_FILLER = frozenset({"a", "an", "the", "of", "for", "to", "any", "some", "on", "in", "or"})
# Common ways to say the words policies are written in.
_PARAPHRASES = {word: Caseless(re.compile(source, re.I)) for word, source in {
    "free": r"\b(?:free|complimentary|on the house|at no (?:extra )?(?:cost|charge)|"
            r"no charge|without charge|for nothing|gratis)\b",
    "replacement": r"\b(?:replac\w*|exchange|swap|(?:a|another) (?:new|fresh|brand[- ]new|"
                   r"second|spare) \w+|send (?:you )?(?:a )?new)\b",
    "refund": r"\b(?:refund\w*|money back|reimburs\w*|pay (?:you )?back|"
              r"credit (?:it|that|this|you) back)\b",
    "discount": r"\b(?:discount\w*|\d+ ?% off|money off|reduc\w+ (?:the )?price)\b",
    "voucher": r"\b(?:voucher|gift card|credit note|store credit|coupon)\b",
    "compensation": r"\b(?:compensat\w*|goodwill (?:payment|gesture|credit))\b",
}.items()}
_FIRST, _RECENT = 2, 2  # the customer's first and latest lines set the topic
_TOPIC_WORDS = 2  # a line with fewer topic words is service talk, never off the topic


@attrs.frozen
class Offer(Span):
    concrete: bool = False  # a specific step ("a replacement by courier"), not "I'll sort it"
    vague: bool = False  # its words commit to nothing in particular ("I'll sort it out")
    policy: str = "unknown"  # "allowed", "forbidden" or "unknown"
    matched: str | None = None  # the policy phrase it was read as


@attrs.frozen
class Substance:
    offers: tuple[Offer, ...] = ()
    timeline: Timeline | None = None
    references: tuple[Span, ...] = ()
    escalates_to: Span | None = None

    @property
    def concrete_offer(self) -> Offer | None:
        return next((o for o in self.offers if o.concrete), None)


@attrs.frozen(eq=False)
class Analysis:
    """What one utterance does; ``index`` is its 0-based position in the conversation."""

    index: int
    speaker: str
    text: str
    moves: tuple[Move, ...]
    unsure: tuple[Move, ...] = ()
    substance: Substance = Substance()
    relevance: float | None = None  # topic similarity to the conversation; None: no topic words
    off_topic: bool = False
    repeats: int | None = None  # index of an earlier turn of the same speaker it repeats
    echoes: int | None = None  # index of a customer turn an agent line copies back
    answers: bool | None = None  # answers the customer's question just before; None: none
    marks: tuple[Mark, ...] = ()  # tone marks (agent lines)
    steps: tuple[Mark, ...] = ()  # instructions, information, redirection (agent lines)
    vector: np.ndarray = attrs.field(factory=lambda: np.zeros(0, np.float32), repr=False)

    def has(self, *labels: str, at_least: float = 0.0) -> bool:
        return any(m.label in labels and m.strength >= at_least for m in self.moves)

    def get(self, *labels: str) -> Move | None:
        found = [m for m in self.moves if m.label in labels]
        return max(found, key=lambda m: m.strength) if found else None

    @property
    def worded(self) -> tuple[Move, ...]:
        """The moves its words show (patterns, times): not the network's inferences. Tone
        is read from these alone; the network reads paraphrased substance well but is
        overconfident about courtesy in writing unlike the service talk it learned from."""
        return tuple(m for m in self.moves if m.source != "model")

    @property
    def earns(self) -> bool:
        """False for a line that should earn nothing: off the topic, a repeat, an echo."""
        return not (self.off_topic or self.repeats is not None or self.echoes is not None)


@attrs.frozen(eq=False)
class _Reading:
    """An agent line's pieces as the network read them: per piece its unit vector, its
    move probabilities and the probability that its offer is a concrete step."""

    pieces: list[Segment]
    vectors: np.ndarray
    probs: np.ndarray
    concrete: np.ndarray


@attrs.define
class Conversation:
    """The analyses so far of one conversation; ``hear`` adds the next utterance."""

    facts: ScenarioFacts | None = None
    encoder: Encoder = attrs.field(factory=default_encoder)
    heads: Heads = attrs.field(factory=default_heads)
    turns: list[Analysis] = attrs.field(factory=list)
    _customer_moves: list[tuple[Move, ...]] = attrs.field(factory=list)
    _customer_texts: list[str] = attrs.field(factory=list)
    _situation: list[str] = attrs.field(factory=list)
    _phrases: dict[str, tuple[list[str], np.ndarray]] = attrs.field(factory=dict)
    _topics: dict[str, str] = attrs.field(factory=dict)  # topic words of lines
    _read: dict[str, _Reading] = attrs.field(factory=dict)  # lines expected, not yet heard

    def __attrs_post_init__(self) -> None:
        if self.facts is not None and self.facts.situation:
            self._situation.append(self.facts.situation)

    def expect(self, texts: Sequence[str]) -> None:
        """Texts about to be heard (a whole transcript): their pieces are encoded and read
        by the network in one batch, much cheaper than one by one. The analyses do not
        change."""
        pieces = {t: pieces_of(t) for t in dict.fromkeys(texts)}
        flat = [p.text for each in pieces.values() for p in each]
        self.encoder.prepare([*flat, *(self._topic_of(t) for t in pieces)])
        vectors = self.encoder.embed(flat)
        probs, concrete = self.heads.read(flat, vectors)
        at = 0
        for text, each in pieces.items():
            n = len(each)
            self._read[text] = _Reading(each, vectors[at:at + n], probs[at:at + n],
                                        concrete[at:at + n])
            at += n

    def _reading(self, text: str) -> _Reading:
        """How the network reads an agent line's pieces: from ``expect`` the first time a
        line is heard, on its own after that."""
        found = self._read.pop(text, None)
        if found is not None:
            return found
        pieces = pieces_of(text)
        texts = [p.text for p in pieces]
        vectors = self.encoder.embed(texts)
        return _Reading(pieces, vectors, *self.heads.read(texts, vectors))

    def hear(self, speaker: str, text: str) -> Analysis:
        analysis = (self._agent(text) if speaker == "agent" else self._customer(text))
        self.turns.append(analysis)
        return analysis

    # -- the two speakers ----------------------------------------------------------------

    def _customer(self, text: str) -> Analysis:
        # The customer is read by the patterns alone: a network trained on our labelled
        # customer lines agreed less with ConvAbuse and STC-3 than they do (GUIDE.md).
        moves = recognise(text, Context(speaker="customer"))
        self._customer_moves.append(moves)
        self._customer_texts.append(text)
        vector = self.encoder.embed([text])[0]
        return Analysis(len(self.turns), "customer", text, moves,
                        repeats=self._repeat_of("customer", vector), vector=vector)

    def _agent(self, text: str) -> Analysis:
        facts = self.facts
        reading = self._reading(text)
        pieces = reading.pieces
        # per label, per piece: a few floats, cheaper to read as lists than as arrays
        columns = reading.probs.T.tolist()
        learned, unsure = self._learned(pieces, columns)
        context = Context(
            speaker="agent",
            customer_name=facts.customer_name if facts else None,
            forbidden=facts.forbidden if facts else (),
            previous=tuple(self._customer_moves),
        )
        # The network reads what the patterns could not: its moves fill the pieces of the
        # line where no pattern found a service move.
        patterns = agent_patterns(text, context)
        worded = patterns.settle()
        covered = [(m.start, m.end) for m in worded if m.label in SERVICE_MOVES]
        learned = [m for m in learned if not any(a < m.end and m.start < b for a, b in covered)]
        moves = list(patterns.settle(learned) if learned else worded)
        small_talk = _column(self.heads, columns, "small_talk")
        relevance = self._relevance(text)
        off_topic = self._off_topic(moves, small_talk, relevance)
        if off_topic:
            # A question about the weather is not a clarifying question.
            moves = [m for m in moves if m.label not in SERVICE_MOVES]
            moves.append(Move("off_topic", 0, len(text), text, 0.8, "model"))
        marks, steps = agent_marks(text)
        step = next((k for k in steps if k.check == "instruct"), None)
        if step is not None and not off_topic and not any(m.label == "instruct" for m in moves):
            # "Slide your finger up the page": a step for the customer to take
            moves.append(Move("instruct", step.start, step.end, step.quote, 0.8, "pattern"))
        when = timeline(text)
        if (when is not None and when.specific and not off_topic
                and not any(m.label == "set_expectation" for m in moves)
                and not _in_question(text, when) and _EXPECTS.search(text)):
            # "It arrives between 9 and 12": a time the agent gives is an expectation set.
            moves.append(Move("set_expectation", when.start, when.end, when.quote, 0.7,
                              "substance"))
        refs = references(text)
        offers = self._offers(text, pieces, reading.concrete, moves, when, refs)
        policy_move = self._policy_move(offers, moves)
        if policy_move is not None:
            moves.append(policy_move)
        substance = Substance(tuple(offers), when, refs,
                              escalation_target(text) if any(m.label == "escalate"
                                                             for m in moves) else None)
        vector = reading.vectors[0]
        return Analysis(
            len(self.turns), "agent", text,
            tuple(sorted(moves, key=lambda m: (m.start, m.label))), tuple(unsure), substance,
            relevance, off_topic, self._repeat_of("agent", vector), self._echo_of(vector),
            self._answers(text, moves, substance, off_topic), marks, steps, vector,
        )

    def _answers(self, text: str, moves: Sequence[Move], substance: Substance,
                 off_topic: bool) -> bool | None:
        """Whether the line answers the question the customer just asked: a "when" needs a
        time, a "how much" a figure, a "why" a reason; any other question a yes or no, an
        answer on its topic, or a question back. None when no question is open."""
        last = self.turns[-1] if self.turns else None
        question = last.get("question") if last is not None and last.speaker == "customer" \
            else None
        if question is None:
            return None
        if off_topic:
            return False
        asked = question.quote
        if _WHEN.search(asked):
            return substance.timeline is not None
        if _HOW_MUCH.search(asked):
            return _FIGURE.search(text) is not None
        if _WHY.search(asked):
            return _REASON.search(text) is not None
        if (_YES_NO.search(text) or _HOLDING.search(text)
                or any(m.label in _ANSWERING for m in moves)):
            return True
        mine, theirs = self.encoder.embed([text, asked])
        return float(mine.dot(theirs)) >= ANSWERS

    # -- the learned recogniser ----------------------------------------------------------

    def _learned(self, pieces: Sequence[Segment], columns: list[list[float]]
                 ) -> tuple[list[Move], list[Move]]:
        """Sure and unsure moves per label, each quoting the piece that shows it best;
        ``columns`` holds each label's probabilities, piece by piece.

        Within a group of readings that exclude each other (an apology or a non-apology; a
        clarifying question or a check), the network may add only the likelier one."""
        sure, unsure = [], []
        for j, label, rivals, threshold, floor in _addable(self.heads):
            column = columns[j]
            if max(column) < floor:
                continue  # most labels are nowhere near
            for rival in rivals:
                column = [0.0 if r > c else c for c, r in zip(column, columns[rival], strict=True)]
            p = max(column)
            # quote the shortest piece that shows the move (the whole line is piece 0); the
            # probabilities are float32, and so is the bound they are held to
            bound = float(np.float32(min(p, threshold)))
            best = min((k for k, c in enumerate(column) if c >= bound),
                       key=lambda k: pieces[k].end - pieces[k].start)
            piece = pieces[best]
            move = Move(label, piece.start, piece.end, piece.text, round(min(p, 0.95), 3),
                        "model")
            if p >= threshold:
                sure.append(move)
            elif p >= floor:
                unsure.append(move)
        return sure, unsure

    # -- substance -----------------------------------------------------------------------

    def _offers(self, text: str, pieces: Sequence[Segment], concrete_p: np.ndarray,
                moves: Iterable[Move], when: Timeline | None, refs: Sequence[Span]
                ) -> list[Offer]:
        """The offers of the line, each read as concrete or vague (``concrete_p`` per
        piece) and against the policy; ``when`` and ``refs`` are the line's time and
        references."""
        out = []
        where = {_piece_of(pieces, m) for m in moves if m.label in OFFER_MOVES}
        cued = set()
        if not where and self.facts is not None and (self.facts.forbidden or self.facts.allowed):
            # "I'll throw in a complimentary headset": an offer in words no move names,
            # kept only when it is one the policy speaks of
            cued = {k for k, p in enumerate(pieces[1:], 1) if _OFFER_CUE.search(p.text)}
            cued = cued or ({0} if _OFFER_CUE.search(text) else set())
        for k in sorted(where | cued):
            piece = pieces[k]
            timed = when is not None and when.specific and piece.start <= when.start < piece.end
            cited = any(piece.start <= r.start < piece.end for r in refs)
            concrete = bool(concrete_p[k] >= 0.5 or timed or cited)
            vague = vague_offer(piece.text) is not None and concrete_p[k] < 0.8 and not cited
            if vague:
                concrete = False
            policy, matched = self._policy(piece.text)
            if k in cued and policy == "unknown":
                continue
            out.append(Offer(piece.start, piece.end, piece.text, concrete, vague, policy,
                             matched))
        return out

    def _policy(self, text: str) -> tuple[str, str | None]:
        """Whether an offer is one the policy allows or forbids, read by meaning: the words
        of a policy phrase must come together in the offer, each as itself, a common
        paraphrase ("complimentary" for "free", "a new one" for "replacement") or a word
        whose vector is close. The longest phrase found wins; a tie goes to "forbidden"."""
        facts = self.facts
        if facts is None or _NEGATED.search(text):
            return "unknown", None
        canonical = text.lower().replace("\u2019", "'")
        for word, paraphrase in _PARAPHRASES.items():
            canonical = paraphrase.sub(word, canonical)
        words = [w for w in _WORD.findall(canonical) if w not in _FILLER]
        if not words:
            return "unknown", None
        vectors = self.encoder.embed(words)
        best: tuple[int, str, str | None] = (0, "unknown", None)
        for verdict, phrases in (("forbidden", facts.forbidden), ("allowed", facts.allowed)):
            for phrase in phrases:
                wanted, wanted_vectors = self._phrase(phrase)
                if len(wanted) > best[0] and _together(wanted, wanted_vectors, words, vectors):
                    best = (len(wanted), verdict, phrase)
        return best[1], best[2]

    def _phrase(self, phrase: str) -> tuple[list[str], np.ndarray]:
        """A policy phrase's words and their vectors (once per conversation)."""
        found = self._phrases.get(phrase)
        if found is None:
            wanted = [w for w in _WORD.findall(phrase.lower()) if w not in _FILLER]
            found = self._phrases[phrase] = (wanted, self.encoder.embed(wanted))
        return found

    def _policy_move(self, offers: Sequence[Offer], moves: Sequence[Move]) -> Move | None:
        """A forbidden offer the patterns missed ("a complimentary headset") is a cave-in
        after pressure and an overpromise otherwise, as the patterns would have it."""
        if any(m.label in ("cave_in", "overpromise") for m in moves):
            return None
        offer = next((o for o in offers if o.policy == "forbidden"), None)
        if offer is None:
            return None
        pressured = bool(self._customer_moves) and any(
            m.label in PRESSURE_CUSTOMER_MOVES and m.strength >= PRESSURE_STRENGTH
            for m in self._customer_moves[-1])
        label = "cave_in" if pressured else "overpromise"
        return Move(label, offer.start, offer.end, offer.quote, 0.9 if pressured else 0.5,
                    "model")

    # -- relevance, repetition, echoes ---------------------------------------------------

    def _relevance(self, text: str) -> float | None:
        """How close the line comes to what the conversation is about, about 0..1: the mean
        of two cosines with the customer's first and latest lines (and the scenario's
        situation), one of the whole sentences and one of their topic words alone. None
        before the customer has said anything, or when the line has no topic words of its
        own ("I'm sorry to hear that, let me check")."""
        said = self._customer_texts
        # what it is about: the situation, how the customer put it first, and lately
        context = [*self._situation, *said[:_FIRST],
                   *said[max(_FIRST, len(said) - _RECENT):]]
        mine_topic = self._topic_of(text)
        if not context or len(mine_topic.split()) < _TOPIC_WORDS:
            return None  # no customer line yet, or service talk about whatever was said
        topics = [self._topic_of(c) for c in context]
        sums = self.encoder.sums([text, mine_topic, *context, *topics])
        n = len(context)
        mine, mine_t = unit(sums[0]), unit(sums[1])
        theirs, theirs_t = unit(sums[2:2 + n].sum(axis=0)), unit(sums[2 + n:].sum(axis=0))
        whole = float(mine.dot(theirs))
        topic = float(mine_t.dot(theirs_t)) if theirs_t.any() else whole
        return round((whole + topic) / 2, 3)

    def _topic_of(self, line: str) -> str:
        topic = self._topics.get(line)
        if topic is None:
            topic = self._topics[line] = _topic_text(line, self.heads.generic)
        return topic

    @staticmethod
    def _off_topic(moves: Sequence[Move], small_talk: float, relevance: float | None) -> bool:
        serves = any(m.label in SERVICE_MOVES and (m.source != "model" or m.strength >= 0.7)
                     for m in moves)
        # any question reads as clarifying to the patterns; small talk asks questions too
        if small_talk >= _SMALL_TALK and not any(
                m.label in SERVICE_MOVES - {"clarify"} for m in moves):
            return True
        if relevance is None or any(m.label in _ANYWHERE for m in moves):
            return False
        # A line that serves (an offer, an apology…) is never called off the topic on its
        # own, and one that does not needs two weak signs or one strong: static vectors
        # judge topics roughly. A whole conversation of such lines is judged by the rubric
        # (``scoring.scorecard``: the agent's mean relevance).
        return not serves and relevance < RELEVANT and (
            small_talk >= _SMALL_TALK_HINT or relevance < _FAR_OFF)

    def _repeat_of(self, speaker: str, vector: np.ndarray) -> int | None:
        for t in reversed(self.turns):
            if t.speaker == speaker and len(t.vector) and float(t.vector.dot(vector)) >= REPEAT:
                return t.index
        return None

    def _echo_of(self, vector: np.ndarray) -> int | None:
        for t in reversed(self.turns):
            if t.speaker == "customer" and float(t.vector.dot(vector)) >= ECHO:
                return t.index
        return None


@functools.cache
def _addable(heads: Heads) -> tuple[tuple[int, str, tuple[int, ...], float, float], ...]:
    """Per move the network may add: its column, the columns of the readings that exclude
    it, and the probabilities from which it counts and from which it is unsure."""
    index = {label: j for j, label in enumerate(heads.labels)}
    return tuple(
        (j, label, tuple(index[r] for r in _RIVALS.get(label, ()) if r in index),
         max(float(heads.sure[j]), _MODEL_FLOOR), float(heads.unsure[j]))
        for j, label in enumerate(heads.labels)
        if label != "small_talk" and label not in _PATTERNS_ONLY
    )


def _in_question(text: str, span: Span) -> bool:
    """Whether ``span`` sits in a sentence that ends with a question mark."""
    ends = [i for i in (text.find(c, span.end) for c in ".!?") if i >= 0]
    return bool(ends) and text[min(ends)] == "?"


def _together(wanted: Sequence[str], wanted_vectors: np.ndarray, words: Sequence[str],
              vectors: np.ndarray) -> bool:
    """Whether ``wanted`` occurs in ``words`` as a run, word for word by meaning."""
    n, m = len(wanted), len(words)
    if not n or m < n:
        return False
    close = (wanted_vectors @ vectors.T >= _WORD_MATCH).tolist()  # (wanted, words)
    for row, w in zip(close, wanted, strict=True):
        stem = w[:5]
        row[:] = [c or x.startswith(stem) for c, x in zip(row, words, strict=True)]
        if not any(row):
            return False
    return any(all(close[i][s + i] for i in range(n)) for s in range(m - n + 1))


def pieces_of(text: str) -> list[Segment]:
    """The whole line first, then its sentences and clauses (without repeating it)."""
    whole = Segment(0, len(text), text)
    return [whole, *(s for s in segments(text) if (s.start, s.end) != (0, len(text)))]


def _piece_of(pieces: Sequence[Segment], move: Move) -> int:
    """The smallest piece that holds ``move``'s span (the whole line when none does)."""
    holding = [k for k, p in enumerate(pieces) if p.start <= move.start and move.end <= p.end]
    return min(holding, key=lambda k: pieces[k].end - pieces[k].start, default=0)


def _column(heads: Heads, columns: list[list[float]], label: str) -> float:
    """The highest probability of ``label`` over the pieces (0 when there is no head)."""
    if label not in heads.labels:
        return 0.0
    return max(columns[heads.labels.index(label)])


def _topic_text(text: str, generic: frozenset[str]) -> str:
    """The words of ``text`` that say what it is about (not service talk, not stop words)."""
    return " ".join(w for w in _WORD.findall(text.lower().replace("\u2019", "'"))
                    if len(w) > 2 and w not in generic)
