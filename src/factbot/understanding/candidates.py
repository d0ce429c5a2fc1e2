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

from collections.abc import Callable
from functools import partial

from factbot.knowledge.index import KnowledgeBase
from factbot.understanding.analysis import Analysis
from factbot.understanding.change_words import stated_direction_words
from factbot.understanding.cited_words import cited_words
from factbot.understanding.context import Context
from factbot.understanding.course import charged_detours
from factbot.understanding.direction import asks_a_fall, asks_a_rise, asks_lower
from factbot.understanding.events import elapsed_readings
from factbot.understanding.fact_readings import fact_readings
from factbot.understanding.follow_ups import borrowed
from factbot.understanding.negated_shares import complemented
from factbot.understanding.operations import BY_NAME
from factbot.understanding.reading import Reading, revised
from factbot.understanding.retrieval import MAX_STATEMENTS, statement_readings
from factbot.understanding.set_aside import set_aside, sets_aside
from factbot.understanding.slots import Slots, conversation_measure, slots_of

Floor = Callable[[list[Reading]], float]
"""Given the readings over facts (and borrowed), the least weight a statement must explain to matter
(`statement_floor`)."""


def candidates(
    analysis: Analysis, kb: KnowledgeBase, context: Context | None, floor: Floor | None = None
) -> list[Reading]:
    """Every reading; with `floor`, statements that could not change the decision are left unread. The readings
    over facts and those borrowed are made first, so that the floor can be worked out from them."""
    slots = slots_of(analysis, kb, context)
    found: dict[tuple[object, ...], Reading] = {}
    last_measure = context.last.measure if context is not None and context.last is not None else None
    yes_no, falling, rising = analysis.yes_no, asks_a_fall(analysis, kb), asks_a_rise(analysis, kb)
    lower = asks_lower(analysis, kb)
    for reading in fact_readings(analysis, kb, conversation_measure(analysis, slots, context), last_measure, falling):
        found.setdefault(reading.key, reading)
    if "elapsed" in slots.asked:
        return _with_events(analysis, kb, context, slots, found, (yes_no, falling, rising, lower))
    borrowing = list(borrowed(analysis, kb, slots, context)) if context is not None and context.last is not None else []
    made: dict[tuple[object, ...], Reading] = {}
    for reading in (*found.values(), *borrowing):
        made.setdefault(reading.key, reading)
    _with = partial(_with_cited, analysis, kb, yes_no=yes_no, falling=falling, rising=rising, lower=lower)
    ready = {key: _with(reading) for key, reading in made.items()}
    least = -1.0
    if floor is not None and all(reading.statement is None for reading in borrowing) and not sets_aside(analysis, kb):
        least = floor(_detoured(list(ready.values()), analysis, kb, context))  # a borrowed statement: read them all
    for reading in statement_readings(analysis, kb, floor=least):
        found.setdefault(reading.key, reading)
    for reading in borrowing:
        found.setdefault(reading.key, reading)
    readings = [ready[key] if made.get(key) is reading else _with(reading) for key, reading in found.items()]
    if analysis.negated:
        readings = complemented(readings, analysis, kb)
    return _detoured(set_aside(readings, analysis, kb), analysis, kb, context)


def _with_events(
    analysis: Analysis,
    kb: KnowledgeBase,
    context: Context | None,
    slots: Slots,
    found: dict[tuple[object, ...], Reading],
    asked: tuple[bool, bool, bool, bool],
) -> list[Reading]:
    """ "How long between": every kept statement may be an event, so all are read, and each may be a statement
    that explains only its own side."""
    events = statement_readings(analysis, kb, limit=None)  # every kept statement, best first
    for reading in events[:MAX_STATEMENTS]:
        found.setdefault(reading.key, reading)
    cue = slots.operations.get("elapsed", frozenset())
    for reading in elapsed_readings(analysis, events, cue, kb, [*found.values()]):
        found.setdefault(reading.key, reading)
    if context is not None and context.last is not None:
        for reading in borrowed(analysis, kb, slots, context):
            found.setdefault(reading.key, reading)
    readings = [_with_cited(analysis, kb, reading, *asked) for reading in found.values()]
    return _detoured(readings, analysis, kb, context)


def _detoured(readings: list[Reading], analysis: Analysis, kb: KnowledgeBase, context: Context | None) -> list[Reading]:
    return charged_detours(readings, analysis, kb, context) if context is not None else readings


def _verdict_only(reading: Reading) -> bool:
    """ "X part of G?": with no question word, a reading whose only answer is yes or no asks yes or no."""
    operation = BY_NAME.get(reading.operation)
    return operation is not None and operation.verdict


def _with_cited(
    analysis: Analysis,
    kb: KnowledgeBase,
    reading: Reading,
    yes_no: bool,
    falling: bool,
    rising: bool,
    lower: bool = False,
) -> Reading:
    """The reading with the question's yes/no, fall and rise, a gap or comparison asked downwards, and the words
    its figures' sentences say."""
    lower = lower and reading.operation in ("difference", "compare")
    cited = cited_words(analysis, kb, reading)
    yes_no = yes_no or (analysis.question_word is None and _verdict_only(reading))
    explained = reading.explained | stated_direction_words(analysis, kb, reading, rising, falling)
    same = (reading.yes_no, reading.falling, reading.rising, reading.lower, reading.cited, reading.explained)
    if same == (yes_no, falling, rising, lower, cited, explained):
        return reading
    return revised(
        reading, yes_no=yes_no, falling=falling, rising=rising, lower=lower, cited=cited, explained=explained
    )
