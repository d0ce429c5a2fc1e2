"""Epithets: a word said between a determiner and a name only to point at the thing named ("this new alliance").

"Is this new alliance structured like ...?" asks about the alliance; "new" says which one the asker means, not
what is asked of it. Such a word weighs nothing, so a statement about the alliance may decide the question. The
lexicon lists the words (`epithets`); one inside a name ("new energy vehicles") belongs to the name, and one not
right between a determiner and a name ("are they new?") keeps its weight.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from factbot.knowledge.index import KnowledgeBase
from factbot.understanding.analysis_types import Span, SpanKind, Word

ARTICLES = frozenset({"the", "a", "an"})


def without_epithets(
    weights: tuple[float, ...], words: Sequence[Word], spans: Sequence[Span], kb: KnowledgeBase
) -> tuple[float, ...]:
    """The weights with each epithet between a determiner and an entity's name weighing nothing."""
    epithets = _epithets(kb)
    if not epithets or epithets.isdisjoint(word.text for word in words):
        return weights
    names = {span.first for span in spans if span.kind is SpanKind.ENTITY}
    inside = {index for span in spans for index in span.indexes}
    determiners = ARTICLES | kb.pronouns
    changed = list(weights)
    for index in range(1, len(words) - 1):
        if (
            words[index].text in epithets
            and index not in inside
            and index + 1 in names
            and words[index - 1].text in determiners
        ):
            changed[index] = 0.0
    return tuple(changed)


@lru_cache(maxsize=16)
def _epithets(kb: KnowledgeBase) -> frozenset[str]:
    return frozenset(word for text in kb.lexicon.epithets for word in kb.normaliser.words(text))
