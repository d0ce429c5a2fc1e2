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
from factbot.knowledge.quantities import Bound, Quantity
from factbot.understanding.reading import Reading


def relative_change(reading: Reading, kb: KnowledgeBase) -> Decimal | None:
    """The change of one figure between the two periods asked, in percent of the earlier; without them, the one
    change in percent the sources state of the subject in the periods asked ("down 48% from 1998"); else None."""
    pair = pair_of(reading, kb)
    if pair is None:
        return _stated_relative(reading, kb)
    first, second = pair
    if first.subject != second.subject or first.measure != second.measure or first.period == second.period:
        return None
    earlier, later = sorted(pair, key=lambda value: kb.period_order(value.period))
    return (later.amount - earlier.amount) / earlier.amount * 100 if earlier.amount else None


def _stated_relative(reading: Reading, kb: KnowledgeBase) -> Decimal | None:
    """The one stated change of the one subject asked that the source gives in percent, as a signed percent."""
    if reading.measure is None or len(reading.subjects) != 1:
        return None
    found = {
        value.amount
        for value in changes(kb, reading.subjects[0], reading.measure, reading.periods, reading.market)
        if value.facts and all(fact.percent for fact in value.facts)
    }
    return found.pop() if len(found) == 1 else None


def admits_relative(claimed: Quantity, found: Decimal) -> bool:
    """Whether the relative change found (its size) is the one claimed: an exact claim within half its step."""
    if claimed.bound is Bound.MORE_THAN:
        return found > claimed.value
    if claimed.bound is Bound.LESS_THAN:
        return found < claimed.value
    return abs(found - claimed.value) <= claimed.step / 2
