"""Numbers are read and written the way the article writes them."""

from __future__ import annotations

from decimal import Decimal

import pytest

from factbot.knowledge.numbers import format_amount, format_percent, format_points, format_ratio, parse_quantity

SCALES = {"million": Decimal(1_000_000), "thousand": Decimal(1000)}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("4.1 million", Decimal("4100000")),
        ("810,000", Decimal("810000")),
        ("22.6%", Decimal("22.6")),
        ("more than 30", Decimal("30")),
        ("no number", None),
    ],
)
def test_parse_quantity(text: str, value: Decimal | None) -> None:
    assert parse_quantity(text, SCALES) == value


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        (Decimal("660000"), "660,000"),
        (Decimal("7650000"), "7.65 million"),
        (Decimal("16000000"), "16 million"),
        (Decimal("3370000"), "3.37 million"),
        (Decimal("159000"), "159,000"),
        (Decimal("1034000"), "1,034,000"),  # two decimals of a million would round a sum: written in full
    ],
)
def test_format_amount(value: Decimal, shown: str) -> None:
    assert format_amount(value) == shown


def test_exact_decimal_arithmetic() -> None:
    assert format_amount(Decimal("4100000") - Decimal("3440000")) == "660,000"


def test_percent_ratio_and_points() -> None:
    assert format_percent(Decimal("49.101")) == "49.1%"
    assert format_ratio(Decimal("1570000") / Decimal("19000")) == "82.6"
    assert format_points(Decimal("-2.1")) == "2.1 percentage points"
    assert format_points(Decimal("1")) == "1.0 percentage point"
