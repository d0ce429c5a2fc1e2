"""The one number reader: figures as sources, questions and claims write them."""

from __future__ import annotations

from decimal import Decimal

import pytest

from factbot.knowledge.lexicon import builtin_lexicon
from factbot.knowledge.periods import find_periods
from factbot.knowledge.quantities import Bound, Direction, Quantity, read_quantities, read_quantity


def figures(text: str) -> tuple[Quantity, ...]:
    lexicon = builtin_lexicon()
    dates = [(found.start, found.end) for found in find_periods(text, lexicon.calendar)]
    return read_quantities(text, lexicon.numerals, dates)


def only(text: str) -> Quantity:
    [quantity] = figures(text)
    return quantity


@pytest.mark.parametrize(
    ("text", "value", "currency"),
    [
        ("a $280 million fund", "280000000", "$"),
        ("$23.2bn", "23200000000", "$"),
        ("£600m", "600000000", "£"),
        ("€1.2 billion", "1200000000", "€"),
        ("1.4 mn bags", "1400000", ""),
        ("47m bags", "47000000", ""),
        ("810,000 vehicles", "810000", ""),
    ],
)
def test_money_and_scales_are_read_with_their_currency(text: str, value: str, currency: str) -> None:
    quantity = only(text)
    assert quantity.value == Decimal(value)
    assert quantity.currency == currency


@pytest.mark.parametrize(
    ("text", "bound", "value"),
    [
        ("just under 1% of the population", Bound.LESS_THAN, "1"),
        ("over $161 million", Bound.MORE_THAN, "161000000"),
        ("more than 30 new models", Bound.MORE_THAN, "30"),
        ("nearly 23%", Bound.APPROXIMATE, "23"),
        ("approximately $40 million", Bound.APPROXIMATE, "40000000"),
        ("up to 50% of the tickets", Bound.LESS_THAN, "50"),
        ("22.6 million bbls", Bound.EXACT, "22600000"),
    ],
)
def test_bounds_and_approximations_are_recorded(text: str, bound: Bound, value: str) -> None:
    quantity = only(text)
    assert (quantity.bound, quantity.value) == (bound, Decimal(value))
    assert quantity.is_exact is (bound is Bound.EXACT)


@pytest.mark.parametrize(("text", "low", "high"), [("3–5%", "3", "5"), ("54 to 58 percent of imports", "54", "58")])
def test_ranges_keep_both_ends(text: str, low: str, high: str) -> None:
    quantity = only(text)
    assert quantity.bound is Bound.RANGE and quantity.percent
    assert (quantity.value, quantity.high) == (Decimal(low), Decimal(high))
    assert quantity.admits(Decimal(low) + 1) and not quantity.admits(Decimal(high) + 1)


def test_from_one_figure_to_another_is_two_figures_not_a_range() -> None:
    assert [quantity.value for quantity in figures("rose from 10% to 15% of sales")] == [10, 15]


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        ("slipped 2.6 million bags", Direction.DOWN),
        ("fell 8.8%", Direction.DOWN),
        ("down 0.7%", Direction.DOWN),
        ("gained 1.2 million bags", Direction.UP),
        ("up 8.4 million bags", Direction.UP),
        ("reached 49.1 million", Direction.NONE),
    ],
)
def test_words_of_rise_and_fall_give_a_direction(text: str, direction: Direction) -> None:
    assert only(text).direction is direction


def test_a_written_minus_is_a_negative_value_and_a_hyphen_is_not() -> None:
    assert only("-2.6 million").value == Decimal("-2600000")
    assert only("60-kg bags").value == 60


@pytest.mark.parametrize(("text", "value", "ordinal"), [("nine additional AGs", 9, False), ("ranked ninth", 9, True)])
def test_spelled_numbers_and_ordinals(text: str, value: int, ordinal: bool) -> None:
    quantity = only(text)
    assert (quantity.value, quantity.spelled, quantity.ordinal) == (value, True, ordinal)


@pytest.mark.parametrize(
    ("text", "written", "value", "ordinal"),
    [("Thirty-two more states", "Thirty-two", 32, False), ("the twenty-first year", "twenty-first", 21, True)],
)
def test_a_ten_and_a_unit_joined_by_a_hyphen_are_one_number(text: str, written: str, value: int, ordinal: bool) -> None:
    quantity = only(text)
    assert (quantity.value, quantity.text, quantity.ordinal) == (value, written, ordinal)


def test_percent_versus_percentage_points() -> None:
    assert only("3.1%").percent
    points = only("13.6 percentage points")
    assert points.points and not points.percent


def test_years_and_dates_are_not_figures() -> None:
    text = "from $123,211 in FY 2009-2010 to $628,381 on May 23, 2024 after the 1890 discovery"
    assert [quantity.value for quantity in figures(text)] == [123211, 628381]


def test_the_unit_is_the_word_after_the_figure() -> None:
    assert only("171.4 million bags").unit == "bags"


def test_absurdly_long_digit_runs_are_not_figures() -> None:
    assert read_quantity("9" * 500, builtin_lexicon().numerals) is None


def test_approximate_values_admit_what_rounds_to_them() -> None:
    about = only("about 4 million")
    assert about.admits(Decimal("4100000")) and not about.admits(Decimal("3440000"))


def test_a_scale_word_joined_to_the_next_word_is_no_scale() -> None:
    """ "15 billion-dollar disasters" counts disasters: "billion-dollar" describes them, it does not scale 15."""
    counted = only("more than 15 billion-dollar disasters")
    assert counted.value == 15 and counted.bound is Bound.MORE_THAN
    assert only("more than 15 billion dollars").value == Decimal("15000000000")


@pytest.mark.parametrize(
    ("text", "value"),
    [("more than a billion passengers", "1000000000"), ("a hundred people", "100"), ("an hour, a million", "1000000")],
)
def test_the_article_before_a_scale_word_is_one(text: str, value: str) -> None:
    assert only(text).value == Decimal(value)


@pytest.mark.parametrize("text", ["a million-dollar deal", "a big year", "a third of them were"])
def test_the_article_alone_is_no_figure(text: str) -> None:
    assert all(quantity.value != 1 for quantity in figures(text))


def test_a_double_dash_is_a_dash_not_a_sign() -> None:
    """Plain-text releases write an em dash as "--" ("less education--38 percent"): the figure is 38, not -38."""
    numerals = builtin_lexicon().numerals
    assert [str(found.value) for found in read_quantities("less education--38 percent", numerals)] == ["38"]
    assert [str(found.value) for found in read_quantities("it fell -8.5 percent", numerals)] == ["-8.5"]
