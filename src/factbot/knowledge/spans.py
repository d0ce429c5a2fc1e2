"""Which calendar spans lie inside which: June is in the first half of 2025, in its second quarter and in 2025.

A share of one subject's figure for a span in its figure for a span holding it ("what share of the first
half's deaths were in June?") is a part of a whole, as one subject's figure is of a group's.
"""

from __future__ import annotations

from factbot.knowledge.period_keys import PeriodKey, PeriodKind

MONTHS_IN = {PeriodKind.HALF: 6, PeriodKind.QUARTER: 3, PeriodKind.MONTH: 1}
"""How many months each span of a calendar year takes."""


def contains(outer: PeriodKey, inner: PeriodKey) -> bool:
    """Whether the calendar span `outer` holds all of `inner` (and is longer): never for fiscal or split years,
    whose months vary."""
    if outer.year != inner.year or outer == inner:
        return False
    if outer.kind is PeriodKind.YEAR:
        return inner.kind in (*MONTHS_IN, PeriodKind.DATE)
    if outer.kind not in MONTHS_IN or inner.kind not in (*MONTHS_IN, PeriodKind.DATE):
        return False
    first, last = _months(outer)
    inner_first, inner_last = (inner.part, inner.part) if inner.kind is PeriodKind.DATE else _months(inner)
    return first <= inner_first and inner_last <= last and (inner_first, inner_last) != (first, last)


def _months(key: PeriodKey) -> tuple[int, int]:
    """The first and last month (1-12) of a half, quarter or month."""
    size = MONTHS_IN[key.kind]
    first = (key.part - 1) * size + 1
    return first, first + size - 1
