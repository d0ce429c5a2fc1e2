"""A date or a month inside a year, read as the year the text dates so: "as of July 1, 2017" of a source whose 2017
figures are "to July 1, 2017".

Estimates, censuses and balance sheets give a year's figure as of one day of it. The curator declares the year
(2017); the fact's sentence names the day. A question naming the day then asks for that year's figure, when the
knowledge has no period of that day or month of its own (else the day is that period's) and the evidence of the
figures asked (their quotes and context, or those of another figure of that period in the same sentence) dates
that year with that day, or with a day of that month. A day no figure's evidence names is no day the knowledge
knows: it stays unread, and the answer says so.
"""

from __future__ import annotations

from collections import defaultdict
from functools import lru_cache

from factbot.knowledge.index import KnowledgeBase
from factbot.knowledge.period_keys import PeriodKey, PeriodKind
from factbot.knowledge.periods import find_periods
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
    """Each day and month the evidence of a measure's figures names (its quote and context, or those of another
    figure of the same period in the same sentence), with the year periods of those figures (the period, or the
    period a change is measured from) of the same year. Computed once per knowledge and measure."""
    facts = kb.facts_by_measure.get(measure, ()) if measure is not None else kb.knowledge.facts
    in_sentence = _dates_by_sentence(kb)
    found: dict[PeriodKey, set[str]] = defaultdict(set)
    for fact in facts:
        for period in (fact.period, fact.since):
            key = _year(kb, period) if period else None
            if period is None or key is None:
                continue
            for date in in_sentence.get((fact.evidence.source, fact.evidence.sentence, fact.period), ()):
                if date.year == key.year:
                    found[date].add(period)
                    found[PeriodKey(PeriodKind.MONTH, date.year, date.part)].add(period)
    return {key: frozenset(periods) for key, periods in found.items()}


@lru_cache(maxsize=16)
def _dates_by_sentence(kb: KnowledgeBase) -> dict[tuple[str, int, str | None], frozenset[PeriodKey]]:
    """The days and months the quotes and context of the figures of each sentence and period name."""
    calendar = kb.lexicon.calendar
    found: dict[tuple[str, int, str | None], set[PeriodKey]] = defaultdict(set)
    for fact in kb.knowledge.facts:
        texts = [item.quote for item in (fact.evidence, *fact.context)]
        dates = {date.key for text in texts for date in find_periods(text, calendar)}
        found[(fact.evidence.source, fact.evidence.sentence, fact.period)] |= {
            key for key in dates if key.kind in _INSIDE_A_YEAR
        }
    return {key: frozenset(dates) for key, dates in found.items()}


def _year(kb: KnowledgeBase, period: str) -> PeriodKey | None:
    key = kb.period(period).key
    return key if key is not None and key.kind is PeriodKind.YEAR else None
