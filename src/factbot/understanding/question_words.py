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


def asks_a_count(texts: tuple[str, ...], kb: KnowledgeBase) -> bool:
    """ "How many (million) X": a count is asked, which no percentage answers; "how many percentage points" asks a
    percentage's change, and is no count."""
    for after in count_opener_ends(texts, kb):
        while after < len(texts) and texts[after] in kb.lexicon.scale_words:
            after += 1
        return after < len(texts) and texts[after] not in percent_and_point_words(kb)
    return False


def count_opener_ends(texts: tuple[str, ...], kb: KnowledgeBase) -> tuple[int, ...]:
    """Where the words after each opener asking a count ("how many") begin, first opener first."""
    return tuple(
        index + len(many)
        for many in _count_openers(kb)
        for index in range(len(texts) - len(many) + 1)
        if texts[index : index + len(many)] == many
    )


@lru_cache(maxsize=16)
def _count_openers(kb: KnowledgeBase) -> tuple[tuple[str, ...], ...]:
    return tuple(words for words in map(kb.normaliser.words, kb.lexicon.count_openers) if words)


@lru_cache(maxsize=16)
def percent_and_point_words(kb: KnowledgeBase) -> frozenset[str]:
    phrases = (*kb.lexicon.percent_words, *kb.lexicon.point_words)
    return frozenset(words[0] for words in map(kb.normaliser.words, phrases) if words) | kb.percent_words
