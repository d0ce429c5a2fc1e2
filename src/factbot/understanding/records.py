"""The words that ask whether a figure is a record ("at a record high", "an all-time low").

A reading over figures accounts for them: whether the figure is a record is settled from
the source's own words when the question is a yes/no (`factbot.answering.records`), and is
otherwise a description of the figure asked for.
"""

from __future__ import annotations

from functools import lru_cache

from factbot.knowledge.index import KnowledgeBase
from factbot.understanding.analysis import Analysis, phrase_starts, present_phrases

RECORD_KINDS = ("record", "record_low")


@lru_cache(maxsize=16)
def record_phrases(kb: KnowledgeBase, kind: str) -> tuple[tuple[str, ...], ...]:
    """The lexicon's phrases of one kind of record, normalised like questions are (once per knowledge base)."""
    found = (kb.normaliser.words(phrase) for phrase in kb.lexicon.claim_words.get(kind, ()))
    return tuple(words for words in found if words)


def record_words(analysis: Analysis, kb: KnowledgeBase, kinds: tuple[str, ...] = RECORD_KINDS) -> frozenset[int]:
    """The question's words that ask about a record, of the given kinds (worked out once per question: every
    reading over figures asks)."""
    last = _LAST[-1] if _LAST else None
    if last is not None and last[0] is analysis and last[1] is kb and last[2] == kinds:
        return last[3]
    texts = analysis.texts
    found = frozenset(
        index
        for kind in kinds
        for phrase in present_phrases(texts, record_phrases(kb, kind))
        for start in phrase_starts(texts, phrase)
        for index in range(start, start + len(phrase))
    )
    _LAST[:] = [(analysis, kb, kinds, found)]
    return found


_LAST: list[tuple[Analysis, KnowledgeBase, tuple[str, ...], frozenset[int]]] = []
"""The question asked last, with its record words."""
