"""Reading numbers the way sources write them, and writing results the same way.

Arithmetic is done in `Decimal` so that 4.1 million - 3.44 million is exactly
660,000 and never 659999.9999. Results are written in the article's own style:
"4.1 million", "810,000", "14.9%".
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

_QUANTITY = re.compile(r"([0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(\.[0-9]+)?\s*(%|[A-Za-z]+)?")
MILLION = Decimal(1_000_000)
MAX_MAGNITUDE = Decimal(10) ** 18
"""Knowledge numbers stay below this, so sums, ratios and percentages of them stay exact
in `Decimal`'s 28 digits and every result can be printed (Python refuses to print an int
of more than 4,300 digits)."""
MAX_DIGITS = 18
PERCENT_UNIT = "percent"
RANK_UNIT = "rank"


def unusable_number(value: Decimal) -> str | None:
    """Why `value` cannot be a knowledge number (NaN, infinite, too large, too precise), or None."""
    if not value.is_finite():
        return "is not a finite number"
    if abs(value) >= MAX_MAGNITUDE:
        return f"is too large (the limit is {MAX_MAGNITUDE:.0E})"
    if len(value.as_tuple().digits) > MAX_DIGITS:
        return f"has more than {MAX_DIGITS} significant digits"
    return None


def parse_quantity(text: str, scale_words: Mapping[str, Decimal]) -> Decimal | None:
    """The first number in `text`, scaled by a following scale word ("4.1 million")."""
    match = _QUANTITY.search(text)
    if match is None:
        return None
    whole, fraction, suffix = match.groups()
    try:
        value = Decimal(whole.replace(",", "") + (fraction or ""))
    except InvalidOperation:
        return None
    scale = scale_words.get((suffix or "").casefold())
    return value * scale if scale is not None else value


def round_to(value: Decimal, places: int) -> Decimal:
    return value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def _trimmed(value: Decimal) -> str:
    text = f"{value:f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


def format_amount(value: Decimal) -> str:
    """Counts as the article writes them: billions or millions with up to two decimals, else grouped. A figure those two
    decimals would round ("1,034,000", not "1.03 million") is written in full: a sum is exact."""
    for scale, word in ((MILLION * 1000 * 1000, "trillion"), (MILLION * 1000, "billion")):
        scaled = round_to(value / scale, 2)
        if abs(value) >= scale and scaled * scale == value:
            return f"{_trimmed(scaled)} {word}"  # "$41.2 billion", as written, never "$41200 million"
    millions = round_to(value / MILLION, 2)
    if abs(value) >= MILLION and (millions * MILLION == value or value != value.to_integral_value()):
        return f"{_trimmed(millions)} million"
    if value == value.to_integral_value():
        return f"{int(value):,}"
    return f"{round_to(value, kept_places(value)):,}"


KEPT_PLACES = 3
"""The most decimals a computed figure keeps of its own: a sum or difference of stated figures has no more than
its operands, and only a figure divided out has more (it is rounded to these)."""


def kept_places(value: Decimal) -> int:
    """The decimals to show a computed figure with: as many as it carries (9.85 − 8.16 is 1.69, never 1.7), at
    least one, at most `KEPT_PLACES`. A sum or difference carries exactly its operands' precision."""
    exponent = value.as_tuple().exponent
    own = -exponent if isinstance(exponent, int) else 0
    return max(1, min(own, KEPT_PLACES))


def format_percent(value: Decimal) -> str:
    return f"{round_to(value, 1)}%"


def format_value(value: Decimal, unit: str) -> str:
    """A computed value in the unit's style (percent or count)."""
    if unit == PERCENT_UNIT:
        return format_percent(value)
    return format_amount(value)


def format_ratio(value: Decimal, places: int = 1) -> str:
    return _trimmed(round_to(value, places))


def format_points(value: Decimal) -> str:
    points = round_to(abs(value), kept_places(value))
    return f"{points} percentage point{'' if points == 1 else 's'}"
