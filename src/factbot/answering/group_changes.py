"""The change in a group's total between periods: "how much did total X grow from P to Q", or "how much did it
grow between them" after two totals.

A group's own figure is its members' total (a whole the sources give a figure of, or a group they report as
one), so the change in the total is the change in the group's own figures. Read so only where the sources give
the group's figure in every period asked; otherwise the change of a sum is left unanswered, as before.
"""

from __future__ import annotations

from factbot.answering.changes import change
from factbot.answering.outcome import Outcome
from factbot.answering.values import levels
from factbot.knowledge.index import KnowledgeBase
from factbot.understanding.reading import Reading, revised


def change_of_group(reading: Reading, kb: KnowledgeBase) -> Outcome | None:
    """The change in the group's own figures over the periods asked, for a reading over its members."""
    group, measure = reading.group, reading.measure
    if group is None or reading.subjects or measure is None or len(set(reading.periods)) < 2:
        return None
    held = {value.period for value in levels(kb, group, measure, reading.periods, reading.market)}
    if not set(reading.periods) <= held:
        return None
    return change(revised(reading, operation="change", subjects=(group,), group=None), kb)
