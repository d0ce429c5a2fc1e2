"""The size of a change in percent, for a percentage claimed of a measure counted in other units.

"Did sales rise by 25%?" or "by a quarter" of widgets asks the change relative to the earlier figure, not the
amount it rose by: 120 to 150 widgets is a rise of 30 widgets, and of 25%. A figure said this way is rounded, so
an exact claim is met within half its last step ("by a third": 33.33, of 33.3%); a bound ("by more than half") as
said.
"""

from __future__ import annotations

from decimal import Decimal

from factbot.answering.pairs import pair_of
from factbot.answering.values import changes
from factbot.knowledge.index import KnowledgeBase
from factbot.knowledge.numbers import PERCENT_UNIT
from factbot.knowledge.quantities import Bound, Quantity
from factbot.understanding.reading import Reading


def relative_change(reading: Reading, kb: KnowledgeBase) -> Decimal | None:
    """The change of one figure between the two periods asked, in percent of the earlier; else the one change the
    source states in percent ("down 48%" of a rate counted per 100,000); None without either."""
    pair = pair_of(reading, kb)
    if pair is None:
        return _stated_in_percent(reading, kb)
    first, second = pair
    if first.subject != second.subject or first.measure != second.measure or first.period == second.period:
        return None
    earlier, later = sorted(pair, key=lambda value: kb.period_order(value.period))
    return (later.amount - earlier.amount) / earlier.amount * 100 if earlier.amount else None


def admits_relative(claimed: Quantity, found: Decimal) -> bool:
    """Whether the relative change found (its size) is the one claimed: an exact claim within half its step."""
    if claimed.bound is Bound.MORE_THAN:
        return found > claimed.value
    if claimed.bound is Bound.LESS_THAN:
        return found < claimed.value
    return abs(found - claimed.value) <= claimed.step / 2


def _stated_in_percent(reading: Reading, kb: KnowledgeBase) -> Decimal | None:
    """The one change of the reading's one subject that the source states in percent of a measure counted in
    other units: it is the relative change itself."""
    if reading.measure is None or len(reading.subjects) != 1 or kb.measures[reading.measure].unit == PERCENT_UNIT:
        return None
    found = changes(kb, reading.subjects[0], reading.measure, reading.periods, reading.market)
    if len(found) != 1 or not all(fact.percent for fact in found[0].facts):
        return None
    return found[0].amount
