"""A sum asked by the word that opens the question: "Add X's sales and Y's".

"add" and "added" are no cue of a sum wherever they stand: "which company added 30 jobs?" uses the verb of its
clause. Said first, as a request, they ask for the figures added up (the lexicon's `sum_openers`).
"""

from __future__ import annotations

from functools import lru_cache

from factbot.knowledge.index import KnowledgeBase
from factbot.understanding.analysis_types import Span, SpanKind

SUM = "sum"


def sum_openers(texts: tuple[str, ...], kb: KnowledgeBase) -> list[Span]:
    """A sum cue over the opener the question starts with, if any."""
    length = next((len(opener) for opener in _openers(kb) if texts[: len(opener)] == opener), 0)
    return [Span(0, length, SpanKind.CUE, (SUM,))] if length else []


@lru_cache(maxsize=16)
def _openers(kb: KnowledgeBase) -> tuple[tuple[str, ...], ...]:
    return tuple(words for words in map(kb.normaliser.words, kb.lexicon.sum_openers) if words)
