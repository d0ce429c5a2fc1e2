"""A date or a month inside a year, read as the year the text dates so: "as of July 1, 2017" of a source whose 2017
figures are "to July 1, 2017".

Estimates, censuses and balance sheets give a year's figure as of one day of it. The curator declares the year
(2017); the fact's sentence names the day. A question naming the day then asks for that year's figure, when the
knowledge has no period of that day or month of its own (else the day is that period's) and the sentences of the
figures asked (their quotes, context and whole sentences) date that year with that day, or with a day of that
month. A day no figure's sentence names is no day the knowledge knows: it stays unread, and the answer says so.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from functools import lru_cache

from factbot.knowledge.index import KnowledgeBase
from factbot.knowledge.model import Fact
from factbot.knowledge.periods import PeriodKey, PeriodKind, find_periods
from factbot.understanding.analysis_types import Span

_INSIDE_A_YEAR = (PeriodKind.DATE, PeriodKind.MONTH)


def dated_year(span: Span, kb: KnowledgeBase, measures: tuple[str, ...]) -> str:
    """The one year period the figures of `measures` (of any, when none is named) are dated by the day or month
    `span` names; "" when the span names no such day, the knowledge has a period of it, or none or several fit."""
    key = span.key
    if key is None or key.kind not in _INSIDE_A_YEAR or span.targets or _declared(kb, key):
        return ""
    found = {period for measure in measures or (None,) for period in _dated(kb, measure).get(key, ())}
    return found.pop() if len(found) == 1 else ""


def _declared(kb: KnowledgeBase, key: PeriodKey) -> bool:
    """The knowledge has a period of this day or of its month: the day is that period's, not the year's."""
    month = PeriodKey(PeriodKind.MONTH, key.year, key.part)
    return bool(kb.periods_by_key.get(key) or kb.periods_by_key.get(month))


@lru_cache(maxsize=256)
def _dated(kb: KnowledgeBase, measure: str | None) -> dict[PeriodKey, frozenset[str]]:
    """Each day and month the sentences of a measure's figures name, with the year periods of those figures (the
    period, or the period a change is measured from) of the same year. Computed once per knowledge and measure."""
    facts = kb.facts_by_measure.get(measure, ()) if measure is not None else kb.knowledge.facts
    found: dict[PeriodKey, set[str]] = defaultdict(set)
    calendar = kb.lexicon.calendar
    for fact in facts:
        years = {key.year: period for period in (fact.period, fact.since) if period and (key := _year(kb, period))}
        if not years:
            continue
        for text in _texts(kb, fact):
            for date in find_periods(text, calendar):
                period = years.get(date.key.year)
                if period is not None and date.key.kind in _INSIDE_A_YEAR:
                    found[date.key].add(period)
                    found[PeriodKey(PeriodKind.MONTH, date.key.year, date.key.part)].add(period)
    return {key: frozenset(periods) for key, periods in found.items()}


def _year(kb: KnowledgeBase, period: str) -> PeriodKey | None:
    key = kb.period(period).key
    return key if key is not None and key.kind is PeriodKind.YEAR else None


def _texts(kb: KnowledgeBase, fact: Fact) -> Iterable[str]:
    """The fact's quote and context, and the whole sentences they stand in: the text dates a figure there."""
    for evidence in (fact.evidence, *fact.context):
        yield evidence.quote
        source = kb.knowledge.sources.get(evidence.source)
        sentence = source.sentence(evidence.sentence) if source is not None else None
        if sentence is not None:
            yield sentence.text
