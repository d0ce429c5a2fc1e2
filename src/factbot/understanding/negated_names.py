"""A negation said on a name of a thing, in a question asking how many: "how many ... were not on <place>'s
routes" asks for the rest of a whole without that thing.

No reading takes a thing out of a whole that is not a group of it, so the negation is charged (`charged`): a
reading that gives the thing's own figure, or the whole's and the thing's side by side, answers the opposite of
what is asked, and must not pass for an answer. Narrow on purpose: only stopwords may stand between the negation
and the name, and an exclusion the lexicon reads ("not counting X", `exclusions`) takes the name out as before.
"""

from __future__ import annotations

from functools import lru_cache

from factbot.knowledge.index import KnowledgeBase
from factbot.knowledge.phrase_positions import phrase_starts, present_phrases
from factbot.understanding.analysis_types import Span, SpanKind

MAX_GAP = 2
"""Stopwords a negation may stand before the name and still be on it ("not *on the* ...")."""


def negated_names(texts: tuple[str, ...], spans: list[Span], kb: KnowledgeBase) -> frozenset[int]:
    """The negation words said just before a name of a thing, where the question asks how many or how much."""
    negations = _negations(kb)
    if negations.isdisjoint(texts) or not _said_any(texts, kb.quantity_openers):
        return frozenset()  # most questions say no negation: looked for first, as it costs a set test
    names = {span.first for span in spans if span.kind is SpanKind.ENTITY}
    covered = {index for span in spans for index in span.indexes}
    excluding = {
        start for phrase in present_phrases(texts, kb.exclusion_phrases) for start in phrase_starts(texts, phrase)
    }
    return frozenset(
        index
        for index, text in enumerate(texts)
        if text in negations and index not in covered | excluding and _on_a_name(index, texts, names, covered, kb)
    )


@lru_cache(maxsize=16)
def _negations(kb: KnowledgeBase) -> frozenset[str]:
    """The lexicon's negations that are no word of a fall or a rise ("declined" says how a figure moved)."""
    return kb.negations - kb.down_words - kb.up_words


def _on_a_name(index: int, texts: tuple[str, ...], names: set[int], covered: set[int], kb: KnowledgeBase) -> bool:
    for at in range(index + 1, min(len(texts), index + 2 + MAX_GAP)):
        if at in names:
            return True
        if at in covered or texts[at] not in kb.stopwords:
            return False
    return False


def _said_any(texts: tuple[str, ...], phrases: tuple[tuple[str, ...], ...]) -> bool:
    return any(phrase_starts(texts, phrase) for phrase in present_phrases(texts, phrases))
