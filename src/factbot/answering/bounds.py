"""The limit a source states: "up to 50%", "no more than five years" answer "what is the most?".

A superlative over one subject's one figure has nothing to rank, unless the figure is itself
a bound: a source writing "up to 50% of the tickets" says the most is 50%, and "at least 30
states" says the fewest is 30. Only that case is answered; an exact figure is no extreme of
anything, and a bound the other way ("over 75" for "the most") says nothing of the limit.
"""

from __future__ import annotations

from factbot.answering.outcome import Outcome
from factbot.answering.phrasing import describe
from factbot.answering.plan import outcome_of
from factbot.answering.values import levels
from factbot.knowledge.index import KnowledgeBase
from factbot.knowledge.quantities import Bound
from factbot.understanding.reading import Reading


def stated_limit(reading: Reading, kb: KnowledgeBase, largest: bool) -> Outcome | None:
    """The one figure of the reading's one subject, when the source writes it as the limit asked for."""
    if reading.measure is None or len(reading.subjects) != 1 or reading.group or reading.everyone:
        return None
    if reading.position != 1:
        return None
    found = levels(kb, reading.subjects[0], reading.measure, reading.periods[:1], reading.market)
    wanted = Bound.LESS_THAN if largest else Bound.MORE_THAN
    if len(found) != 1 or found[0].bound is not wanted:
        return None
    value = found[0]
    limit = "an upper" if largest else "a lower"
    text = f"{describe(kb, value)} The source states this figure as {limit} limit."
    return outcome_of(kb, text, [value], values=(value.amount,), subjects=(value.subject,))
