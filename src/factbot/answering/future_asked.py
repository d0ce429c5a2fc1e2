"""Yes/no questions about what will happen, which the figures given do not settle.

"Will X be forced to ...?" asks the future: what a source proposes or expects does not settle it, except
figures it gives as forecasts, asked of exactly those. "Would X outsell Y?" supposes: it asks what the figures
given would make of a comparison or a total, and they settle it.
"""

from __future__ import annotations

from factbot.knowledge.index import KnowledgeBase
from factbot.understanding.analysis import Analysis
from factbot.understanding.operations import STATEMENT
from factbot.understanding.reading import Reading

SUPPOSED = frozenset({"compare", "ratio", "difference", "sum", "average"})
"""Operations whose figures a modal ("would") asks to be worked out: comparisons, and totals of several."""

FORECAST = "forecast"


def asks_the_future(reading: Reading, analysis: Analysis, kb: KnowledgeBase) -> bool:
    """Whether the question asks what will happen, which no verdict settles."""
    return (
        _opens_with_future(analysis, kb) and not _forecasts_only(reading, kb) and not _supposes(reading, analysis, kb)
    )


def _supposes(reading: Reading, analysis: Analysis, kb: KnowledgeBase) -> bool:
    """ "Would X outsell Y?", "would the three together sell more than N?": a modal asks what the figures given
    would make of a comparison or a total, not what will happen; "will" asks the future."""
    return reading.operation in SUPPOSED and analysis.words[0].text in kb.modal_words


def _opens_with_future(analysis: Analysis, kb: KnowledgeBase) -> bool:
    """ "Will X be forced to ...?": what a source proposes or expects does not settle what will happen."""
    return bool(analysis.words) and analysis.words[0].text in kb.future_openers


def _forecasts_only(reading: Reading, kb: KnowledgeBase) -> bool:
    """Figures the source gives as forecasts are what it expects to happen: "will X exceed Y?" is asked of
    exactly those. A statement, a plan or a target does not settle what will happen."""
    if reading.operation == STATEMENT or not reading.subjects:
        return False
    measures = reading.measures or ((reading.measure,) if reading.measure is not None else ())
    facts = [
        fact
        for subject in reading.subjects
        for measure in measures
        for fact in kb.facts_by_key.get((subject, measure), ())
        if not reading.periods or fact.period in reading.periods
    ]
    return bool(facts) and all(fact.basis == FORECAST for fact in facts)
