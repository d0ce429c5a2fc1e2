"""A level's rate of change kept as a measure of its own: "growth in farm income" of "farm income".

The curator's guide asks for a measure of its own (`is_change: true`) for a change in percent of
a level counted in something else ("income will rise 10 percent"). Its name holds the level's
name. "Is farm income going up?" asks the level's direction, which that rate states.
"""

from __future__ import annotations

from factbot.answering.alike import moves, named_direction
from factbot.answering.rate_measures import rate_measures
from factbot.answering.values import Value, levels
from factbot.knowledge.index import KnowledgeBase
from factbot.understanding.reading import Reading


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
