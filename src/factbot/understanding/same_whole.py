"""A follow-up naming another part keeps the operation and the whole: "what share of G is X?", then
"what about Y?" asks Y's share of G, not Y's own figure.

The question names one subject and asks no operation of its own; the last reading was a share of
a whole. The part it named gives way to the one the follow-up names; measure, period, market and
the whole stay.
"""

from __future__ import annotations

from factbot.knowledge.index import KnowledgeBase
from factbot.understanding.analysis import Analysis
from factbot.understanding.context import Context
from factbot.understanding.reading import Reading
from factbot.understanding.slots import Slots, indexes


def share_of_same_whole(analysis: Analysis, kb: KnowledgeBase, slots: Slots, context: Context) -> Reading | None:
    """The last share again, of the part the follow-up names; None unless it is a plain share of a whole."""
    last = context.last
    if last is None or last.operation != "share" or last.measures or last.combined or len(last.subjects) != 2:
        return None
    own = tuple(dict.fromkeys(entity for _, entity in slots.entities))
    if not (analysis.follow_up or analysis.pronoun) or slots.operations or len(own) != 1:
        return None
    first, second = last.subjects
    whole = second if first in kb.entities[second].members else first
    if own[0] in last.subjects:
        return None
    return Reading(
        operation="share",
        subjects=(own[0], whole),
        measure=last.measure,
        periods=last.periods,
        market=last.market,
        explained=indexes(span for span, _ in slots.entities),
        cued=True,
        borrowed=("subjects", "measure", "periods"),
    )
