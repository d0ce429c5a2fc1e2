"""Multiple words with no factor the multiples reader can use ("double" mapped to no number in a lexicon).
Such a word is charged to every reading (`Analysis.charged`): a comparison that ignored it would answer whether X
is higher than Y, not whether it is twice Y.
"""

from __future__ import annotations

from factbot.knowledge.index import KnowledgeBase


def multiplier_words(texts: tuple[str, ...], kb: KnowledgeBase) -> frozenset[int]:
    """The positions of the lexicon's multiple words ("twice", "double", "triple")."""
    return frozenset(index for index, text in enumerate(texts) if text in kb.multiplier_words)
