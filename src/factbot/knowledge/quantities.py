"""The one number reader: figures as texts write them, and what each one claims.

Sources, questions and claims all write numbers the same few ways: "4.1 million",
"$23.2bn", "£600m", "3–5%", "54 to 58 percent", "just under 1%", "over $161 million",
"down 0.7%", "nine additional AGs". Reading them in one place means a fact, the
question about it and a claim checked against it can never disagree about what a
figure is. Years and other dates are periods, not figures: `factbot.knowledge.periods`
finds those, and callers pass their spans as `skip` so their digits stay dates.

The words the reader knows (scale words, number words, bound phrases, currency
symbols, words of rise and fall) come from the lexicon through `Numerals`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from functools import cached_property

MAX_DIGITS = 30
"""Longer digit runs are not figures anyone writes; refusing them keeps Decimal arithmetic bounded."""


class Bound(StrEnum):
    """How a written figure relates to the true value."""

    EXACT = "exact"
    APPROXIMATE = "approximately"
    MORE_THAN = "more than"
    LESS_THAN = "less than"
    RANGE = "range"

    @property
    def is_exact(self) -> bool:
        return self is Bound.EXACT


class Direction(StrEnum):
    """What the words next to a figure say it did: "rose 3%", "fell 8.8%", "down 0.7%"."""

    UP = "up"
    DOWN = "down"
    NONE = "none"


@dataclass(frozen=True)
class Quantity:
    """One figure in a text: its value, how it is bounded, its unit, and where it stands.

    `value` carries the sign a minus writes ("-2.6 million"). Words such as "fell" are
    reported as `direction` instead, because only the curator knows whether a figure
    is a change (signed) or a level (which a fall does not make negative).
    """

    value: Decimal
    text: str
    start: int
    end: int
    bound: Bound = Bound.EXACT
    high: Decimal | None = None
    currency: str = ""
    percent: bool = False
    points: bool = False
    scale: Decimal = Decimal(1)
    spelled: bool = False
    ordinal: bool = False
    unit: str = ""
    direction: Direction = Direction.NONE
    step: Decimal = Decimal(1)
    """The place value of the last digit written: 4.1 million -> 100,000 (rounding checks read it)."""
    attributive: bool = False
    """Joined to its noun by a hyphen ("a 12-year low", "60-kg bags"): it describes, it does not state a figure."""

    @property
    def is_exact(self) -> bool:
        return self.bound.is_exact

    @property
    def scaled(self) -> bool:
        return self.scale != 1

    @property
    def plain(self) -> bool:
        """A bare whole number with nothing to say what it counts (a list marker, a sentence number)."""
        marked = self.scaled or self.percent or self.points or self.currency or self.spelled
        return not (marked or "," in self.text or "." in self.text)

    def admits(self, value: Decimal) -> bool:
        """Whether `value` is what the text wrote, allowing for its bound (claims and lookups by value)."""
        if self.bound is Bound.RANGE and self.high is not None:
            return self.value <= value <= self.high
        if self.bound is Bound.MORE_THAN:
            return value > self.value
        if self.bound is Bound.LESS_THAN:
            return value < self.value
        if self.bound is Bound.APPROXIMATE:
            return abs(value - self.value) <= self.step / 2
        return value == self.value


@dataclass(frozen=True)
class Numerals:
    """The words the reader needs, from the lexicon: one object, built once per lexicon."""

    scale_words: Mapping[str, Decimal] = field(default_factory=dict)
    number_words: Mapping[str, int] = field(default_factory=dict)
    ordinal_words: Mapping[str, int] = field(default_factory=dict)
    bounds: Mapping[str, Bound] = field(default_factory=dict)
    percent_words: tuple[str, ...] = ("percent",)
    point_words: tuple[str, ...] = ("percentage points",)
    currencies: Mapping[str, str] = field(default_factory=dict)
    up_words: frozenset[str] = frozenset()
    down_words: frozenset[str] = frozenset()
    fractions: Mapping[str, Decimal] = field(default_factory=dict)
    """Fractions in words, as percentages: "half" is 50%."""

    @cached_property
    def pattern(self) -> re.Pattern[str]:
        return _figure_pattern(self)

    @cached_property
    def first_words(self) -> frozenset[str] | None:
        """The first word of every phrase a figure may begin with (a bound, a currency, a number word), lower
        case: in ASCII text a figure starts only at one of them, a digit or a symbol (`_figure_matches`). None
        when a phrase begins with a letter outside ASCII, whose case-blind matches that test could miss."""
        phrases = (*self.bounds, *self.currencies, *self.number_words, *self.ordinal_words, *self.fractions, *ONE_WORDS)
        words = set()
        for phrase in phrases:
            if phrase[:1].isalpha() and not phrase[:1].isascii():
                return None
            first = _LETTERS.match(phrase.lower())
            if first is not None:
                words.add(first.group())
        return frozenset(words)

    @cached_property
    def tens(self) -> tuple[str, ...]:
        """The words of a multiple of ten below a hundred ("forty"), which take a unit after a hyphen."""
        return tuple(word for word, value in self.number_words.items() if value in _TENS)

    @cached_property
    def units(self) -> dict[str, tuple[int, bool]]:
        """The words of one to nine, cardinal or ordinal, that follow a ten ("forty-one", "twenty-first")."""
        cardinals = {word: (value, False) for word, value in self.number_words.items() if 0 < value < 10}
        return cardinals | {word: (value, True) for word, value in self.ordinal_words.items() if 0 < value < 10}


ONE_WORDS = ("a", "an")
"""The article as the number one, before a scale word only: "a billion", "a million"."""
_TENS = frozenset(range(20, 100, 10))
_COMPOUND_JOIN = "[-\u2010\u2011]"
"""A compound number word joins a ten and a unit by a hyphen ("Forty-one", "twenty-first")."""
_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2212"
_RANGE_SEPARATOR = re.compile(rf"[{_DASHES}]|\s+to\s+", re.IGNORECASE)
"""A range is "3–5%" or "54 to 58 percent"; "14.9% − 22.6%" with spaces is a subtraction."""
_FROM_BEFORE = re.compile(r"\bfrom\s+$", re.IGNORECASE)
_UNIT_WORD = re.compile(r"\s*\(?([^\W\d_][\w-]*)", re.UNICODE)
_LETTERS = re.compile(r"[a-z]+")
_STARTS = re.compile(r"[^\w\s]|\b(?:\d|[A-Za-z]+)")
"""Where a figure may start in ASCII text: a symbol (a sign, a currency), or a word's first digit or letters."""


def _alternatives(words: Iterable[str]) -> str:
    """A regex alternation, longest first; a space in a phrase matches any run of whitespace."""
    escaped = [re.escape(word).replace(r"\ ", r"\s+") for word in sorted(set(words), key=len, reverse=True) if word]
    return "|".join(escaped) or "(?!)"


def _figure_pattern(numerals: Numerals) -> re.Pattern[str]:
    attached = [word for word in numerals.scale_words if len(word) <= 2]
    spaced = [word for word in numerals.scale_words if len(word) >= 2]
    # "15 billion-dollar disasters": a scale word joined to the next word is an adjective, not the figure's scale
    scale = rf"(?:(?:{_alternatives(attached)})\b|\s+(?:{_alternatives(spaced)})\b(?!-[^\W\d_]))"
    words = _alternatives([*numerals.number_words, *numerals.ordinal_words, *numerals.fractions])
    compound = rf"(?:{_alternatives(numerals.tens)}){_COMPOUND_JOIN}(?:{_alternatives(numerals.units)})"
    return re.compile(
        rf"(?:(?P<bound>\b(?:{_alternatives(numerals.bounds)}))\s+)?"
        rf"(?<![\w.,])(?:(?<![{_DASHES}])(?P<sign>[{_DASHES}+]))?(?:(?P<cur>{_alternatives(numerals.currencies)})\s?)?"
        rf"(?:(?P<num>{_DIGITS})(?P<ord>st|nd|rd|th)?|(?P<word>\b(?:{compound}|{words})\b)"
        rf"|(?P<one>\b(?:{_alternatives(ONE_WORDS)})\b(?=\s+(?:{_alternatives(spaced)})\b(?!-[^\W\d_]))))"
        rf"(?P<scale>{scale})?"
        rf"(?:(?P<pct>\s?%|\s+(?:{_alternatives(numerals.percent_words)})\b)"
        rf"|(?P<pts>\s+(?:{_alternatives(numerals.point_words)})\b))?"
        rf"(?!\w|[.,]\d)",
        re.IGNORECASE,
    )


def read_quantities(text: str, numerals: Numerals, skip: Iterable[tuple[int, int]] = ()) -> tuple[Quantity, ...]:
    """Every figure in `text`, left to right, except inside the `skip` spans (dates, years)."""
    blocked = tuple(skip)
    found: list[Quantity] = []
    for match in _figure_matches(text, numerals):
        start = _start_of(match)
        if any(low < match.end() and start < high for low, high in blocked):
            continue
        quantity = _quantity(match, start, text, numerals)
        if quantity is not None:
            found.append(quantity)
    return tuple(_ranges(found, text))


def _figure_matches(text: str, numerals: Numerals) -> Iterable[re.Match[str]]:
    """The figure pattern's matches in `text`, as `finditer` finds them, trying only where one may start.

    The pattern opens with long alternations (bounds, number words), tried at every character
    by `finditer`; in ASCII text a figure starts only at a symbol, a digit beginning a word, or
    a word that begins one of those phrases, so the pattern is matched at those places alone,
    each after the end of the last match, as `finditer` goes on."""
    first_words = numerals.first_words
    if first_words is None or not text.isascii():
        yield from numerals.pattern.finditer(text)
        return
    pattern, end = numerals.pattern, 0
    for start in _STARTS.finditer(text):
        at, word = start.start(), start.group()
        if at < end or (word[0].isalpha() and word.lower() not in first_words):
            continue
        match = pattern.match(text, at)
        if match is not None:
            end = match.end()
            yield match


def read_quantity(text: str, numerals: Numerals, skip: Iterable[tuple[int, int]] = ()) -> Quantity | None:
    """The first figure of `text`, or None when it holds none."""
    found = read_quantities(text, numerals, skip)
    return found[0] if found else None


def _start_of(match: re.Match[str]) -> int:
    for group in ("bound", "sign", "cur", "num", "word", "one"):
        if match.group(group):
            return match.start(group)
    return match.start()


def _number(match: re.Match[str], numerals: Numerals) -> tuple[Decimal, Decimal, bool] | None:
    """(value, step of the last digit, ordinal) of a match; None when it cannot be a figure."""
    digits, word = match.group("num"), match.group("word")
    if match.group("one"):
        return Decimal(1), Decimal(1), False
    if digits is None:
        return _spelled(re.sub(r"\s+", " ", word.casefold()), numerals)
    plain = digits.replace(",", "")
    if len(plain) > MAX_DIGITS:
        return None
    try:
        value = Decimal(plain)
    except InvalidOperation:
        return None
    fraction = plain.split(".")[1] if "." in plain else ""
    return value, Decimal(1).scaleb(-len(fraction)), match.group("ord") is not None


def _spelled(lowered: str, numerals: Numerals) -> tuple[Decimal, Decimal, bool]:
    """A number in words: "nine", "ninth", "half", or a ten and a unit ("forty-one", "twenty-first")."""
    parts = re.split(_COMPOUND_JOIN, lowered)
    if len(parts) == 2 and parts[0] in numerals.number_words and parts[1] in numerals.units:
        unit, ordinal = numerals.units[parts[1]]
        return Decimal(numerals.number_words[parts[0]] + unit), Decimal(1), ordinal
    if lowered in numerals.fractions:
        return numerals.fractions[lowered], Decimal(1), False
    if lowered in numerals.ordinal_words:
        return Decimal(numerals.ordinal_words[lowered]), Decimal(1), True
    return Decimal(numerals.number_words[lowered]), Decimal(1), False


def _quantity(match: re.Match[str], start: int, text: str, numerals: Numerals) -> Quantity | None:
    number = _number(match, numerals)
    if number is None:
        return None
    value, step, ordinal = number
    scale_text = (match.group("scale") or "").strip().casefold()
    scale = numerals.scale_words.get(scale_text, Decimal(1))
    fraction = (match.group("word") or "").casefold() in numerals.fractions
    percent, points = bool(match.group("pct")) or fraction, bool(match.group("pts"))
    sign = match.group("sign")
    bound_word = re.sub(r"\s+", " ", (match.group("bound") or "").casefold())
    return Quantity(
        value=(-value if sign and sign != "+" else value) * scale,
        text=text[start : match.end()],
        start=start,
        end=match.end(),
        bound=numerals.bounds.get(bound_word, Bound.EXACT),
        currency=numerals.currencies.get((match.group("cur") or "").casefold(), ""),
        percent=percent,
        points=points,
        scale=scale,
        spelled=match.group("word") is not None or match.group("one") is not None,
        ordinal=ordinal,
        unit=_unit_after(text, match.end(), percent, points),
        direction=_direction(text, start, numerals),
        step=step * scale,
        attributive=_hyphenated(text, match.end()),
    )


def _hyphenated(text: str, end: int) -> bool:
    return text[end : end + 1] in ("-", "\u2010", "\u2011") and text[end + 1 : end + 2].isalpha()


def _ranges(found: list[Quantity], text: str) -> list[Quantity]:
    """Join "3–5%" and "54 to 58 percent" into one range; "from 35.4% to 21.8%" stays two figures."""
    joined: list[Quantity] = []
    for quantity in found:
        previous = joined[-1] if joined else None
        if previous is not None and _is_range(previous, quantity, text):
            scale = quantity.scale if previous.scale == 1 else Decimal(1)
            joined[-1] = replace(
                quantity,
                value=previous.value * scale,
                text=text[previous.start : quantity.end],
                start=previous.start,
                bound=Bound.RANGE,
                high=quantity.value,
                currency=previous.currency or quantity.currency,
                direction=previous.direction,
                step=previous.step * scale,
            )
            continue
        joined.append(quantity)
    return joined


def _is_range(first: Quantity, second: Quantity, text: str) -> bool:
    """Two figures joined by a dash or "to", the second larger, and not a "from ... to ..." change."""
    if not _RANGE_SEPARATOR.fullmatch(text[first.end : second.start]):
        return False
    if not (first.is_exact and second.is_exact) or (first.percent and not second.percent):
        return False
    if _FROM_BEFORE.search(text[max(0, first.start - 8) : first.start]):
        return False
    low = first.value * (second.scale if first.scale == 1 else 1)
    return Decimal(0) <= low < second.value


def _unit_after(text: str, end: int, percent: bool, points: bool) -> str:
    """The word after a figure, which usually says what it counts ("bags", "barrels", "vehicles")."""
    if percent:
        return "%"
    if points:
        return "points"
    match = _UNIT_WORD.match(text, end)
    return match.group(1).casefold() if match else ""


def _direction(text: str, start: int, numerals: Numerals) -> Direction:
    """Rise or fall, from the words just before the figure ("fell by 1.7%", "down 0.7%", "up 1.2 million")."""
    for word in reversed(text[max(0, start - 40) : start].casefold().split()[-3:]):
        bare = word.strip(".,;:()\"'")
        if bare in numerals.down_words:
            return Direction.DOWN
        if bare in numerals.up_words:
            return Direction.UP
    return Direction.NONE
