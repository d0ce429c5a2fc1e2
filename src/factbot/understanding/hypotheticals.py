"""A hypothetical: "if X had grown like Y, how many would it have gained?", "suppose the three merged: what
could they sell?". The sources state what happened; no figure of theirs says what would have, so a reading
that answers with one explains the question only in part. The conditional word is charged to every reading
(`Analysis.charged`), as a name the reading ignores is.
"""

from __future__ import annotations

from factbot.knowledge.index import KnowledgeBase

REQUEST_WORDS = frozenset({"you", "u"})
"""A modal asking a favour ("could you tell me if ...") makes no hypothetical of the "if" after it."""


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
