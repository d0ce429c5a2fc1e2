"""A pronoun after a total of several: "that" is the total, not its first part.

"How many is that together?" answered X's and Y's total; then "what share of all deaths is that?"
sets the total over the whole named, "how does that compare with Z?" sets it beside Z, and "what
share of that was X's?" takes X's part of it. The parts stay the ones the total was made of.
"""

from __future__ import annotations

from factbot.knowledge.index import KnowledgeBase
from factbot.understanding.analysis import Analysis, SpanKind
from factbot.understanding.context import Context
from factbot.understanding.operations import BY_NAME
from factbot.understanding.reading import Reading, revised
from factbot.understanding.slots import Slots, cue_words, indexes

SIDES = ("compare", "difference")
"""Operations that may set a total of several on one side (`first_side`)."""


def total_parts(last: Reading | None) -> tuple[str, ...]:
    """The subjects the last answer added up, when it was a total of two or more named ones (a group's total goes
    on as the group, which stands for it)."""
    if last is None or last.operation != "sum" or last.measure is None or last.excluded or last.group is not None:
        return ()
    return last.subjects if len(set(last.subjects)) >= 2 else ()


def against_last_total(analysis: Analysis, kb: KnowledgeBase, slots: Slots, context: Context) -> Reading | None:
    """The reading that takes a pronoun for the last total, with the one subject the question names as the whole
    of a share, the other side of a comparison, or the part of the total asked about."""
    last = context.last
    parts = total_parts(last)
    own = tuple(dict.fromkeys(entity for _, entity in slots.entities))
    if last is None or not parts or not analysis.pronoun or len(own) != 1:
        return None
    cues = frozenset(index for words in slots.operations.values() for index in words)
    if any(last.measure not in span.targets and not span.indexes <= cues for span in analysis.of(SpanKind.MEASURE)):
        return None  # another measure named ("share" asking a share names none): no figure of the total's is asked
    asked = [name for name in ("share", *SIDES) if name in slots.asked]
    if len(asked) != 1:
        return None
    operation = BY_NAME[asked[0]]
    explained = indexes(analysis.spans) | cue_words(operation, slots)
    base = Reading(
        operation=operation.name, measure=last.measure, periods=last.periods, market=last.market,
        explained=explained, cued=True, borrowed=("subjects", "periods") if last.periods else ("subjects",),
    )  # fmt: skip
    if operation.name == "share" and own[0] in parts:  # "what share of that was X's?"
        return revised(base, subjects=parts, combined=True, last_named=own[0])
    if operation.name == "share":
        return revised(base, subjects=parts, whole=own[0])
    return revised(base, subjects=(*parts, own[0]), combined=True, first_side=len(parts))
