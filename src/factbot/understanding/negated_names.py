"""A negation said on a name of a thing, in a question asking how many: "how many ... were not on <place>'s
routes" asks for the rest of a whole without that thing.

No reading takes a thing out of a whole that is not a group of it, so the negation is charged (`charged`): a
reading that gives the thing's own figure, or the whole's and the thing's side by side, answers the opposite of
what is asked, and must not pass for an answer. Narrow on purpose: only stopwords may stand between the negation
and the name, and an exclusion the lexicon reads ("not counting X", `exclusions`) takes the name out as before.
"""

from __future__ import annotations

from factbot.knowledge.index import KnowledgeBase
from factbot.understanding.analysis_types import Span, SpanKind

MAX_GAP = 2
"""Stopwords a negation may stand before the name and still be on it ("not *on the* ...")."""


def negated_names(texts: tuple[str, ...], spans: list[Span], kb: KnowledgeBase) -> frozenset[int]:
    """The negation words said just before a name of a thing, where the question asks how many or how much."""
    if not any(_said(texts, opener) for opener in kb.quantity_openers):
        return frozenset()
    negations = kb.negations - kb.down_words - kb.up_words
    names = {span.first for span in spans if span.kind is SpanKind.ENTITY}
    covered = {index for span in spans for index in span.indexes}
    excluding = {start for phrase in kb.exclusion_phrases for start in _starts(texts, phrase)}
    return frozenset(
        index
        for index, text in enumerate(texts)
        if text in negations and index not in covered | excluding and _on_a_name(index, texts, names, covered, kb)
    )


def _on_a_name(index: int, texts: tuple[str, ...], names: set[int], covered: set[int], kb: KnowledgeBase) -> bool:
    for at in range(index + 1, min(len(texts), index + 2 + MAX_GAP)):
        if at in names:
            return True
        if at in covered or texts[at] not in kb.stopwords:
            return False
    return False


def _starts(texts: tuple[str, ...], phrase: tuple[str, ...]) -> list[int]:
    return [start for start in range(len(texts) - len(phrase) + 1) if texts[start : start + len(phrase)] == phrase]


def _said(texts: tuple[str, ...], phrase: tuple[str, ...]) -> bool:
    return bool(_starts(texts, phrase))
