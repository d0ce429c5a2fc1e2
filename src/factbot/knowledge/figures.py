"""Figures in a text, with its dates left alone: the one entry point to the number reader.

Every stage that reads numbers from text (the loader, verify, the draft tool, claims and
questions) calls `figures_in`, so a year is never mistaken for a count anywhere.
"""

from __future__ import annotations

from factbot.knowledge.model import Lexicon
from factbot.knowledge.periods import find_periods
from factbot.knowledge.quantities import Quantity, read_quantities


def figures_in(text: str, lexicon: Lexicon) -> tuple[Quantity, ...]:
    """Every figure written in `text` (digits or number words), dates and years excluded."""
    dates = [(found.start, found.end) for found in find_periods(text, lexicon.calendar)]
    return read_quantities(text, lexicon.numerals, dates)
