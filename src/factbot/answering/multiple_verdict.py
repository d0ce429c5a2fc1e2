"""Yes/no of one figure against a multiple of another ("was X more than half Y?", "did X sell twice as many as
Y?"): the ratio of the two, worked out by the ratio operation and shown as its working, against the factor.

A bound ("more than", "at least", "under") is met or not; a ratio equal to the factor at the three significant
figures shown does not settle "more than" (it may be "at least"). A factor with no bound ("is it double?") asks
about equal: Yes close to it, No far from it, and unsettled in between, where "roughly double" might be meant.
"""

from __future__ import annotations

from decimal import Decimal

from factbot.answering.values import Value
from factbot.knowledge.index import KnowledgeBase
from factbot.knowledge.quantities import Bound
from factbot.understanding.analysis import Analysis, SpanKind
from factbot.understanding.change_spans import joined
from factbot.understanding.multiples import Multiple

CLOSE = {Bound.EXACT: Decimal("0.025"), Bound.APPROXIMATE: Decimal("0.1")}
"""How far from the factor, relatively, a ratio still counts as it: "double" of 1.98, "about double" of 1.85."""
FAR = {Bound.EXACT: Decimal("0.1"), Bound.APPROXIMATE: Decimal("0.25")}
"""How far from the factor a ratio is plainly not it: "double" of 1.5 is No."""
SIGNIFICANT = 3


def multiple_verdict(values: tuple[Decimal, ...], found: tuple[Multiple, ...]) -> bool | None:
    """The one ratio found against the one multiple asked; anything else is not settled."""
    if len(found) != 1 or len(values) != 1 or found[0].factor <= 0:
        return None
    ratio, multiple = values[0], found[0]
    if _shown(ratio) == _shown(multiple.factor) and multiple.bound in (Bound.MORE_THAN, Bound.LESS_THAN):
        return None
    if multiple.bound is Bound.MORE_THAN:
        return ratio > multiple.factor
    if multiple.bound is Bound.LESS_THAN:
        return ratio < multiple.factor
    if multiple.bound not in CLOSE:
        return None
    off = abs(ratio - multiple.factor) / multiple.factor
    return True if off <= CLOSE[multiple.bound] else False if off > FAR[multiple.bound] else None


def _shown(value: Decimal) -> Decimal:
    """The value at the significant figures a ratio is shown with."""
    if value == 0:
        return value
    return round(value, SIGNIFICANT - 1 - value.adjusted())


def growth_ratio(pair: tuple[Value, Value] | None, analysis: Analysis, kb: KnowledgeBase) -> Decimal | None:
    """Of one figure over two periods said as a span ("from 2020 to 2021", "between 2020 and 2021"), a multiple
    asks how the figure grew: the later over the earlier, whichever the ratio shown puts first. None otherwise,
    when the figures stay in the order the question names them ("was 2021's twice 2020's?")."""
    if pair is None or not _one_figure_over_time(pair) or not _said_as_span(analysis, kb):
        return None
    earlier, later = sorted(pair, key=lambda value: kb.period_order(value.period))
    return later.amount / earlier.amount if earlier.amount else None


def _one_figure_over_time(pair: tuple[Value, Value]) -> bool:
    first, second = pair
    return first.subject == second.subject and first.measure == second.measure and first.period != second.period


def _said_as_span(analysis: Analysis, kb: KnowledgeBase) -> bool:
    periods = sorted(analysis.of(SpanKind.PERIOD), key=lambda span: span.first)
    return len(periods) == 2 and joined(analysis, kb, periods[0], periods[1]) is not None
