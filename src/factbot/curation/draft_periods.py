"""The draft's periods: every date the text writes, and which one a figure belongs to.

A wrong period costs a curator more than none: it looks right and is read past. So a
figure gets a period only when the text ties them: paired in order ("in 2012 and 2016 ...
35.4% and 21.8%"), written in the figure's own clause, or in an opening phrase that sets
the scene of the whole sentence ("In 2023, ..."). A date after "since" starts a span
("since 1990"): it is not the period of the figures around it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from factbot.curation.clauses import CLAUSE_BREAK, same_clause
from factbot.curation.draft_figures import in_a_code_or_clock
from factbot.curation.ids import Ids
from factbot.knowledge.ages import is_age
from factbot.knowledge.model import Lexicon, Sentence
from factbot.knowledge.period_keys import PeriodKey, PeriodKind
from factbot.knowledge.periods import FoundPeriod, find_periods, find_relative
from factbot.knowledge.quantities import Direction, Quantity

_OPENS_ASIDE = re.compile(r"\s*\(\s*")
"""A figure in brackets right after a period is that period's: "2012 (41.5 tonnes)"."""
_SPAN_START = re.compile(r"\b(?:since|from|began\s+in|beginning\s+in|starting\s+in)\s+$", re.IGNORECASE)
_SPAN_JOIN = re.compile(r"\s*(?:to|through|until|till|-|\u2013)\s*", re.IGNORECASE)
_MODIFIER = re.compile(
    r"(?:^|[^\w\s]\s*|\b(?!in\b|during\b|for\b|over\b|of\b|at\b|by\b|through\b|throughout\b)\w+\s+)"
    r"(?:the|its|their|a|an)\s+$",
    re.IGNORECASE,
)
"""A year that names a thing ("extend the 2020 decree") rather than when a figure holds ("in the 2020 season")."""
_CLOSING = re.compile(r",\s*(?:in|during|for|over|through|throughout|as\s+of|by)\s+(?:the\s+)?$", re.IGNORECASE)
_FOLLOWING_WORDS = 6


@dataclass(frozen=True)
class DraftPeriod:
    id: str
    alias: str
    relative_to: str = ""
    offset: int = 0


@dataclass(frozen=True)
class PeriodAt:
    """A period written in a sentence: its id, where it starts and ends, and whether it starts a span."""

    id: str
    start: int
    end: int
    starts_span: bool = False


def draft_periods(
    sentences: Iterable[Sentence], lexicon: Lexicon, ids: Ids
) -> tuple[tuple[DraftPeriod, ...], dict[int, list[PeriodAt]]]:
    """Candidate periods, and for each sentence the periods written in it, in order."""
    by_key: dict[PeriodKey, str] = {}
    drafted: list[DraftPeriod] = []
    at: dict[int, list[PeriodAt]] = {}
    last: str = ""
    for sentence in sentences:
        here = at.setdefault(sentence.number, [])
        for found in dates_of(sentence.text, lexicon):
            if found.key not in by_key:
                by_key[found.key] = ids.new(_period_id(found))
                drafted.append(DraftPeriod(by_key[found.key], found.text))
            last = by_key[found.key]
            here.append(PeriodAt(last, found.start, found.end, _not_a_time_of_figures(sentence.text, found, here)))
        for relative in find_relative(sentence.text, lexicon.calendar):
            earlier = [item.id for item in here if item.start < relative.start]
            base = earlier[-1] if earlier else last
            if not base:
                continue
            period_id = ids.new(base, "minus" if relative.years < 0 else "plus", str(abs(relative.years)))
            drafted.append(DraftPeriod(period_id, relative.text, base, relative.years))
            here.append(PeriodAt(period_id, relative.start, relative.start + len(relative.text)))
        here.sort(key=lambda item: item.start)
    return tuple(drafted), at


def dates_of(text: str, lexicon: Lexicon) -> list[FoundPeriod]:
    """The dates of a text, without ages written like dates ("aged 18–19", "in their 30s and 40s")."""
    kept: list[FoundPeriod] = []
    age_end: int | None = None
    for found in find_periods(text, lexicon.calendar):
        age = is_age(text, found.start, found.text, lexicon, age_end)
        age_end = found.end if age else None
        if not age and not in_a_code_or_clock(text, found.start, found.end):
            kept.append(found)
    return kept


def _not_a_time_of_figures(text: str, found: FoundPeriod, earlier: list[PeriodAt]) -> bool:
    """A date that starts or ends a span ("since 1990", "from May to July", "1990-2020") or names a thing
    ("the 2020 decree"): not the period of the figures near it."""
    before = text[max(0, found.start - 20) : found.start]
    if _SPAN_START.search(before) or (
        _MODIFIER.search(before) and text[found.end : found.end + 2].strip(" ")[:1].isalpha()
    ):
        return True
    previous = earlier[-1] if earlier else None
    return previous is not None and bool(_SPAN_JOIN.fullmatch(text[previous.end : found.start]))


def _period_id(found: FoundPeriod) -> str:
    key = found.key
    prefixes = {
        PeriodKind.YEAR: f"y{key.year}",
        PeriodKind.SPLIT_YEAR: f"y{key.year}-{(key.year + 1) % 100:02d}",
        PeriodKind.FISCAL_YEAR: f"fy{key.year}",
        PeriodKind.QUARTER: f"q{key.part}-{key.year}",
        PeriodKind.HALF: f"h{key.part}-{key.year}",
        PeriodKind.MONTH: f"m{key.year}-{key.part:02d}",
        PeriodKind.DATE: f"d{key.year}-{key.part:02d}-{key.day:02d}",
        PeriodKind.DECADE: f"the-{key.year}s",
        PeriodKind.CENTURY: f"c{key.year}",
    }
    return prefixes[key.kind]


def period_for(sentence: Sentence, quantity: Quantity, figures: list[Quantity], periods: list[PeriodAt]) -> str:
    """The period of a figure: paired in order with a list of figures, else the first one after it in its
    clause (no other figure between), else the nearest one before it in its clause, else the sentence's
    only period when it opens the sentence or closes it; else none (a period elsewhere in the sentence may
    be another figure's)."""
    if len(periods) >= 2 and len(periods) == len(figures) and not any(item.starts_span for item in periods):
        return periods[figures.index(quantity)].id
    text = sentence.text
    usable = [item for item in periods if not item.starts_span]
    following = [item for item in usable if item.start >= quantity.end]
    if following and _follows(text, quantity, following[0], figures):
        return following[0].id
    preceding = [item for item in usable if item.end <= quantity.start and _tied(text, item.end, quantity.start, [])]
    if preceding and not any(preceding[-1].end <= figure.start < quantity.start for figure in figures):
        return preceding[-1].id
    opening = _opening(text, usable, figures)
    if opening:
        return opening
    if len(usable) == 1 and len(periods) == 1:
        return _scene(text, usable[0], quantity, figures)
    return ""


def _follows(text: str, quantity: Quantity, period: PeriodAt, figures: list[Quantity]) -> bool:
    """A period written a few words after the figure in its clause, with no other figure between, except the
    level a change reaches ("up 3.7 million to 66.3 million in 2023")."""
    between = [figure for figure in figures if quantity.end <= figure.start < period.start]
    if between and (quantity.direction is Direction.NONE or len(between) > 1):
        return False
    if between and not re.search(r"\bto\s+$", text[quantity.end : between[0].start]):
        return False
    words = len(text[quantity.end : period.start].split()) - sum(len(figure.text.split()) for figure in between)
    return words <= _FOLLOWING_WORDS and _tied(text, quantity.end, period.start, [])


def _tied(text: str, start: int, end: int, figures: list[Quantity]) -> bool:
    """Nothing between a figure and a period parts them: no clause break and no other figure."""
    if any(start <= figure.start < end for figure in figures):
        return False
    return same_clause(text, start, end) or bool(_OPENS_ASIDE.fullmatch(text[start:end]))


def _opening(text: str, usable: list[PeriodAt], figures: list[Quantity]) -> str:
    """The period of an opening phrase ended by a comma ("In 2023, ..."), which sets the scene of the whole
    sentence when it holds no figure."""
    first = CLAUSE_BREAK.search(text)
    if first is None or text[first.start()] != "," or any(figure.start < first.start() for figure in figures):
        return ""
    scene = [item for item in usable if item.end <= first.start()]
    return scene[0].id if len(scene) == 1 else ""


def _scene(text: str, period: PeriodAt, quantity: Quantity, figures: list[Quantity]) -> str:
    """The sentence's only period sets the scene of its figures when it stands before all of them ("In
    2023, ...", "Top sellers in 2023 included ...") or in a closing phrase of its own (", in 2023.")."""
    if all(period.end <= figure.start for figure in figures):
        return period.id
    closing = _CLOSING.search(text[: period.start])
    if closing and all(figure.end <= closing.start() for figure in figures):
        return period.id
    return ""
