"""Names taken out of a set as a list: "apart from X, Y and Z" takes out all three, not X alone."""

from __future__ import annotations

from factbot.knowledge.index import KnowledgeBase
from factbot.understanding.analysis import Analysis, Span


def listed_after_excluded(
    analysis: Analysis, kb: KnowledgeBase, previous: Span | None, span: Span, excluded: list[tuple[Span, str]]
) -> bool:
    """ "Apart from X, Y and Z": a name listed right after one taken out is taken out too."""
    if previous is None or not any(item is previous for item, _ in excluded):
        return False
    between = [word.text for word in analysis.words[previous.last : span.first]]
    return all(text in kb.list_words for text in between)
