"""One evaluator per operation: a reading in, an outcome out, or None when the sources cannot say.

Each evaluator is a small plan over values: select the values its slots name (stated, or
derived from a level and a change), check they may be combined (same measure, unit,
period and market), compute, and word the result with its working. The table at the
bottom pairs them with `factbot.understanding.operations`; nothing else names them.
"""

from __future__ import annotations

from collections.abc import Callable

from factbot.answering.additive import counts_things
from factbot.answering.changes import change
from factbot.answering.complements import rest_of_whole
from factbot.answering.elapsed import elapsed
from factbot.answering.group_changes import change_of_group
from factbot.answering.lookups import (
    about,
    count_members,
    describe_entity,
    lookup,
    lookup_by_value,
    members,
    membership,
    statement,
)
from factbot.answering.moved import moved
from factbot.answering.outcome import Outcome
from factbot.answering.pairs import compare, difference, ratio, share
from factbot.answering.said_changes import said_change
from factbot.answering.series import average, extreme_max, extreme_min, rank, total
from factbot.knowledge.index import KnowledgeBase
from factbot.understanding.reading import Reading, revised

Evaluator = Callable[[Reading, KnowledgeBase], Outcome | None]


def lookup_or_members_total(reading: Reading, kb: KnowledgeBase) -> Outcome | None:
    """A figure as stated; of a group the sources give no figure of, its listed members' total: the plan
    `lookup(G)` is `sum(members(G))` when G's own figure is not given ("club members in the three regions"). Only
    for a measure that counts things (`counts_things`): members' wages or shares add up to no figure of the group;
    a question that asks their total says so with a sum cue, and is read as a sum."""
    if reading.complement:
        return rest_of_whole(reading, kb)  # "what share did not ...": the share turned around, or nothing
    found = lookup(reading, kb)
    if found is not None or len(reading.subjects) != 1 or reading.measure is None:
        return found
    group = reading.subjects[0]
    if not kb.entities[group].members or reading.measure in kb.measures_of_subject.get(group, frozenset()):
        return None
    if not counts_things(kb, reading.measure):
        return None
    return total(revised(reading, operation="sum", subjects=(), group=group), kb)


def change_or_said(reading: Reading, kb: KnowledgeBase) -> Outcome | None:
    """A change the sources give in figures; asked yes or no, one they say only in words ("declined in 2016")."""
    return change(reading, kb) or said_change(reading, kb)


def total_or_change(reading: Reading, kb: KnowledgeBase) -> Outcome | None:
    """A total; a total the knowledge cannot add up, asked as a rise or fall over periods ("how much did the total
    grow"), is the change in the group's own figures (`group_changes`)."""
    found = total(reading, kb)
    if found is not None or not (reading.rising or reading.falling):
        return found
    return change_of_group(reading, kb)


EVALUATORS: dict[str, Evaluator] = {
    "lookup": lookup_or_members_total,
    "lookup_by_value": lookup_by_value,
    "compare": compare,
    "difference": difference,
    "ratio": ratio,
    "share": share,
    "sum": total_or_change,
    "average": average,
    "rank": rank,
    "extreme_max": extreme_max,
    "extreme_min": extreme_min,
    "change": change_or_said,
    "moved": moved,
    "members": members,
    "count_members": count_members,
    "describe": describe_entity,
    "membership": membership,
    "elapsed": elapsed,
    "about": about,
    "statement": statement,
}
