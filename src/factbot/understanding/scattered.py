"""A measure named by the words of one of its aliases scattered over the question.

"How much Arabica is Brazil expected to harvest?" names "Arabica harvest" with other words
between: "harvest" alone also names total production, but a reading of Arabica production
accounts for it too, since every word of one of its aliases is in the question. A reading of
total production does not account for "Arabica": no alias of it is all there.
"""

from __future__ import annotations

from functools import lru_cache

from factbot.knowledge.index import KnowledgeBase
from factbot.understanding.analysis import Analysis, SpanKind

_NAMES = (SpanKind.ENTITY, SpanKind.PERIOD, SpanKind.FIGURE, SpanKind.RELATIVE)


@lru_cache(maxsize=16)
def _alias_words(kb: KnowledgeBase, measure: str) -> tuple[frozenset[str], ...]:
    """The content words of each alias of several content words (one word is a phrase match already)."""
    item = kb.measures[measure]
    found = []
    for alias in (item.name, *item.aliases):
        words = frozenset(kb.normaliser.words(alias)) - kb.stopwords - kb.fillers
        if len(words) > 1:
            found.append(words)
    return tuple(dict.fromkeys(found))


def scattered_alias(analysis: Analysis, kb: KnowledgeBase, measure: str) -> frozenset[int]:
    """The question words that spell out, in any order and apart, the words of one of the measure's aliases
    that its own names in the question do not say already. Words of a name, period or figure never count, nor
    a word of another measure's longer name ("revenue" of "discretionary revenue" does not make "property tax
    ... revenue")."""
    own = {index for span in analysis.of(SpanKind.MEASURE) if measure in span.targets for index in span.indexes}
    said = {analysis.words[index].text for index in own}
    taken = own | {index for kind in _NAMES for span in analysis.of(kind) for index in span.indexes}
    free: dict[str, list[int]] = {}
    for index, word in enumerate(analysis.words):
        if index not in taken and analysis.weights[index] > 0:
            free.setdefault(word.text, []).append(index)
    found: set[int] = set()
    for words in _alias_words(kb, measure):
        needed = words - said
        if needed and needed <= free.keys():
            used = {index for word in needed for index in free[word]}
            if all(_whole_or_none(analysis, span.indexes, used) for span in analysis.of(SpanKind.MEASURE)):
                found |= used
    return frozenset(found)


def _whole_or_none(analysis: Analysis, span: frozenset[int], used: set[int]) -> bool:
    """An alias takes all the weighty words of another measure's name, or none of them."""
    weighty = {index for index in span if analysis.weights[index] > 0}
    return weighty <= used or weighty.isdisjoint(used)
