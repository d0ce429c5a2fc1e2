"""A count said with a superlative of a ranking ("the two largest", "the top 3"): a bound on each place.

Of a measure of places (unit "rank"), "Are X and Y the two largest?" and "Is X among the three biggest?" claim
that each one named holds a place no lower than the count: X and Y are the two largest when each is first or
second. The count is a cardinal, not an ordinal ("the second largest" names one place, checked as a figure), and
it stands right before or right after a cue of the highest ("two largest", "top 3"): the places count from the
highest, so the lowest ("the two smallest") would need the number of places, which no ranking gives.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from factbot.answering.outcome import Outcome
from factbot.answering.phrasing import describe
from factbot.answering.plan import outcome_of
from factbot.answering.values import levels
from factbot.knowledge.index import KnowledgeBase
from factbot.knowledge.numbers import RANK_UNIT
from factbot.understanding.analysis import Analysis, SpanKind
from factbot.understanding.reading import Reading

HIGHEST = "extreme_max"
OPERATIONS = frozenset({"lookup", "extreme_max"})


def top_outcome(reading: Reading, analysis: Analysis, kb: KnowledgeBase) -> Outcome | None:
    """Each subject's place, and whether each holds one of the top places the question counts; None when it
    counts none or a subject has no place in the sources."""
    if reading.operation not in OPERATIONS or reading.measure is None or not reading.subjects:
        return None
    if kb.measures[reading.measure].unit != RANK_UNIT:
        return None
    count = top_places(analysis)
    if count is None:
        return None
    places = [levels(kb, subject, reading.measure, reading.periods, reading.market) for subject in reading.subjects]
    if not all(len(found) == 1 for found in places):
        return None
    used = [found[0] for found in places]
    outcome = outcome_of(kb, " ".join(describe(kb, value) for value in used), used)
    return replace(outcome, verdict=all(value.amount <= count for value in used))


def top_places(analysis: Analysis) -> Decimal | None:
    """The count of top places the question says ("the two largest": 2), or None when it says none."""
    cues = {
        index for span in analysis.of(SpanKind.CUE) if HIGHEST in span.targets for index in (span.first, span.last - 1)
    }
    for span in analysis.of(SpanKind.FIGURE):
        quantity = span.quantity
        if quantity is None or quantity.ordinal or quantity.percent or not quantity.is_exact:
            continue
        if quantity.value < 1 or quantity.value != quantity.value.to_integral_value():
            continue
        if span.last in cues or span.first - 1 in cues:
            return quantity.value
    return None
