"""Two ends naming one change: "between 2016 and 2017", "from July 2016 to July 2017", "2016-2017".

A source states a change over a span ("grew 2.2 percent from July 1, 2016, to July 1, 2017"); the curator
writes it as a fact of the later period `since` the earlier one. A question naming both ends asks for that
one change, not for the figures of two periods (to be added, compared or listed). So the two ends are read
as one period, the later, when a figure of a measure asked (of any, when none is named) is that change: a
fact of the later period `since` the earlier, or, of a measure with no figure of the earlier period at all,
one whose own quote or context names the earlier end ("lost population between July 1, 2016, and July 1,
2017"). Two consecutive years written as one ("2016-2017") are such ends only when the knowledge has no
split year of them and does have that change; otherwise they stay a split year. "The year to July 2017"
names the change into the year the text dates July 2017 in, from the year before. "Since 1998" (a since-word
of the calendar before one period) names the change a fact states `since` that period: its own period, the
latest when several. Of the subjects named, only their own changes say which: when theirs end in different
periods, "since" names no one period and the periods stay as said.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from functools import lru_cache

from factbot.knowledge.index import KnowledgeBase
from factbot.knowledge.model import Fact
from factbot.knowledge.period_keys import PeriodKey, PeriodKind
from factbot.knowledge.periods import find_periods
from factbot.understanding.analysis import Analysis, Span, SpanKind
from factbot.understanding.dated_years import dated_year

Named = list[tuple[Span, str]]


def one_change(
    analysis: Analysis,
    kb: KnowledgeBase,
    measures: tuple[str, ...],
    periods: Named,
    missing: list[Span],
    subjects: tuple[str, ...],
) -> tuple[Named, list[Span]]:
    """The periods named, with two ends of one stated change read as its one (later) period, and the split
    years read so taken out of those the knowledge does not hold. Of one subject, a comparison sets the two ends
    side by side ("which was higher, between 2016 and 2017?"): they stay two periods."""
    if len(set(subjects)) <= 1 and _sets_ends_side_by_side(analysis):
        return periods, missing
    periods = _since_ends(analysis, kb, measures, subjects, _joined_ends(analysis, kb, measures, periods))
    for span in list(missing):
        written = all(analysis.words[index].surface.isdigit() for index in span.indexes)  # "2016-2017", "2016/17"
        end = _split_ends(span, kb, measures) if written else _year_to(span, analysis, kb, measures)
        if end:
            missing.remove(span)
            periods.append((span, end))
    return periods, missing


SIDE_BY_SIDE = frozenset({"compare", "ratio"})
"""Intents that set two figures against each other: "which was higher, between 2016 and 2017?" asks of two ends."""


def _sets_ends_side_by_side(analysis: Analysis) -> bool:
    return any(SIDE_BY_SIDE & set(span.targets) for span in analysis.of(SpanKind.CUE))


def _joined_ends(analysis: Analysis, kb: KnowledgeBase, measures: tuple[str, ...], periods: Named) -> Named:
    ordered = sorted(periods, key=lambda item: item[0].first)
    for (first, start), (second, end) in itertools.pairwise(ordered):
        opener = joined(analysis, kb, first, second)
        if opener is None or start == end or not _names_one_change(kb, measures, start, end):
            continue
        span = Span(opener, second.last, SpanKind.PERIOD, (end,), key=second.key)
        return [item for item in periods if item not in ((first, start), (second, end))] + [(span, end)]
    return periods


_SKIPPED_BEFORE = 2
"""Function words a since-word may stand before the period ("since its 1998 peak")."""


def _since_ends(
    analysis: Analysis, kb: KnowledgeBase, measures: tuple[str, ...], subjects: tuple[str, ...], periods: Named
) -> Named:
    """ "Since 1998": the period of the change a fact of a measure asked states since 1998 (the latest such), of
    the subjects named when any: another subject's later change says nothing of when theirs ends."""
    since = _words(kb, kb.lexicon.calendar_words.get("since_words", ()))
    read: Named = []
    for span, start in periods:
        end = _since_end(kb, measures, subjects, start) if _after_since(analysis, kb, span, since) else ""
        if end:  # the words first: the changes are looked for only after a since-word, not for every period named
            if all(end != other for _, other in periods):
                read.append((span, end))
            continue
        read.append((span, start))
    return read


def _since_end(kb: KnowledgeBase, measures: tuple[str, ...], subjects: tuple[str, ...], start: str) -> str:
    """The latest end of the changes since `start`, each named subject's own; "" when a subject named has none,
    or when the subjects' own latest ends differ (no one period is then named)."""
    ended = [(fact.subject, fact.period) for fact in _changes_since(kb, measures, start) if fact.period]
    groups = [[end for who, end in ended if who == subject] for subject in dict.fromkeys(subjects)]
    groups = groups or [[end for _, end in ended]]
    if not all(groups):
        return ""
    ends = {max(group, key=kb.period_order) for group in groups}
    return ends.pop() if len(ends) == 1 else ""


def _changes_since(kb: KnowledgeBase, measures: tuple[str, ...], start: str) -> list[Fact]:
    return [
        fact
        for measure in measures or tuple(kb.measures)
        for fact in kb.facts_by_measure.get(measure, ())
        if fact.since == start
    ]


def _after_since(analysis: Analysis, kb: KnowledgeBase, span: Span, since: frozenset[str]) -> bool:
    """Whether a since-word stands before the span, past at most two function words ("since its 1998 peak")."""
    index = span.first - 1
    skipped = 0
    while index >= 0 and skipped <= _SKIPPED_BEFORE:
        word = analysis.words[index].text
        if word in since:
            return True
        if word not in kb.stopwords and word not in kb.pronouns:
            return False
        index, skipped = index - 1, skipped + 1
    return False


def joined(analysis: Analysis, kb: KnowledgeBase, first: Span, second: Span) -> int | None:
    """Where "between A and B", "from A to B" or "A to B" starts, or None when the two are not so joined."""
    words = kb.lexicon.calendar_words
    openers = _words(kb, words.get("span_openers", ()))
    joiners = _words(kb, words.get("span_joiners", ()))
    between = [analysis.words[index].text for index in range(first.last, second.first)]
    if len(between) != 1 or between[0] not in joiners:
        return None
    before = first.first - 1
    if before >= 0 and analysis.words[before].text in openers:
        return before
    return None if between[0] in _words(kb, ("and",)) else first.first


def _words(kb: KnowledgeBase, phrases: Iterable[str]) -> frozenset[str]:
    return frozenset(word for phrase in phrases for word in kb.normaliser.words(phrase))


def _split_ends(span: Span, kb: KnowledgeBase, measures: tuple[str, ...]) -> str:
    """ "2016-2017" of a knowledge with the years 2016 and 2017 and the change between them, not the split year."""
    key = span.key
    if key is None or key.kind is not PeriodKind.SPLIT_YEAR or span.targets:
        return ""
    start = kb.periods_by_key.get(PeriodKey(PeriodKind.YEAR, key.year), ())
    end = kb.periods_by_key.get(PeriodKey(PeriodKind.YEAR, key.year + 1), ())
    if len(start) != 1 or len(end) != 1 or not _names_one_change(kb, measures, start[0], end[0]):
        return ""
    return end[0]


def _year_to(span: Span, analysis: Analysis, kb: KnowledgeBase, measures: tuple[str, ...]) -> str:
    """ "The year to July 2017", "the 12 months to July 2017": the change into the period the month names (a year
    the text dates so), from the year before, when the sources state that change."""
    words = [analysis.words[index] for index in range(span.first, span.last)]
    joiners = _words(kb, kb.lexicon.calendar_words.get("span_joiners", ()))
    after = next((place + 1 for place, word in enumerate(words) if word.text in joiners), None)
    if span.key is None or span.key.kind is not PeriodKind.SPLIT_YEAR or span.targets or after is None:
        return ""
    text = " ".join(word.surface for word in words[after:])
    found = find_periods(text, kb.lexicon.calendar)
    if len(found) != 1 or found[0].key.kind is not PeriodKind.MONTH:
        return ""
    end = dated_year(Span(span.first, span.last, SpanKind.PERIOD, key=found[0].key), kb, measures)
    start = kb.periods_by_key.get(PeriodKey(PeriodKind.YEAR, found[0].key.year - 1), ())
    return end if end and len(start) == 1 and _names_one_change(kb, measures, start[0], end) else ""


@lru_cache(maxsize=1024)
def _names_one_change(kb: KnowledgeBase, measures: tuple[str, ...], start: str, end: str) -> bool:
    """Whether the figures of `measures` (of any, when none is named) state the change from `start` to `end`. Once
    per knowledge base and ends: it reads every figure of the measures, many in a large knowledge base."""
    for measure in measures or tuple(kb.measures):
        facts = kb.facts_by_measure.get(measure, ())
        if any(fact.period == end and fact.since == start for fact in facts):
            return True
        if not any(fact.period == start for fact in facts) and any(
            fact.period == end and _names_end(kb, fact, start) for fact in facts
        ):
            return True
    return False


def _names_end(kb: KnowledgeBase, fact: Fact, start: str) -> bool:
    """The fact's own quote or context names a date of the earlier end's year: the figure is of the span."""
    key = kb.period(start).key
    if key is None:
        return False
    calendar = kb.lexicon.calendar
    texts = [item.quote for item in (fact.evidence, *fact.context)]
    return any(found.key.year == key.year for text in texts for found in find_periods(text, calendar))
