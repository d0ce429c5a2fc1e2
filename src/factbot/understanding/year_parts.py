"""A bare year read as the one part of it the knowledge holds: "Texas deaths 2025" of a source that gives
Texas only for the first half of 2025 asks for that half. Only when exactly one period inside the year holds
figures of what is asked, so the year picks it for sure; the answer names the period it gives."""

from __future__ import annotations

from functools import lru_cache

from factbot.knowledge.index import KnowledgeBase
from factbot.knowledge.period_keys import PeriodKind
from factbot.understanding.analysis import Span


def only_part_of_year(span: Span, kb: KnowledgeBase, entities: tuple[str, ...], measures: tuple[str, ...]) -> str:
    """The one period inside the whole year `span` names that has facts of the subjects and measures asked
    ("" when none, several, or the span names no whole year)."""
    key = span.key
    if key is None or key.kind is not PeriodKind.YEAR or not measures:
        return ""
    return _only_part(kb, key.year, entities, measures)


@lru_cache(maxsize=1024)
def _only_part(kb: KnowledgeBase, year: int, entities: tuple[str, ...], measures: tuple[str, ...]) -> str:
    """`only_part_of_year` of a year, once per knowledge base, year, subjects and measures: with no subject named
    it reads every figure of the measures, many in a large knowledge base."""
    facts = (
        [fact for entity in entities for measure in measures for fact in kb.facts_by_key.get((entity, measure), ())]
        if entities
        else [fact for measure in measures for fact in kb.facts_by_measure.get(measure, ())]
    )
    found = {fact.period for fact in facts if fact.period is not None and _inside(kb, fact.period, year)}
    return found.pop() if len(found) == 1 else ""


def _inside(kb: KnowledgeBase, period: str, year: int) -> bool:
    known = kb.periods.get(period)
    key = known.key if known is not None else None
    return key is not None and key.year == year and key.kind is not PeriodKind.YEAR and key.part > 0
