"""Places in a counted series: "from the first to the third of those three years" picks the series' 1st and 3rd.

A question that counts a series ("those three years", `implied_sets.periods_counted`) may pick some of its
periods by their place in it, with ordinals before the count. The places (1 for the earliest) go with the
reading, and the ordinals are its words: the plan takes those periods of the series, in the order asked.
"""

from __future__ import annotations

from factbot.knowledge.index import KnowledgeBase
from factbot.understanding.analysis import Analysis, SpanKind


def counted_places(analysis: Analysis, kb: KnowledgeBase, size: int) -> tuple[tuple[int, ...], frozenset[int]]:
    """The places (1-based, in the order named) that ordinals, or a word for the last ("the final"), before the
    count of a series of `size` pick, and their words; none when one falls outside the series or names a place
    twice."""
    figures = [(span, span.quantity) for span in analysis.of(SpanKind.FIGURE) if span.quantity is not None]
    count = next((span.first for span, value in figures if not value.ordinal and value.value == size), None)
    if count is None:
        return (), frozenset()
    named = {index for span in analysis.spans if span.kind is not SpanKind.FIGURE for index in span.indexes}
    found = [  # "the first half" is a period's name, no place
        (span.first, int(value.value), span.indexes)
        for span, value in figures
        if value.ordinal and span.last <= count and not span.indexes & named
    ]
    found += [
        (index, size, frozenset({index}))
        for index, word in enumerate(analysis.words[:count])
        if word.text in kb.final_words and index not in named
    ]
    found.sort()
    places = tuple(place for _, place, _ in found)
    if not places or len(set(places)) != len(places) or not all(1 <= place <= size for place in places):
        return (), frozenset()
    return places, frozenset(index for _, _, indexes in found for index in indexes)
