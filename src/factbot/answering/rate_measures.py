"""Which measure is a level's rate of change, and the signed percent a rate's figure states.

The curator's guide asks for a measure of its own (`is_change: true`, unit percent) for a change in
percent of a level counted in something else ("income will rise 10 percent"): "growth in farm
income" of "farm income". Its name holds every content word of the level's name.
"""

from __future__ import annotations

from decimal import Decimal
from functools import lru_cache

from factbot.knowledge.index import KnowledgeBase
from factbot.knowledge.model import Fact


@lru_cache(maxsize=256)
def rate_measures(kb: KnowledgeBase, measure: str) -> tuple[str, ...]:
    """The measures of changes whose name holds every content word of this level measure's name."""
    if kb.measures[measure].is_change:
        return ()
    named = set(_content(kb, kb.measures[measure].name))
    return tuple(
        other
        for other, item in kb.measures.items()
        if other != measure and item.is_change and named and named <= set(_content(kb, item.name))
    )


def signed_rate(kb: KnowledgeBase, fact: Fact) -> Decimal:
    """A rate's figure with its sign: as written, unless the measure's figures are all unsigned and its name says
    a fall ("decline in sales": 16.1% is down)."""
    if fact.is_change or fact.value < 0 or _signed(kb, fact.measure):
        return fact.value
    words = set(kb.normaliser.words(kb.measures[fact.measure].name))
    falls = bool(words & kb.down_words) and not words & kb.up_words
    return -fact.value if falls else fact.value


@lru_cache(maxsize=256)
def _signed(kb: KnowledgeBase, measure: str) -> bool:
    return any(fact.value < 0 for (_, of), facts in kb.facts_by_key.items() if of == measure for fact in facts)


def _content(kb: KnowledgeBase, text: str) -> tuple[str, ...]:
    return tuple(word for word in kb.normaliser.words(text) if word not in kb.stopwords)
