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

from factbot.knowledge.index import KnowledgeBase
from factbot.understanding.analysis import Analysis
from factbot.understanding.change_words import stated_direction_words
from factbot.understanding.cited_words import cited_words
from factbot.understanding.context import Context
from factbot.understanding.course import charged_detours
from factbot.understanding.direction import asks_a_fall, asks_a_rise
from factbot.understanding.events import elapsed_readings
from factbot.understanding.fact_readings import fact_readings
from factbot.understanding.follow_ups import borrowed
from factbot.understanding.operations import BY_NAME
from factbot.understanding.reading import Reading, revised
from factbot.understanding.retrieval import MAX_STATEMENTS, statement_readings
from factbot.understanding.set_aside import set_aside
from factbot.understanding.slots import conversation_measure, slots_of


def candidates(analysis: Analysis, kb: KnowledgeBase, context: Context | None) -> list[Reading]:
    slots = slots_of(analysis, kb, context)
    found: dict[tuple[object, ...], Reading] = {}
    last_measure = context.last.measure if context is not None and context.last is not None else None
    yes_no, falling = analysis.yes_no, asks_a_fall(analysis, kb)
    for reading in fact_readings(analysis, kb, conversation_measure(analysis, slots, context), last_measure, falling):
        found.setdefault(reading.key, reading)
    elapsed = "elapsed" in slots.asked
    events = statement_readings(analysis, kb, limit=None) if elapsed else []  # every kept statement, best first
    statements = events[:MAX_STATEMENTS] if elapsed else statement_readings(analysis, kb)
    for reading in statements:
        found.setdefault(reading.key, reading)
    if elapsed:  # each event may be a statement that explains only its own side
        for reading in elapsed_readings(analysis, events, slots.operations.get("elapsed", frozenset()), kb):
            found.setdefault(reading.key, reading)
    if context is not None and context.last is not None:
        for reading in borrowed(analysis, kb, slots, context):
            found.setdefault(reading.key, reading)
    rising = asks_a_rise(analysis, kb)
    readings = [_with_cited(analysis, kb, reading, yes_no, falling, rising) for reading in found.values()]
    readings = set_aside(readings, analysis, kb)
    return charged_detours(readings, analysis, kb, context) if context is not None else readings


def _verdict_only(reading: Reading) -> bool:
    """ "X part of G?": with no question word, a reading whose only answer is yes or no asks yes or no."""
    operation = BY_NAME.get(reading.operation)
    return operation is not None and operation.verdict


def _with_cited(
    analysis: Analysis, kb: KnowledgeBase, reading: Reading, yes_no: bool, falling: bool, rising: bool
) -> Reading:
    """The reading with the question's yes/no, fall and rise, and the words its figures' sentences say."""
    cited = cited_words(analysis, kb, reading)
    yes_no = yes_no or (analysis.question_word is None and _verdict_only(reading))
    explained = reading.explained | stated_direction_words(analysis, kb, reading, rising, falling)
    same = (reading.yes_no, reading.falling, reading.rising, reading.cited, reading.explained)
    if same == (yes_no, falling, rising, cited, explained):
        return reading
    return revised(reading, yes_no=yes_no, falling=falling, rising=rising, cited=cited, explained=explained)
