"""The conversation's course: what a reading costs when it leaves it.

A bare follow-up ("what about for export?", "and the rest?") after a figure asks for the same
kind of answer about something else. Two readings leave that course: one whose subject the
measure alone implies (its only subject) where the conversation was about others, and one
that answers from a statement where the conversation was after a figure. Each may still be
meant, so they are charged, not dropped: a reading that goes on with the conversation wins.
A third leaves it when the last answer was an operation (a share of a whole): a plain look-up
of the new subject drops the operation, where a reading that keeps it is at hand.
"""

from __future__ import annotations

from factbot.knowledge.index import KnowledgeBase
from factbot.understanding.analysis import Analysis
from factbot.understanding.context import Context
from factbot.understanding.operations import STATEMENT
from factbot.understanding.reading import Reading, revised

LOOKUP = "lookup"
DETOUR_COST = 0.08
"""As much as a question complete on its own pays for borrowing: the reading ignores what came before."""


def charged_detours(readings: list[Reading], analysis: Analysis, kb: KnowledgeBase, context: Context) -> list[Reading]:
    """The readings, each that leaves the conversation's course charged `DETOUR_COST` (see the module)."""
    last = context.last
    if last is None or not last.subjects:
        return readings
    recent = set(context.recent_subjects) | set(last.subjects)
    bare = _bare_follow_up(analysis, kb) and last.operation != STATEMENT and last.statement is None
    kept = bare and last.operation != LOOKUP and any(reading.operation == last.operation for reading in readings)
    return [
        revised(reading, detour=DETOUR_COST)
        if (reading.implied and recent.isdisjoint(reading.subjects))
        or (bare and reading.statement is not None)
        or (kept and reading.operation == LOOKUP)
        else reading
        for reading in readings
    ]


def _bare_follow_up(analysis: Analysis, kb: KnowledgeBase) -> bool:
    """An opener ("what about", "and") and no question word after it: the question asks nothing of its own."""
    if not analysis.follow_up:
        return False
    texts = analysis.texts
    opener = max((len(item) for item in kb.follow_up_openers if texts[: len(item)] == item), default=0)
    return not any(text in kb.question_kinds for text in texts[opener:])
