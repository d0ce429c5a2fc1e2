"""A level's rate of change kept as a measure of its own: "growth in farm income" of "farm income".

The curator's guide asks for a measure of its own (`is_change: true`) for a change in percent of
a level counted in something else ("income will rise 10 percent"). Its name holds the level's
name. "Is farm income going up?" asks the level's direction, which that rate states.
"""

from __future__ import annotations

from functools import lru_cache

from factbot.answering.alike import moves, named_direction
from factbot.answering.values import Value, levels
from factbot.knowledge.index import KnowledgeBase
from factbot.understanding.reading import Reading


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


def rate_values(kb: KnowledgeBase, reading: Reading) -> list[Value]:
    """The reading's subjects' figures, in its periods and market, of its measure's rate measures."""
    if reading.measure is None:
        return []
    return [
        value
        for measure in rate_measures(kb, reading.measure)
        for subject in reading.subjects
        for value in levels(kb, subject, measure, reading.periods, reading.market)
    ]


def rising(kb: KnowledgeBase, value: Value) -> bool | None:
    """Whether a figure of a measure of changes is a rise: by its sign, or, unsigned, by the direction the measure
    names (a "decline" of 5% is a fall); None for no change at all."""
    if not value.amount:
        return None
    if moves(kb, value):
        return value.amount > 0
    named = named_direction(kb, value.measure)
    return (value.amount > 0) == (named is not False)


def _content(kb: KnowledgeBase, text: str) -> tuple[str, ...]:
    return tuple(word for word in kb.normaliser.words(text) if word not in kb.stopwords)
