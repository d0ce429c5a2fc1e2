"""A pronoun bound inside the question: "which <kind> ... <pronoun> <measure>" points at each of the kind asked.

"Which shop saw the biggest rise in its sales?" asks about every shop, and "its" is each shop's own: the pronoun
points at the set the question word asks for, not back into the conversation. Read as pointing back, it keeps
the question from ranging over everyone and invites a borrowed subject. Only a pronoun said just before a
measure's name (a possessive in use), after a question word asking for a choice and the kind it chooses, with
no name of a thing between, is bound so; any other pronoun still points back.
"""

from __future__ import annotations

from factbot.knowledge.index import KnowledgeBase
from factbot.understanding.analysis_types import Span, SpanKind

CHOICE = "choice"
"""The kind of answer a question word choosing among a set asks for ("which", "whose")."""
MAX_KIND_WORDS = 3


def free_pronoun(texts: tuple[str, ...], spans: list[Span], kb: KnowledgeBase) -> bool:
    """Whether the question says a pronoun that may point back into the conversation."""
    pronouns = [index for index, text in enumerate(texts) if text in kb.pronouns]
    if not pronouns:
        return False
    kind_end = _chosen_kind_end(texts, kb)
    return kind_end is None or not all(_bound(index, kind_end, spans) for index in pronouns)


def _chosen_kind_end(texts: tuple[str, ...], kb: KnowledgeBase) -> int | None:
    """Where the kind chosen ends ("which age group"), after the first question word of a choice; None if none."""
    asking = next((index for index, text in enumerate(texts) if text in kb.question_kinds), None)
    if asking is None or kb.question_kinds[texts[asking]] != CHOICE:
        return None
    start = asking + 1
    for length in range(MAX_KIND_WORDS, 0, -1):
        if kb.kind_words.get(texts[start : start + length]):
            return start + length
    return None


def _bound(index: int, kind_end: int, spans: list[Span]) -> bool:
    """Said after the kind chosen, just before a measure's name, with no name of a thing between them."""
    if index < kind_end or not any(span.kind is SpanKind.MEASURE and span.first == index + 1 for span in spans):
        return False
    between = set(range(kind_end, index))
    return not any(span.kind is SpanKind.ENTITY and span.indexes & between for span in spans)
