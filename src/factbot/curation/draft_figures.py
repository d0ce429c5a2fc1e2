"""Numbers a draft must not turn into facts: ages, a rate's denominator, an ordinal counting time.

A text's figures are its facts, but some numbers only describe them:

- an age range after an age word ("women aged 15–44", "(aged 18–19)"): who is counted;
- the number after "per" ("widgets per 1,000 workers", "per 100,000 sold"): the unit of a
  rate, never a figure of its own;
- an ordinal naming a part of time ("the third quarter", "the 20th century", "the first
  time"): when, never a rank. A streak ("the fourth year in a row", "the second straight year")
  stays a figure, counted in years (`draft_measures`), and never a change;
- the length of a period a figure is measured over ("the same 12 month period", "the preceding
  12-month period", "the 12 months ended December 2017"): when, never a count;
- a time of day ("For release 10:00 a.m."), and a number inside a code of capitals joined by hyphens
  ("USDL-13-1178", "COVID-19"): a release header's clock and file number, never a figure or a year.

These rules are general English, so they hold for any document.
"""

from __future__ import annotations

import re

from factbot.knowledge.ages import after_age_word
from factbot.knowledge.model import Lexicon
from factbot.knowledge.quantities import Quantity

_DENOMINATOR = re.compile(r"\bper\s+$", re.IGNORECASE)
_TIME_ORDINAL = re.compile(
    r"[\s-]+(?:(?:full|calendar|fiscal|whole)\s+)?"
    r"(?:century|centuries|millennium|decade|year|quarter|month|week|day|time|trimester|semester|half|round|term)s?\b"
    r"(?!\s+in\s+a\s+row)",
    re.IGNORECASE,
)


_SPAN_LENGTH = re.compile(
    r"[\s-]+(?:month|week|day|year|quarter)s?(?:\s+period\b|\s+(?:ended|ending|to|through)\b)", re.IGNORECASE
)


_CLOCK_AFTER = re.compile(r":\d\d\b")
_CLOCK_BEFORE = re.compile(r"\b\d{1,2}:$")
_CODE = re.compile(r"\b(?:[A-Z]{3,}[A-Z0-9]*(?:-[A-Z0-9]+)+|[A-Z]{2,}(?:-[A-Z0-9]+){2,})\b")


def in_a_code_or_clock(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is part of a time of day or of a code such as a release number: it names, and
    states no figure or date."""
    if _CLOCK_AFTER.match(text, end) or _CLOCK_BEFORE.search(text[max(0, start - 3) : start]):
        return True
    return any(code.start() <= start and end <= code.end() for code in _CODE.finditer(text))


def describes_a_figure(text: str, quantity: Quantity, lexicon: Lexicon) -> bool:
    """Whether the number only describes a figure (an age, a rate's denominator, an ordinal of a time that is
    no streak: "in a row" after it, or "straight" before it, makes one)."""
    if quantity.ordinal:
        return _TIME_ORDINAL.match(text, quantity.end) is not None
    if in_a_code_or_clock(text, quantity.start, quantity.end):
        return True
    if _DENOMINATOR.search(text[max(0, quantity.start - 8) : quantity.start]):
        return True
    if not (quantity.percent or quantity.currency or quantity.scaled) and _SPAN_LENGTH.match(text, quantity.end):
        return True
    plain_range = quantity.high is not None and not (quantity.percent or quantity.currency or quantity.scaled)
    return plain_range and after_age_word(text, quantity.start, lexicon)
