"""The comparative that says a figure is the lower of two, for a measure's own word for the higher.

A comparison asked downwards ("which is lower?", "did X sell less than Y?") names the lower side first, with
the word of the other way: "higher" is "lower", "more" is "less", "faster" is "slower". A measure's own
comparative with no known opposite ("warmer") is said as "lower".
"""

from __future__ import annotations

LOWER_OF = {
    "higher": "lower",
    "more": "less",
    "larger": "smaller",
    "bigger": "smaller",
    "greater": "smaller",
    "faster": "slower",
    "longer": "shorter",
    "older": "younger",
}
"""General English comparatives and their opposites."""


def lower_word(higher_word: str) -> str:
    """The comparative of the other way: "lower" for a word with no opposite known."""
    return LOWER_OF.get(higher_word.casefold(), "lower")
