"""Candidates: every reading the question and the knowledge allow.

A reading is an operation (`factbot.understanding.operations`) with its slots filled
from the question's spans: subjects, a measure, periods, a market, figures, or one
statement. Each reading records which words it explains; scoring (`scoring.py`) turns
that into a number, and nothing here decides between readings.

Follow-ups are readings too: when the question leaves a slot empty, a second reading
borrows that slot from the conversation, and says so. A question complete on its own
has a reading that borrows nothing, which beats the borrowed one.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from factbot.knowledge.index import KnowledgeBase
from factbot.understanding.analysis import Analysis
from factbot.understanding.context import Context
from factbot.understanding.fact_readings import fact_readings
from factbot.understanding.follow_ups import borrowed
from factbot.understanding.reading import Reading
from factbot.understanding.retrieval import statement_readings
from factbot.understanding.slots import Slots, conversation_measure, slots_of


def candidates(analysis: Analysis, kb: KnowledgeBase, context: Context | None) -> list[Reading]:
    slots = slots_of(analysis, kb, context)
    found: dict[tuple[object, ...], Reading] = {}
    last_measure = context.last.measure if context is not None and context.last is not None else None
    for reading in fact_readings(analysis, kb, conversation_measure(slots, context), last_measure):
        found.setdefault(reading.key, reading)
    statements = statement_readings(analysis, kb)
    for reading in statements:
        found.setdefault(reading.key, reading)
    if "elapsed" in slots.asked:
        for reading in _elapsed(statements, slots, kb):
            found.setdefault(reading.key, reading)
    if context is not None and context.last is not None:
        for reading in borrowed(analysis, kb, slots, context):
            found.setdefault(reading.key, reading)
    return [replace(reading, yes_no=analysis.yes_no) for reading in found.values()]


MAX_EVENTS = 8


def _elapsed(statements: list[Reading], slots: Slots, kb: KnowledgeBase) -> Iterator[Reading]:
    """The time between two dated events the question names: each pair of dated statements it matches."""
    dated = [
        reading
        for reading in statements
        if reading.statement is not None and kb.knowledge.statements[reading.statement].when is not None
    ][:MAX_EVENTS]
    cue = slots.operations.get("elapsed", frozenset())
    for index, first in enumerate(dated):
        for second in dated[index + 1 :]:
            assert first.statement is not None and second.statement is not None
            if first.explained <= second.explained or second.explained <= first.explained:
                continue  # one event must account for words the other does not
            yield Reading(
                operation="elapsed",
                statements=(first.statement, second.statement),
                explained=first.explained | second.explained | cue,
                cued=True,
                focus=(first.focus + second.focus) / 2,
                proximity=first.proximity + second.proximity,
            )
