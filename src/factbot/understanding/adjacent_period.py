"""The period next to the last one: "and after?", "and before that?" once a figure of one period was given.

A follow-up whose only word of substance says which way to move in time asks the same thing of the period just
after (or before) the one the conversation is about: the next period, in order, that the sources hold a figure
of the same measure for, for the same subjects.
"""

from __future__ import annotations

from functools import lru_cache

from factbot.knowledge.index import KnowledgeBase
from factbot.understanding.analysis import Analysis
from factbot.understanding.context import Context
from factbot.understanding.reading import Reading, revised


def adjacent_period(analysis: Analysis, kb: KnowledgeBase, context: Context) -> Reading | None:
    """The last reading moved to the next (or previous) period, when the question says nothing but the way to
    move; None otherwise, or when the sources hold no such period."""
    last = context.last
    if last is None or last.operation != "lookup" or last.measure is None or not last.subjects:
        return None
    if len(last.periods) != 1:
        return None
    later, earlier = _directions(kb)
    moves = {word.text for word in analysis.words} & (later | earlier)
    rest = [i for i, word in enumerate(analysis.words) if word.text not in moves and analysis.weights[i] > 0]
    if len(moves) != 1 or rest or analysis.spans:
        return None
    held = sorted(
        {
            fact.period
            for subject in last.subjects
            for fact in kb.facts_by_key.get((subject, last.measure), ())
            if fact.period is not None
        },
        key=kb.period_order,
    )
    if last.periods[0] not in held:
        return None
    place = held.index(last.periods[0]) + (1 if moves <= later else -1)
    if not 0 <= place < len(held):
        return None
    return revised(
        last,
        periods=(held[place],),
        moved_from=last.periods,
        explained=frozenset(range(len(analysis.words))),
        cited=frozenset(),
        borrowed=("subjects", "measure"),
        yes_no=False,
        notes=(),
    )


@lru_cache(maxsize=64)
def _directions(kb: KnowledgeBase) -> tuple[frozenset[str], frozenset[str]]:
    """The words that move later and earlier in time ("after", "later"; "before", "earlier"), as normalised."""
    calendar = kb.lexicon.calendar

    def read(texts: tuple[str, ...]) -> frozenset[str]:
        return frozenset(word for text in texts for word in kb.normaliser.words(text))

    return read(calendar.later_words) - {"on"}, read(calendar.earlier_words)
