"""Where a pattern can start: its possible first characters, for a fast pre-check.

Running some seventy large regular expressions over every utterance is the recogniser's
main cost. Most patterns can only start with a few short prefixes ("calm ", "i'm s",
"that'"), so the recogniser tries each pattern only at the word starts whose first K
characters fit one of them. The prefixes are read off the pattern's syntax tree; when they
cannot be worked out (a pattern that may start anywhere or with anything) the pattern is
searched as usual, so the pre-check only saves time and never changes a result (the tests
check this against a full search).

Matching itself is cheaper on lower-cased text with case-sensitive twins of the patterns
(``caseless``, ``fold``): Python's engine skips an alternative by its first letter only
when it need not ignore case. Spans are the same, so quotes are taken from the original."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

try:  # the standard library's parser for regular expressions (Python >= 3.11)
    import re._constants as _c
    import re._parser as _parser
except ImportError:  # pragma: no cover - a Python that moved it: search every pattern
    _parser = None
try:  # and its table of letters that match each other when case is ignored
    import re._casefix as _casefix
except ImportError:  # pragma: no cover - never fold: use the IGNORECASE patterns
    _casefix = None

K = 6  # characters of look-ahead
_MAX_CLASS = 64  # a character class larger than this counts as "anything"
_MAX_DEPTH = 40
_CUT = "\0"  # pads a prefix whose continuation is unknown
_MEMO_LIMIT = 50_000
Prefixes = frozenset[str] | None
_ZERO_WIDTH = frozenset({"AT", "ASSERT", "ASSERT_NOT"})


def first_chars(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Lower-case prefixes (length <= K) every match starts with, or None if unknown."""
    if _parser is None:
        return None
    try:
        found = _seq(list(_parser.parse(pattern.pattern, pattern.flags)), 0, K, 0, {})
    except (re.error, TypeError, ValueError, RecursionError):
        return None
    if found is None or "" in found or _CUT in found:
        return None
    return frozenset(p.rstrip(_CUT) for p in found)


Items = list[tuple[object, object]]
# (id(items), start, k) -> (items, prefixes): the same tail is reached again and again
# (after each alternative of what precedes it), so each is worked out once per pattern.
Memo = dict[tuple[int, int, int], tuple[Items, Prefixes]]


def _seq(items: Items, start: int, k: int, depth: int, memo: Memo) -> Prefixes:
    """Prefixes of ``items[start:]``."""
    if k == 0 or start >= len(items):
        return frozenset({""})
    if depth > _MAX_DEPTH:
        return None
    key = (id(items), start, k)
    hit = memo.get(key)
    if hit is not None and hit[0] is items:
        return hit[1]
    found = _seq_uncached(items, start, k, depth, memo)
    memo[key] = (items, found)
    return found


def _seq_uncached(items: Items, start: int, k: int, depth: int, memo: Memo) -> Prefixes:
    head = _item(items[start], k, depth + 1, memo)
    if head is None:
        return None
    out: set[str] = set()
    for h in head:
        if len(h) >= k:
            out.add(h[:k])
            continue
        rest = _seq(items, start + 1, k - len(h), depth + 1, memo)
        if rest is None:  # what follows is unknown: "starts with h" still holds
            if not h:
                return None
            out.add(h + _CUT * (k - len(h)))  # full length: nothing may be appended
            continue
        out.update(h + r for r in rest)
    return frozenset(out)


def _item(item: tuple[object, object], k: int, depth: int, memo: Memo) -> Prefixes:
    op, av = item
    name = str(op)
    if op is _c.LITERAL:
        return frozenset({_key(chr(av))})  # type: ignore[arg-type]
    if name in _ZERO_WIDTH:
        return frozenset({""})
    if op is _c.IN:
        return _charset(av)  # type: ignore[arg-type]
    if op is _c.SUBPATTERN:
        return _seq(av[-1].data, 0, k, depth, memo)  # type: ignore[index]
    if op is _c.BRANCH:
        out: set[str] = set()
        for branch in av[1]:  # type: ignore[index]
            found = _seq(branch.data, 0, k, depth, memo)
            if found is None:
                return None
            out |= found
        return frozenset(out)
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
        low, high, inner = av  # type: ignore[misc]
        if high == 0:
            return frozenset({""})
        if _is_space(list(inner)):
            return _spaces(low, high, k)
        rest = (op, (max(0, low - 1), high - 1 if high != _c.MAXREPEAT else high, inner))
        once = _seq([*list(inner), rest], 0, k, depth + 1, memo)
        if once is None:
            return None
        return once | {""} if low == 0 else once
    return None


def _is_space(items: list[tuple[object, object]]) -> bool:
    """True for a single item that only matches whitespace (``\\s``, ``[ \\t]``, ``" "``)."""
    if len(items) != 1:
        return False
    op, av = items[0]
    if op is _c.LITERAL:
        return _key(chr(av)) == " "  # type: ignore[arg-type]
    return op is _c.IN and _charset(av) == {" "}  # type: ignore[arg-type]


def _spaces(low: int, high: int, k: int) -> frozenset[str]:
    """A run of ``low..high`` spaces: one space (the rest may follow), or two or more.

    Spelling out every run length would multiply the prefixes by K for each space in a
    pattern; a run of two or more is rare, so it just ends the prefix.
    """
    out = {""} if low == 0 else set()
    if low <= 1 <= high:
        out.add(" ")
    if high >= 2:
        out.add(("  " + _CUT * k)[: max(k, 2)])
    return frozenset(out)


def _charset(items: list[tuple[object, object]]) -> Prefixes:
    chars: set[str] = set()
    for op, av in items:
        if op is _c.LITERAL:
            chars.add(_key(chr(av)))  # type: ignore[arg-type]
        elif op is _c.CATEGORY and av is _c.CATEGORY_SPACE:
            chars.add(" ")
        elif op is _c.CATEGORY and av is _c.CATEGORY_DIGIT:
            chars.add("0")
        elif op is _c.RANGE:
            lo, hi = av  # type: ignore[misc]
            if hi - lo > _MAX_CLASS:
                return None
            chars.update(_key(chr(c)) for c in range(lo, hi + 1))
        else:
            return None
        if len(chars) > _MAX_CLASS:
            return None
    return frozenset(chars)


_START = re.compile(r"(?<![\w'\u2019])\S")
_SPACE = re.compile(r"\s")


def matches(
    regex: re.Pattern[str], text: str, positions: list[int] | None
) -> Iterator[re.Match[str]]:
    """Like ``regex.finditer(text)``, trying only ``positions`` when they are known."""
    if positions is None:
        yield from regex.finditer(text)
        return
    end = 0
    match = regex.match
    for p in positions:
        if p >= end and (m := match(text, p)) is not None:
            end = max(m.end(), p + 1)
            yield m


_HEX_ESCAPE = re.compile(r"\\(?:x([0-9A-Fa-f]{2})|u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8}))")


def caseless(regex: re.Pattern[str]) -> re.Pattern[str] | None:
    """A case-sensitive twin of an IGNORECASE ``regex`` for lower-cased text (see ``fold``).

    Python's engine cannot skip alternatives by their first letter when it ignores case,
    so the twin runs several times faster. None when ``regex`` does not ignore case.
    """
    if not regex.flags & re.IGNORECASE:
        return None
    source, out, i = regex.pattern, [], 0
    while i < len(source):
        if source[i] == "\\":  # an escape: \w, \S, \u2019 (hex digits may change case)
            code = _HEX_ESCAPE.match(source, i)
            char = chr(int(code.group(code.lastindex or 1), 16)) if code else ""
            if source.startswith("\\N", i) or char.lower() != char:
                return None  # a named or hex-coded capital letter: keep the original
            out.append(source[i : i + 2])
            i += 2
        elif source.startswith("(?P", i):
            out.append("(?P")
            i += 3
        else:
            low = source[i].lower()
            if len(low) != 1:
                return None
            out.append(low)
            i += 1
    return re.compile("".join(out), regex.flags & ~re.IGNORECASE)


# Letters that ignoring case matches to a letter their lower case is not (long s ~ "s").
_EXTRA_CASES = frozenset(
    chr(c) for k, v in getattr(_casefix, "_EXTRA_CASES", {}).items() for c in (k, *v)
) if _casefix is not None else None


@functools.lru_cache(maxsize=16)
def fold(text: str) -> str | None:
    """``text`` in lower case when case-sensitive twins match it exactly as their IGNORECASE
    originals match ``text``; None otherwise (rare letters: use the originals)."""
    low = text.lower()
    if text.isascii():
        return low
    if _EXTRA_CASES is None or len(low) != len(text):
        return None
    for c in text:
        if not c.isascii() and (
            c in _EXTRA_CASES or c.lower().isascii() or c.upper().isascii()
        ):
            return None
    return low


class Caseless:
    """An IGNORECASE regex that runs as its case-sensitive twin on ``fold(text)`` where the
    twin matches the same (see ``caseless``): the same spans, several times faster. The
    matched text may be in lower case: take quotes from the text by span."""

    def __init__(self, regex: re.Pattern[str]) -> None:
        self.regex = regex
        self._twin = caseless(regex)

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        rx, subject = self._on(text)
        return rx.search(subject, pos)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        rx, subject = self._on(text)
        return rx.finditer(subject)

    def sub(self, repl: str, text: str) -> str:
        """``regex.sub(repl, text)``; the twin is used when ``text`` is in lower case."""
        rx, subject = self._on(text)
        return (rx if subject == text else self.regex).sub(repl, text)

    def _on(self, text: str) -> tuple[re.Pattern[str], str]:
        low = None if self._twin is None else fold(text)
        return (self.regex, text) if low is None else (self._twin, low)


class StartIndex:
    """For a list of patterns, the positions in a text where each one may start."""

    def __init__(self, regexes: list[re.Pattern[str]] | tuple[re.Pattern[str], ...]) -> None:
        twins = [caseless(rx) for rx in regexes]
        self._plain = tuple((rx, False) for rx in regexes)
        self._folded = tuple((rx, False) if t is None else (t, True)
                             for rx, t in zip(regexes, twins, strict=True))
        unknown = []
        self.by_prefix: dict[str, list[int]] = {}
        self._memo: dict[str, tuple[int, ...]] = {}
        for i, regex in enumerate(regexes):
            prefixes = first_chars(regex)
            if prefixes is None or any(p[:1].isspace() for p in prefixes):
                unknown.append(i)
                continue
            for p in prefixes:
                self.by_prefix.setdefault(p, []).append(i)
        self.unknown = frozenset(unknown)

    def positions(self, found: Scan | None) -> Positions:
        """Where each pattern may start, in order; see ``where``."""
        if found is None:
            return None
        keys, starts = found
        out: dict[int, list[int]] = {}
        memo = self._memo
        for p in starts:
            window = keys[p : p + K]
            ids = memo.get(window)
            for i in self._at(window) if ids is None else ids:
                at = out.get(i)
                if at is None:
                    out[i] = [p]
                else:
                    at.append(p)
        return out

    def regexes(self, low: str | None) -> tuple[tuple[re.Pattern[str], bool], ...]:
        """Per pattern, the regex to run and whether to run it on ``low = fold(text)`` (its
        case-sensitive twin) or else on the text itself (the pattern as given).

        Match spans are the same either way; take quotes from the text, not the match.
        """
        return self._plain if low is None else self._folded

    def todo(self, positions: Positions, n: int) -> list[int] | range:
        """The patterns worth trying, in order: those that may start somewhere in the text."""
        if positions is None:
            return range(n)
        return sorted({*positions, *self.unknown})

    def where(self, positions: Positions, i: int) -> list[int] | None:
        """Candidate starts of pattern ``i``: a list (maybe empty), or None for anywhere."""
        if positions is None or i in self.unknown:
            return None
        return positions.get(i, [])

    def _at(self, window: str) -> tuple[int, ...]:
        """The patterns that may start with ``window`` (memoised: windows repeat a lot)."""
        hit = self._memo.get(window)
        if hit is None:
            get = self.by_prefix.get
            hit = tuple(sorted({i for n in range(1, len(window) + 1) for i in get(window[:n], ())}))
            if len(self._memo) < _MEMO_LIMIT:
                self._memo[window] = hit
        return hit


Positions = dict[int, list[int]] | None
Scan = tuple[str, list[int]]


def _key(char: str) -> str:
    """How a character appears in keys: lower case, any digit as 0, any space as " "."""
    if char.isdigit() and char.isascii():
        return "0"
    if char == "\u2019":
        return "'"
    return " " if char.isspace() else char.lower()


# every ASCII space (what \s matches among them) and digit, and the curly apostrophe
_KEYS = str.maketrans({**{c: " " for c in map(chr, range(128)) if c.isspace()},
                       **dict.fromkeys("123456789", "0"), "\u2019": "'"})


@functools.lru_cache(maxsize=16)  # the recogniser and the tone marks read the same turn
def scan(text: str) -> Scan | None:
    """The keys (see ``_key``) and the word starts of ``text``, shared by every index.

    None (nothing is skipped) when lower-casing changes the length (a few rare letters) or
    the text has non-ASCII digits.
    """
    lowered = text.lower()
    if len(lowered) != len(text) or (
        not text.isascii() and any(c.isdigit() and not c.isascii() for c in text)
    ):
        return None
    keys = lowered.translate(_KEYS)
    if not text.isascii():  # spaces beyond ASCII
        keys = _SPACE.sub(" ", keys)
    return keys, [m.start() for m in _START.finditer(text)]
