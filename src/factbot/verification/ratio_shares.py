"""A share the text writes as a ratio of counts ("about 1 in 5", "one out of four"): its percent is the
curator's `number:`.

Such a value reads as two numbers, neither of which is the share, so the plain check that `number:` is one
of the value's numbers would refuse it, and the figure could only be kept as a statement, out of every
comparison and series. `verify` accepts the `number:` of a percent measure when it is the ratio in percent,
at the precision the curator wrote it (20 for "1 in 5", 33.3 or 33 for "1 in 3").
"""

from __future__ import annotations

import re
from decimal import Decimal
from itertools import pairwise

from factbot.knowledge.figures import figures_in
from factbot.knowledge.model import Lexicon
from factbot.knowledge.numbers import PERCENT_UNIT

_BETWEEN = re.compile(r"\s+(?:in|out\s+of)\s+", re.IGNORECASE)
_HUNDRED = Decimal(100)


def ratio_percent_matches(value_text: str, number: Decimal, unit: str, lexicon: Lexicon) -> bool:
    """Whether `number` is the percent of the "N in M" ratio `value_text` writes, on a percent measure."""
    if unit != PERCENT_UNIT:
        return False
    found = figures_in(value_text, lexicon)
    for first, second in pairwise(found):
        if second.value and _BETWEEN.fullmatch(value_text[first.end : second.start]):
            share = first.value / second.value * _HUNDRED
            exponent = number.as_tuple().exponent
            step = Decimal(1).scaleb(exponent if isinstance(exponent, int) else 0)  # 33.3 -> 0.1: the precision written
            if abs(share - number) <= step / 2:
                return True
    return False
