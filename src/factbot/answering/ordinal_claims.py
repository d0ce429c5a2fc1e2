"""An ordinal claimed of what a statement tells ("was 2016 the first year it fell?") against the ordinal the
statement's sentence says ("the third consecutive year"): another place is a No, whatever else agrees."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from factbot.knowledge.figures import figures_in
from factbot.knowledge.index import KnowledgeBase
from factbot.understanding.analysis import Analysis, SpanKind


def other_place_said(analysis: Analysis, quotes: Iterable[str], kb: KnowledgeBase) -> bool:
    """Whether the question claims a place (an ordinal) and the quotes say places, none of them the one claimed."""
    asked = {
        span.quantity.value
        for span in analysis.of(SpanKind.FIGURE)
        if span.quantity is not None and span.quantity.ordinal
    }
    if not asked:
        return False
    said = set().union(*(_places(quote, kb) for quote in quotes))
    return bool(said) and said.isdisjoint(asked)


def _places(text: str, kb: KnowledgeBase) -> set[Decimal]:
    """The ordinals the number reader finds in a quote ("third", "2nd")."""
    return {figure.value for figure in figures_in(text, kb.lexicon) if figure.ordinal}
