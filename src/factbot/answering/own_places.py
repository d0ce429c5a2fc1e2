"""The place of the subject asked about, when a yes/no on a place says no.

"Is X the second-largest?" of a ranking the sources give answers "No" with who is second; the reader asked
about X, so X's own place follows when the sources give it ("X is the third-largest").
"""

from __future__ import annotations

from dataclasses import replace

from factbot.answering.outcome import Outcome
from factbot.answering.phrasing import describe
from factbot.answering.values import levels
from factbot.knowledge.index import KnowledgeBase
from factbot.knowledge.numbers import RANK_UNIT
from factbot.understanding.reading import Reading


def with_own_places(reading: Reading, outcome: Outcome, verdict: bool | None, kb: KnowledgeBase) -> Outcome:
    """The outcome, with the place of each subject asked about that it does not name, after a "No" on a rank."""
    if verdict is not False or reading.operation not in ("extreme_max", "extreme_min") or reading.measure is None:
        return outcome
    if kb.measures[reading.measure].unit != RANK_UNIT:
        return outcome
    found = [
        values[0]
        for subject in reading.subjects
        if subject not in outcome.subjects
        for values in [levels(kb, subject, reading.measure, reading.periods, reading.market)]
        if len(values) == 1
    ]
    if not found:
        return outcome
    text = " ".join([outcome.text, *(describe(kb, value) for value in found)])
    evidence = tuple(dict.fromkeys([*outcome.evidence, *(item for value in found for item in value.evidence)]))
    return replace(outcome, text=text, evidence=evidence)
