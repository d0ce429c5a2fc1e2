"""A question asking about a change in one direction ("rise") is not answered by a statement saying only the
other direction ("the largest reduction"): its words match, its meaning is the opposite."""

from __future__ import annotations

from factbot.knowledge.index import KnowledgeBase
from factbot.understanding.analysis import Analysis, SpanKind


def opposite_dropped(analysis: Analysis, kb: KnowledgeBase, members: frozenset[int]) -> frozenset[int]:
    """`members` without the statements that say only the direction opposite to the one the question says."""
    said = frozenset(
        analysis.words[index].text
        for span in analysis.of(SpanKind.CUE)
        if "change" in span.targets
        for index in span.indexes
    )
    up, down = bool(said & kb.up_words), bool(said & kb.down_words)
    if up == down:
        return members
    opposite, asked = (kb.down_words, kb.up_words) if up else (kb.up_words, kb.down_words)
    words = kb.statement_words
    return frozenset(number for number in members if not (words[number] & opposite) or words[number] & asked)
