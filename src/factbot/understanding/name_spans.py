"""Words that belong to a longer name: a number in an alias, an amount word in a measure's name.

"The top 100 shops" holds a figure and "assessed land value" an amount word, yet
neither asks for a figure or an amount: the name the knowledge gave them says what they are.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from factbot.knowledge.text import fold_word
from factbot.understanding.analysis_types import SpanKind

if TYPE_CHECKING:
    from factbot.understanding.analysis import Span
    from factbot.understanding.analysis_types import Word


def in_name(figure: Span, phrases: list[Span]) -> bool:
    """A figure is part of a name when the name holds it: a number word as the last word of a name ("the
    three-company alliance"), digits inside an alias written with them ("the top 100 shops"), or inside a longer
    period alias said in words ("the past 3 years" of a period named "the past three years": the normaliser reads
    both as one)."""
    if figure.quantity is not None and figure.quantity.spelled:
        return any(figure.last - 1 in span.indexes for span in phrases)
    return any((_names(span) or _longer_period(span, figure)) and figure.indexes <= span.indexes for span in phrases)


def _longer_period(span: Span, figure: Span) -> bool:
    return span.exact and span.kind is SpanKind.PERIOD and len(span.indexes) > len(figure.indexes)


def asks_amount(openers: list[tuple[int, int]], spans: list[Span]) -> bool:
    """An opener that asks for an amount ("how much", "the value"; each as its first and last word), unless it is
    a word of a longer name the question uses: "assessed property value" names a measure and asks for no amount."""
    names = [span for span in spans if _names(span)]
    return any(not any(_within(first, last, span) for span in names) for first, last in openers)


def names_data(found: tuple[int, int], words: Sequence[Word]) -> bool:
    """A one-word opener in the plural names the data ("the numbers exclude", "where do the figures come from"):
    the singular asks for one amount ("the number of states", "what is the value")."""
    first, last = found
    surface = words[first].surface.casefold()
    return last - first == 1 and surface.endswith("s") and fold_word(surface[:-1]) == words[first].text


def _names(span: Span) -> bool:
    return span.exact and span.kind.value in ("entity", "measure")


def _within(first: int, last: int, span: Span) -> bool:
    """Words `first` to `last` are part of a longer span."""
    return span.first <= first and last <= span.last and span.last - span.first > last - first
