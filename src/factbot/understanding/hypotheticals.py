"""A hypothetical ("if X had grown like Y, how many would it have gained?") or a request for an opinion ("should
people move there?", "do you think ..."). The sources state what happened and what was said; no figure of
theirs says what would have been, nor what factbot thinks, so a reading that answers with one explains the
question only in part. Such words are charged to every reading (`Analysis.charged`), as a name it ignores is.
"""

from __future__ import annotations

from factbot.knowledge.index import KnowledgeBase

REQUEST_WORDS = frozenset({"you", "u"})
"""A modal asking a favour ("could you tell me if ...") makes no hypothetical of the "if" after it."""


def opinion_words(texts: tuple[str, ...], kb: KnowledgeBase) -> frozenset[int]:
    """The words of a phrase asking factbot's opinion or advice ("should", "do you think", "a good idea")."""
    present = set(texts)
    found: set[int] = set()
    for phrase in kb.opinion_phrases:
        if not phrase or phrase[0] not in present:  # most questions hold none of their first words
            continue
        for start in range(len(texts) - len(phrase) + 1):
            if texts[start : start + len(phrase)] == phrase:
                found.update(range(start, start + len(phrase)))
    return frozenset(found)


def conditional_words(texts: tuple[str, ...], kb: KnowledgeBase) -> frozenset[int]:
    """The conditional words of a question that also has a modal of its own (not "could you"); none otherwise."""
    conditions = [index for index, text in enumerate(texts) if text in kb.conditional_words]
    if not conditions:
        return frozenset()
    modal = any(
        text in kb.modal_words and (index + 1 >= len(texts) or texts[index + 1] not in REQUEST_WORDS)
        for index, text in enumerate(texts)
    )
    return frozenset(conditions) if modal else frozenset()
