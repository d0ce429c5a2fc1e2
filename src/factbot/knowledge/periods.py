"""Reading periods and dates: years, fiscal and marketing years, quarters, halves, months, days.

A source says "2022/23", a question "MY 23/24" or "2023-24", a claim "FY 2013-14"; the
knowledge says "FY 2013-2014". Each is read into a `PeriodKey`, and keys compare equal
when they name the same span, so no curator has to list every spelling as an alias.
Keys also move ("4 years earlier", "the year before") and sort (`order`), which is what
changes over time and "the previous year" need.

The words (month names, fiscal prefixes, quarter and half words) come from the
lexicon through `Calendar`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from factbot.knowledge.period_keys import PeriodKey, PeriodKind

MIN_YEAR, MAX_YEAR = 1000, 2199
"""Four digits in this range, alone, are read as a year rather than a count."""


@dataclass(frozen=True)
class FoundPeriod:
    """A period named in a text, with where it stands (callers mask these spans from the number reader)."""

    key: PeriodKey
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class RelativePeriod:
    """A period named relative to another: "a year earlier" (-1), "4 years earlier" (-4), "next year" (+1)."""

    years: int
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Calendar:
    """The words periods are written with, from the lexicon."""

    months: Mapping[str, int] = field(default_factory=dict)
    fiscal_words: tuple[str, ...] = ()
    quarter_words: tuple[str, ...] = ("quarter",)
    half_words: tuple[str, ...] = ("half",)
    ordinals: Mapping[str, int] = field(default_factory=dict)
    cardinals: Mapping[str, int] = field(default_factory=dict)
    earlier_words: tuple[str, ...] = ()
    later_words: tuple[str, ...] = ()
    previous_words: tuple[str, ...] = ()
    next_words: tuple[str, ...] = ()

    @cached_property
    def patterns(self) -> tuple[tuple[str, re.Pattern[str]], ...]:
        return tuple((kind, re.compile(body, re.IGNORECASE)) for kind, body, _ in _patterns(self))

    @cached_property
    def clues(self) -> tuple[tuple[tuple[str, ...], ...] | None, ...]:
        """For each pattern, words no text matches it without (one of each group, lower case), or None."""
        return tuple(clues for _, _, clues in _patterns(self))

    @cached_property
    def clue_searches(self) -> tuple[tuple[re.Pattern[str], ...] | None, ...]:
        """`clues` as one search per group (a test per word cost more than the patterns it spares; one group of
        several patterns, the months, is one search): a month where its word ends, a letter beside its digit."""
        made: dict[tuple[str, ...], re.Pattern[str]] = {}
        months = _clue(self.months)
        for group in {group for clues in self.clues if clues for group in clues}:
            words = "|".join(map(re.escape, group))
            bounded = months is not None and group == months[0]  # no pattern has a word character after a month
            made[group] = re.compile(
                _TIGHT.get(group, rf"(?:{words})(?!\w)" if bounded else words) if group else "(?!)"
            )
        return tuple(None if clues is None else tuple(made[group] for group in clues) for clues in self.clues)

    @cached_property
    def relative_pattern(self) -> re.Pattern[str]:
        return _relative_pattern(self)


def _alternatives(words: object) -> str:
    items = [str(word) for word in words]  # type: ignore[attr-defined]
    escaped = [re.escape(word).replace(r"\ ", r"\s+") for word in sorted(set(items), key=len, reverse=True) if word]
    return "|".join(escaped) or "(?!)"


_YEAR = r"(?:1[0-9]{3}|2[01][0-9]{2})"
_DASHES = "-/\u2010\u2011\u2012\u2013\u2014"
_DASH = f"[{_DASHES}]"
_ANY_DIGIT = re.compile("[0-9]")
_YEAR_WORD = re.compile("y(?:ea)?r", re.IGNORECASE)


Clues = tuple[tuple[str, ...], ...] | None
_TIGHT: dict[tuple[str, ...], str] = {("h",): "h[12]|[12]h", ("q",): "q[1-4]", ("s",): "[0-9]s"}
"""Clues of one letter, as the letter beside the digit every match has ("H1", "Q3", "1990s"): alone, almost any
text holds the letter, and the search would spare no pattern."""


def _clue(*groups: object) -> Clues:
    """Groups of words a match must contain one of each: the first word of each alternative (a phrase in the
    pattern may be spaced any way), lower case. None when a group could match without a word."""
    found = []
    for group in groups:
        firsts = [str(word).split()[:1] for word in group if str(word)]  # type: ignore[attr-defined]
        if any(not first for first in firsts):
            return None
        found.append(tuple(first[0].lower() for first in firsts))
    return tuple(found)


def _patterns(calendar: Calendar) -> tuple[tuple[str, str, Clues], ...]:
    """Each kind of period, its pattern, and its clues (so that a text without them is not searched)."""
    months = _alternatives(calendar.months)
    fiscal = _alternatives(calendar.fiscal_words)
    ordinal = _alternatives(calendar.ordinals)
    quarter = _alternatives(calendar.quarter_words)
    half = _alternatives(calendar.half_words)
    named = _clue(calendar.months)
    ends = ("ending", "ended", "to", "through")
    raw = (
        ("iso", rf"(?P<year>{_YEAR})-(?P<month>[01][0-9])-(?P<day>[0-3][0-9])", _clue("-")),
        ("date", rf"(?P<mname>{months})\.?\s+(?P<day>[0-3]?[0-9])(?:st|nd|rd|th)?(?:,?\s+(?P<year>{_YEAR}))?", named),
        ("date", rf"(?P<day>[0-3]?[0-9])(?:st|nd|rd|th)?\s+(?P<mname>{months})\.?,?\s+(?P<year>{_YEAR})", named),
        (
            "fiscal_end",
            rf"(?:(?:{fiscal})\s+(?:year\s+)?|(?:year|12\s+months|twelve\s+months)[\s-]+)"
            rf"(?:ending|ended|to|through)\s+(?P<mname>{months})\s+(?P<year>{_YEAR})",
            _clue((*calendar.fiscal_words, "year", "12 months", "twelve months"), ends, calendar.months),
        ),
        ("month", rf"(?P<mname>{months})\.?,?\s+(?:of\s+)?(?P<year>{_YEAR})", named),
        ("quarter", rf"\bQ(?P<part>[1-4])\s*(?:of\s+)?'?(?P<year>{_YEAR}|[0-9]{{2}})", _clue("q")),
        (
            "quarter",
            rf"(?:the\s+)?(?P<oname>{ordinal})\s+(?:{quarter})\s+(?:of\s+)?(?P<year>{_YEAR})",
            _clue(calendar.ordinals, calendar.quarter_words),
        ),
        ("half", rf"\b(?:H(?P<part>[12])|(?P<hpart>[12])H)\s*(?:of\s+)?'?(?P<year>{_YEAR}|[0-9]{{2}})", _clue("h")),
        (
            "half",
            rf"(?:the\s+)?(?P<oname>{ordinal})\s+(?:{half})\s+(?:of\s+)?(?P<year>{_YEAR})",
            _clue(calendar.ordinals, calendar.half_words),
        ),
        (
            "months",
            rf"(?:the\s+)?(?P<oname>{ordinal})\s+(?P<count>[36]|{_alternatives(calendar.cardinals)})\s+months\s+"
            rf"(?:of\s+)?(?P<year>{_YEAR})",
            _clue(calendar.ordinals, ("months",)),
        ),
        (
            "split",
            rf"(?:(?P<fiscal>{fiscal})\s?)?(?P<year>{_YEAR}|[0-9]{{2}})\s?{_DASH}\s?(?P<second>{_YEAR}|[0-9]{{2}})",
            _clue(_DASHES),
        ),
        ("fiscal", rf"(?P<fiscal>{fiscal})\s?'?(?P<year>{_YEAR}|[0-9]{{2}})", _clue(calendar.fiscal_words)),
        ("decade", rf"(?:the\s+)?'?(?P<year>{_YEAR}|[0-9]0)s", _clue("s")),
        ("year", rf"(?P<year>{_YEAR})", ()),
    )
    return tuple((kind, rf"(?<![\w.,$£€]){body}(?![\w%]|[.,][0-9])", clues) for kind, body, clues in raw)


def _relative_pattern(calendar: Calendar) -> re.Pattern[str]:
    count = _alternatives(calendar.cardinals)
    earlier, later = _alternatives(calendar.earlier_words), _alternatives(calendar.later_words)
    previous, following = _alternatives(calendar.previous_words), _alternatives(calendar.next_words)
    return re.compile(
        rf"\b(?:(?:(?P<count>[0-9]{{1,2}}|{count}|an?)|the)\s+(?:years?|yrs?)\s+(?:(?P<earlier>{earlier})|(?P<later>{later}))"
        rf"|(?:the\s+)?(?:(?P<previous>{previous})|(?P<next>{following}))\s+(?:year|yr))\b",
        re.IGNORECASE,
    )


def _year(text: str, before: int | None = None) -> int:
    """A year written in four or two digits ("23" is 2023; "09" after 2008 is 2009)."""
    value = int(text)
    if len(text) == 4:
        return value
    if before is not None:
        return before // 100 * 100 + value if before % 100 < value else (before // 100 + 1) * 100 + value
    return 2000 + value if value < 70 else 1900 + value


def _key(kind: str, match: re.Match[str], calendar: Calendar) -> PeriodKey | None:
    if kind == "split":
        return _split_key(match)
    groups = match.groupdict()
    year = _year(groups["year"]) if groups.get("year") else 0
    month = calendar.months.get((groups.get("mname") or "").casefold().rstrip("."), 0)
    builder = _KEY_BUILDERS.get(kind)
    return builder(groups, year, month, calendar) if builder else PeriodKey(PeriodKind.YEAR, year)


def _iso_key(groups: dict[str, Any], year: int, _month: int, _calendar: Calendar) -> PeriodKey | None:
    month, day = int(groups["month"]), int(groups["day"])
    return PeriodKey(PeriodKind.DATE, year, month, day) if 1 <= month <= 12 and 1 <= day <= 31 else None


def _date_key(groups: dict[str, Any], year: int, month: int, _calendar: Calendar) -> PeriodKey | None:
    day = int(groups["day"])
    return PeriodKey(PeriodKind.DATE, year, month, day) if 1 <= day <= 31 else None


def _part_key(kind: PeriodKind, limit: int) -> Callable[[dict[str, Any], int, int, Calendar], PeriodKey | None]:
    """A quarter or a half: its number written ("Q1", "H2") or spelled ("the first quarter")."""

    def build(groups: dict[str, Any], year: int, _month: int, calendar: Calendar) -> PeriodKey | None:
        part = groups.get("part") or groups.get("hpart")
        number = int(part) if part else calendar.ordinals.get((groups.get("oname") or "").casefold(), 0)
        return PeriodKey(kind, year, number) if 1 <= number <= limit else None

    return build


def _months_key(groups: dict[str, Any], year: int, calendar: Calendar) -> PeriodKey | None:
    """ "The first six months of 2024" is its first half; "the second three months", its second quarter."""
    count_text = groups["count"].casefold()
    count = int(count_text) if count_text.isdigit() else calendar.cardinals.get(count_text, 0)
    kind, limit = {6: (PeriodKind.HALF, 2), 3: (PeriodKind.QUARTER, 4)}.get(count, (None, 0))
    number = calendar.ordinals.get(groups["oname"].casefold(), 0)
    return PeriodKey(kind, year, number) if kind is not None and 1 <= number <= limit else None


def _ending_key(year: int, month: int) -> PeriodKey:
    """A year ending at a month ("the 12 months ended June 2023"): the calendar year when it ends in December,
    else the split year across the two years it spans (2022/23), whichever month it ends in."""
    if month == DECEMBER:
        return PeriodKey(PeriodKind.YEAR, year)
    return PeriodKey(PeriodKind.SPLIT_YEAR, year - 1)


DECEMBER = 12


def _decade_key(groups: dict[str, Any], _year_read: int, _month: int, _calendar: Calendar) -> PeriodKey | None:
    written = groups["year"]
    decade = int(written) if len(written) == 4 else 1900 + int(written)
    return PeriodKey(PeriodKind.DECADE, decade) if decade % 10 == 0 else None


_KEY_BUILDERS: dict[str, Callable[[dict[str, Any], int, int, Calendar], PeriodKey | None]] = {
    "iso": _iso_key,
    "date": _date_key,
    "fiscal_end": lambda _groups, year, month, _calendar: _ending_key(year, month),
    "month": lambda _groups, year, month, _calendar: PeriodKey(PeriodKind.MONTH, year, month),
    "months": lambda groups, year, _month, calendar: _months_key(groups, year, calendar),
    "quarter": _part_key(PeriodKind.QUARTER, 4),
    "half": _part_key(PeriodKind.HALF, 2),
    "fiscal": lambda _groups, year, _month, _calendar: PeriodKey(PeriodKind.FISCAL_YEAR, year),
    "decade": _decade_key,
}
"""How each written form of a period becomes its key; a plain year is the default."""


def _split_key(match: re.Match[str]) -> PeriodKey | None:
    """ "2022/23", "2009-2010", "FY13-14": two consecutive years (anything else is not one period)."""
    first_text, second_text = match.group("year"), match.group("second")
    if len(first_text) == 2 and not match.group("fiscal") and len(second_text) != 2:
        return None
    first = _year(first_text)
    second = _year(second_text, first)
    if second != first + 1:
        return None
    return PeriodKey(PeriodKind.SPLIT_YEAR, first)


def find_periods(text: str, calendar: Calendar) -> tuple[FoundPeriod, ...]:
    """Every period written in `text`, longest readings first where two overlap, in text order."""
    if _ANY_DIGIT.search(text) is None:
        return ()  # every period pattern has a digit: a year, a day, a quarter's number
    lowered = text.lower() if text.isascii() else None  # ASCII: matching case-blind is matching lower case
    taken: list[tuple[int, int]] = []
    found: list[FoundPeriod] = []
    said: dict[re.Pattern[str], bool] = {}  # each group of clues looked for once: months are clues of several
    for (kind, pattern), clues in zip(calendar.patterns, calendar.clue_searches, strict=True):
        if lowered is not None and clues and not _said(clues, lowered, said):
            continue  # a word every match of the pattern has is not in the text
        for match in pattern.finditer(text):
            start, end = match.span()
            if any(low < end and start < high for low, high in taken):
                continue
            key = _key(kind, match, calendar)
            if key is None:
                continue
            taken.append((start, end))
            found.append(FoundPeriod(key, match.group(), start, end))
    return tuple(sorted(found, key=lambda item: item.start))


def _said(clues: tuple[re.Pattern[str], ...], lowered: str, said: dict[re.Pattern[str], bool]) -> bool:
    """Whether the text holds a word of every group of clues."""
    for search in clues:
        found = said.get(search)
        if found is None:
            found = said[search] = search.search(lowered) is not None
        if not found:
            return False
    return True


def read_period(text: str, calendar: Calendar) -> PeriodKey | None:
    """The period a whole text names ("2022/23", "FY 2013-2014"), or None when it is not only a period."""
    stripped = text.strip()
    found = find_periods(stripped, calendar)
    if len(found) == 1 and found[0].start == 0 and found[0].end == len(stripped):
        return found[0].key
    return None


def find_relative(text: str, calendar: Calendar) -> tuple[RelativePeriod, ...]:
    """Periods named relative to another: "4 years earlier", "the previous year", "next year"."""
    if _YEAR_WORD.search(text) is None:
        return ()  # each names a year ("years earlier", "previous yr")
    found = []
    for match in calendar.relative_pattern.finditer(text):
        count_text = (match.group("count") or "1").casefold()
        count = int(count_text) if count_text.isdigit() else calendar.cardinals.get(count_text, 1)
        later = bool(match.group("later") or match.group("next"))
        found.append(RelativePeriod(count if later else -count, match.group(), match.start(), match.end()))
    return tuple(found)
