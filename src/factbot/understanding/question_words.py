"""The question word: the first "why", "when", "who", "where", "what", "which" or "whose" of a question, unless a
"how" asking an amount comes first ("how long did women who worked full time work?" asks an amount; its "who"
opens a clause about the women, and asks for no one)."""

from __future__ import annotations

from functools import lru_cache

from factbot.knowledge.index import KnowledgeBase


def first_question_word(texts: tuple[str, ...], kb: KnowledgeBase) -> str | None:
    """The question word, or None when the question has none before an opener asking an amount ("how many")."""
    openers = _amount_openers(kb)
    for index, text in enumerate(texts):
        if text in kb.question_kinds:
            return text
        if any(texts[index : index + len(opener)] == opener for opener in openers.get(text, ())):
            return None
    return None


@lru_cache(maxsize=16)
def _amount_openers(kb: KnowledgeBase) -> dict[str, tuple[tuple[str, ...], ...]]:
    """The openers of two words or more asking an amount that open with no question word of a kind ("how many",
    "by how much"), by first word."""
    found: dict[str, tuple[tuple[str, ...], ...]] = {}
    for opener in kb.quantity_openers:
        if len(opener) > 1 and opener[0] not in kb.question_kinds:
            found[opener[0]] = (*found.get(opener[0], ()), opener)
    return found
