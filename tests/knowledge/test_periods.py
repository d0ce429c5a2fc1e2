"""Periods and dates are read into keys that compare equal whatever the spelling."""

from __future__ import annotations

import pytest

from factbot.knowledge.lexicon import builtin_lexicon
from factbot.knowledge.period_keys import PeriodKey, PeriodKind
from factbot.knowledge.periods import find_periods, find_relative, read_period


def key(text: str) -> PeriodKey | None:
    return read_period(text, builtin_lexicon().calendar)


@pytest.mark.parametrize("text", ["2022/23", "2022-23", "2022/2023", "MY 22/23", "FY 2022-2023", "FY22-23", "22/23"])
def test_split_years_in_any_spelling_are_one_key(text: str) -> None:
    assert key(text) == PeriodKey(PeriodKind.SPLIT_YEAR, 2022)


@pytest.mark.parametrize(
    ("text", "expected", "label"),
    [
        ("2023", PeriodKey(PeriodKind.YEAR, 2023), "2023"),
        ("Q1 2024", PeriodKey(PeriodKind.QUARTER, 2024, 1), "Q1 2024"),
        ("the first quarter of 2024", PeriodKey(PeriodKind.QUARTER, 2024, 1), "Q1 2024"),
        ("H1 2024", PeriodKey(PeriodKind.HALF, 2024, 1), "the first half of 2024"),
        ("first half of 2024", PeriodKey(PeriodKind.HALF, 2024, 1), "the first half of 2024"),
        ("July 2017", PeriodKey(PeriodKind.MONTH, 2017, 7), "July 2017"),
        ("May 23, 2024", PeriodKey(PeriodKind.DATE, 2024, 5, 23), "May 23, 2024"),
        ("23 May 2024", PeriodKey(PeriodKind.DATE, 2024, 5, 23), "May 23, 2024"),
        ("fiscal year ending March 2024", PeriodKey(PeriodKind.SPLIT_YEAR, 2023), "2023/24"),
        ("year to March 2024", PeriodKey(PeriodKind.SPLIT_YEAR, 2023), "2023/24"),
        ("12 months ended June 2023", PeriodKey(PeriodKind.SPLIT_YEAR, 2022), "2022/23"),
        ("12 months ended December 2017", PeriodKey(PeriodKind.YEAR, 2017), "2017"),
        ("year ended Dec 2017", PeriodKey(PeriodKind.YEAR, 2017), "2017"),
        ("fiscal year ending September 2024", PeriodKey(PeriodKind.SPLIT_YEAR, 2023), "2023/24"),
        ("FY2023", PeriodKey(PeriodKind.FISCAL_YEAR, 2023), "fiscal 2023"),
        ("the 1850s", PeriodKey(PeriodKind.DECADE, 1850), "the 1850s"),
    ],
)
def test_periods_are_read_and_labelled(text: str, expected: PeriodKey, label: str) -> None:
    assert key(text) == expected
    assert expected.label == label


def test_two_non_consecutive_years_are_two_periods_not_one() -> None:
    found = find_periods("between 2012 and 2016", builtin_lexicon().calendar)
    assert [item.key.year for item in found] == [2012, 2016]


def test_a_fraction_is_not_a_period() -> None:
    assert find_periods("1/2 of the crop", builtin_lexicon().calendar) == ()


def test_keys_sort_on_a_time_line_and_move_by_years() -> None:
    marketing = PeriodKey(PeriodKind.SPLIT_YEAR, 2022)
    assert marketing.shifted(-4).label == "2018/19"
    assert PeriodKey(PeriodKind.YEAR, 2022).order < marketing.order < PeriodKey(PeriodKind.YEAR, 2023).order
    assert PeriodKey(PeriodKind.QUARTER, 2024, 1).order < PeriodKey(PeriodKind.HALF, 2024, 2).order


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("4 years earlier", -4),
        ("a year earlier", -1),
        ("the previous year", -1),
        ("two years ago", -2),
        ("next year", 1),
    ],
)
def test_relative_periods(text: str, years: int) -> None:
    [relative] = find_relative(text, builtin_lexicon().calendar)
    assert relative.years == years


@pytest.mark.parametrize(
    ("text", "kind", "part"),
    [
        ("in the first six months of 2024", PeriodKind.HALF, 1),
        ("the second 6 months of 2024", PeriodKind.HALF, 2),
        ("the first three months of 2024", PeriodKind.QUARTER, 1),
    ],
)
def test_the_first_six_months_of_a_year_is_its_first_half(text: str, kind: PeriodKind, part: int) -> None:
    (found,) = find_periods(text, builtin_lexicon().calendar)
    assert found.key == PeriodKey(kind, 2024, part)


@pytest.mark.parametrize(
    "text", ["12 months ended December 2017", "year ended December 2017", "year-ended December 2017"]
)
def test_a_year_ended_in_december_is_the_calendar_year_not_a_split_year(text: str) -> None:
    assert key(text) == PeriodKey(PeriodKind.YEAR, 2017)
