"""Periods named by their place in a curated series: "the first of those three years", "... to the third".

A source may give figures for periods it names only by their place ("22.6%, 20.0% and 17.0% in the past three
years"), and the curator names each period so: "the first of the past three years", "the latest of the past
three years". The aliases share a tail, a count and a period word ("three years"), after a place word (an
ordinal, or a final word: "last", "latest") and "of". A question may say the tail with other determiners ("of
those three years", "of the last 3 years") or say a place alone beside one named in full ("from the first of
those three years to the third"): each is read as the period at that place of the series whose tail has the same
count and period word. Nothing is read when no curated series has that count and period word.

A place is said by an ordinal or a final word, never by a cardinal: the normaliser folds "one" and "first" alike,
so "in one of the past three years" (any of them) would otherwise be read, and match an alias, as the first.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from functools import lru_cache

from factbot.knowledge.index import KnowledgeBase
from factbot.understanding.analysis_types import Span, SpanKind, Word

OF = "of"
CONNECTORS = frozenset({"to", "and", "through", "until", "till", "or", "versus", "vs", "with"})
"""Words between two places of one series ("the first to the third")."""
MAX_BETWEEN = 3
"""Words allowed between "of" and the count ("of the past", "of those last")."""
Series = dict[int, str]
"""A series' periods by their place, first place 1."""


def series_ordinals(words: Sequence[Word], spans: list[Span], kb: KnowledgeBase) -> list[Span]:
    """The spans with each place of a series read as its period; the figures and vaguer periods inside dropped,
    and a series' period said with a cardinal where its place stands dropped too."""
    table = _series_table(kb)
    if not table:
        return spans
    texts = tuple(word.text for word in words)
    tails = list(_tails(texts, table, kb)) if OF in texts else []
    if not tails:  # most questions: the places and cardinals are not worked out
        return spans
    cardinals = _cardinals(words, kb)
    found: list[Span] = []
    ordinals = _ordinals(spans)
    for first, last, series in tails:
        if first in cardinals:  # "one of the past three years": no place, whatever alias it matched
            spans = [span for span in spans if not _of_series_at(span, first, series)]
            continue
        found.extend(_places(texts, first, last, series, ordinals, kb.final_words))
    if not found:
        return spans
    kept = [span for span in spans if not _covered(span, found)]
    return kept + [span for span in found if span not in kept]


def _cardinals(words: Sequence[Word], kb: KnowledgeBase) -> frozenset[int]:
    """Where the question says a cardinal number ("one", "3"), which the normaliser writes as it does an ordinal."""
    spelled = kb.lexicon.numerals.number_words
    return frozenset(
        index
        for index, word in enumerate(words)
        if word.text.isdigit() and (word.surface.isdigit() or word.surface.lower() in spelled)
    )


def _of_series_at(span: Span, index: int, series: Series) -> bool:
    return span.kind is SpanKind.PERIOD and index in span.indexes and set(span.targets) <= set(series.values())


def _covered(span: Span, found: list[Span]) -> bool:
    """A figure or a period inside a place read: the ordinal and the count, or "the past three years" of all."""
    return span.kind in (SpanKind.FIGURE, SpanKind.PERIOD) and any(
        span.indexes <= item.indexes and span != item for item in found
    )


def _tails(
    texts: tuple[str, ...], table: dict[tuple[str, str], Series], kb: KnowledgeBase
) -> Iterator[tuple[int, int, Series]]:
    """Each "PLACE of ... COUNT PERIOD-WORD" whose count and period word name a series: its words and series."""
    between = _between_words(kb)
    for index in range(1, len(texts) - 2):
        if texts[index] != OF:
            continue
        at = index + 1
        while at < len(texts) and at - index <= MAX_BETWEEN and texts[at] in between:
            at += 1
        series = table.get((texts[at], texts[at + 1])) if at + 1 < len(texts) else None
        if series is not None:
            yield index - 1, at + 2, series


def _ordinals(spans: list[Span]) -> frozenset[int]:
    """The words that name a place: ordinals read as figures ("third", not "three": both read as 3), final words,
    and words of a period alias already read ("first of the past three years")."""
    return frozenset(
        index
        for span in spans
        if (span.kind is SpanKind.FIGURE and span.quantity is not None and span.quantity.ordinal)
        or span.kind is SpanKind.PERIOD
        for index in span.indexes
    )


def _places(
    texts: tuple[str, ...], first: int, last: int, series: Series, ordinals: frozenset[int], final: frozenset[str]
) -> Iterator[Span]:
    """The place named before "of", and a place said alone across a connector before or after it."""
    count = len(series)
    period = series.get(_place(texts[first], count, first in ordinals, final) or 0)
    if period is None:
        return
    yield Span(first, last, SpanKind.PERIOD, (period,))
    for at in (_across(texts, last, 1), _across(texts, first - 1, -1)):
        if at is None:
            continue
        other = series.get(_place(texts[at], count, at in ordinals, final) or 0)
        if other is not None and (at + 1 >= len(texts) or texts[at + 1] != OF):
            yield Span(at, at + 1, SpanKind.PERIOD, (other,))


def _across(texts: tuple[str, ...], start: int, step: int) -> int | None:
    """The word past a connector from `start` (a "the" skipped either side), or None with no connector there."""
    at = _skip_the(texts, start, step)
    if not 0 <= at < len(texts) or texts[at] not in CONNECTORS:
        return None
    at = _skip_the(texts, at + step, step)
    return at if 0 <= at < len(texts) else None


def _skip_the(texts: tuple[str, ...], at: int, step: int) -> int:
    while 0 <= at < len(texts) and texts[at] == "the":
        at += step
    return at


def _place(word: str, count: int, ordinal: bool, final: frozenset[str]) -> int | None:
    """The place a word names in a series of `count`: an ordinal read as its number ("third": 3), a final word
    ("latest") the last; a cardinal ("two of the three years") names none."""
    if word in final:
        return count
    return int(word) if ordinal and word.isdigit() and 1 <= int(word) <= count else None


@lru_cache(maxsize=16)
def _between_words(kb: KnowledgeBase) -> frozenset[str]:
    """Words that may stand between "of" and the count: determiners, and words saying the series is recent."""
    previous = kb.lexicon.calendar_words.get("previous_words", ())
    extra = {word for text in ("past", "recent", "most", *previous) for word in kb.normaliser.words(text)}
    return frozenset(kb.stopwords | kb.final_words | extra)


@lru_cache(maxsize=16)
def _series_table(kb: KnowledgeBase) -> dict[tuple[str, str], Series]:
    """The curated series by their tail's count and period word, from period aliases "PLACE of ... COUNT WORD"."""
    table: dict[tuple[str, str], Series] = {}
    for period in kb.periods.values():
        for alias in (period.label, *period.aliases):
            words = kb.normaliser.words(alias)
            start = next((at for at, word in enumerate(words) if word not in kb.stopwords), len(words))
            if len(words) - start < 4 or words[start + 1] != OF:  # place, of, count, word
                continue
            count, unit = words[-2], words[-1]
            place = _place(words[start], int(count), True, kb.final_words) if count.isdigit() else None
            if place is not None and unit in kb.period_words:
                table.setdefault((count, unit), {})[place] = period.id
    return {key: series for key, series in table.items() if len(series) == int(key[0])}
