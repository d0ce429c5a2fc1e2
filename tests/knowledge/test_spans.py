"""Calendar spans inside others: a month in its half, quarter and year; never across years or fiscal years."""

from __future__ import annotations

from factbot.knowledge.period_keys import PeriodKey, PeriodKind
from factbot.knowledge.spans import contains

YEAR = PeriodKey(PeriodKind.YEAR, 2025)
FIRST_HALF = PeriodKey(PeriodKind.HALF, 2025, 1)
JUNE = PeriodKey(PeriodKind.MONTH, 2025, 6)
JULY = PeriodKey(PeriodKind.MONTH, 2025, 7)
SECOND_QUARTER = PeriodKey(PeriodKind.QUARTER, 2025, 2)


def test_a_month_is_inside_its_half_its_quarter_and_its_year() -> None:
    assert contains(FIRST_HALF, JUNE) and contains(SECOND_QUARTER, JUNE) and contains(YEAR, JUNE)
    assert contains(FIRST_HALF, SECOND_QUARTER) and contains(YEAR, FIRST_HALF)


def test_no_span_holds_one_outside_it_or_itself() -> None:
    assert not contains(FIRST_HALF, JULY) and not contains(JUNE, FIRST_HALF) and not contains(JUNE, JUNE)
    assert not contains(PeriodKey(PeriodKind.YEAR, 2024), JUNE)
    assert not contains(PeriodKey(PeriodKind.FISCAL_YEAR, 2025), JUNE)
