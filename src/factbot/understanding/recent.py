""" "Over the past three years", "in the last 5 quarters": the latest periods, as a span of time.

A question that names no period but such a span asks for the series the sources give, and a
reading that names no period of its own (so lists every period it has) accounts for the words.
"""

from __future__ import annotations

from factbot.knowledge.index import KnowledgeBase
from factbot.understanding.analysis import Analysis, SpanKind

RECENT_WORDS = frozenset({"past", "last", "latest", "previous", "recent", "preceding"})
MAX_RECENT = 50


def recent_span(analysis: Analysis, kb: KnowledgeBase) -> frozenset[int]:
    """The words of "the past N <periods>" (a recent word, a whole count, a period word), if the question has one."""
    words = analysis.words
    for span in analysis.of(SpanKind.FIGURE):
        quantity = span.quantity
        if quantity is None or quantity.percent or quantity.currency or quantity.ordinal:
            continue
        before, after = span.first - 1, span.last
        if before < 0 or after >= len(words) or not 1 < quantity.value <= MAX_RECENT:
            continue
        if words[before].text in RECENT_WORDS and words[after].text in kb.period_words:
            return frozenset({before, *span.indexes, after})
    return frozenset()
