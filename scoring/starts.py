"""Where a pattern can start: its possible first characters, for a fast pre-check.

Running some seventy large regular expressions over every utterance is the recogniser's
main cost. Most patterns can only start with a few short prefixes ("calm ", "i'm s",
"that'"), so the recogniser tries each pattern only at the word starts whose first K
characters fit one of them. The prefixes are read off the pattern's syntax tree; when they
cannot be worked out (a pattern that may start anywhere or with anything) the pattern is
searched as usual, so the pre-check only saves time and never changes a result (the tests
check this against a full search)."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

try:  # the standard library's parser for regular expressions (Python >= 3.11)
    import re._constants as _c
    import re._parser as _parser
except ImportError:  # pragma: no cover - a Python that moved it: search every pattern
    _parser = None

K = 5  # characters of look-ahead
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
        found = _seq(list(_parser.parse(pattern.pattern, pattern.flags)), K, 0)
    except (re.error, TypeError, ValueError, RecursionError):
        return None
    if found is None or "" in found or _CUT in found:
        return None
    return frozenset(p.rstrip(_CUT) for p in found)


def _seq(items: list[tuple[object, object]], k: int, depth: int) -> Prefixes:
    if k == 0 or not items:
        return frozenset({""})
    if depth > _MAX_DEPTH:
        return None
    head = _item(items[0], k, depth + 1)
    if head is None:
        return None
    out: set[str] = set()
    for h in head:
        if len(h) >= k:
            out.add(h[:k])
            continue
        rest = _seq(items[1:], k - len(h), depth + 1)
        if rest is None:  # what follows is unknown: "starts with h" still holds
            if not h:
                return None
            out.add(h + _CUT * (k - len(h)))  # full length: nothing may be appended
            continue
        out.update(h + r for r in rest)
    return frozenset(out)


def _item(item: tuple[object, object], k: int, depth: int) -> Prefixes:
    op, av = item
    name = str(op)
    if op is _c.LITERAL:
        return frozenset({_key(chr(av))})  # type: ignore[arg-type]
    if name in _ZERO_WIDTH:
        return frozenset({""})
    if op is _c.IN:
        return _charset(av)  # type: ignore[arg-type]
    if op is _c.SUBPATTERN:
        return _seq(list(av[-1]), k, depth)  # type: ignore[index]
    if op is _c.BRANCH:
        out: set[str] = set()
        for branch in av[1]:  # type: ignore[index]
            found = _seq(list(branch), k, depth)
            if found is None:
                return None
            out |= found
        return frozenset(out)
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
        low, high, inner = av  # type: ignore[misc]
        if high == 0:
            return frozenset({""})
        rest = (op, (max(0, low - 1), high - 1 if high != _c.MAXREPEAT else high, inner))
        once = _seq([*list(inner), rest], k, depth + 1)
        if once is None:
            return None
        return once | {""} if low == 0 else once
    return None


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


class StartIndex:
    """For a list of patterns, the positions in a text where each one may start."""

    def __init__(self, regexes: list[re.Pattern[str]] | tuple[re.Pattern[str], ...]) -> None:
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
        for p in starts:
            for i in self._at(keys[p : p + K]):
                at = out.get(i)
                if at is None:
                    out[i] = [p]
                else:
                    at.append(p)
        return out

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
    return " " if char.isspace() else char.lower()


_KEYS = str.maketrans("123456789\t\n\r\f\v", "000000000     ")


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
    keys = _SPACE.sub(" ", lowered.translate(_KEYS))
    return keys, [m.start() for m in _START.finditer(text)]
