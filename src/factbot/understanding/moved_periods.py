"""Periods reached by moving from the conversation's period ("what was it the year before?", "and after?").

Such a question asks its period relative to the one the conversation is about, and says nothing of which of the
two the conversation goes on with. A later follow-up that borrows the period ("and their share of seats?") may
mean either the period moved to or the one moved from, so it borrows both and answers each the sources hold: the
figure meant is given whichever was meant, and nothing is guessed.
"""

from __future__ import annotations

from factbot.knowledge.index import KnowledgeBase
from factbot.understanding.analysis import Analysis, SpanKind
from factbot.understanding.reading import Reading


def moved_from(analysis: Analysis, periods: tuple[str, ...], last: Reading) -> tuple[str, ...]:
    """The last reading's periods, when the question's own periods are only a relative phrase resolved from them
    (it names no period of its own to move from); else none."""
    if not periods or analysis.of(SpanKind.PERIOD) or not analysis.of(SpanKind.RELATIVE):
        return ()
    return tuple(period for period in last.periods if period not in periods)


def borrowed_periods(
    kb: KnowledgeBase, last: Reading, subjects: tuple[str, ...], measure: str | None
) -> tuple[str, ...]:
    """The periods a follow-up borrows from the last reading: its own, with those it moved from, in order. A period
    moved from is added only beside the last reading's own, when the sources hold figures of both for the
    follow-up's subjects: the conversation is now about the period moved to, so a figure of the period moved from
    alone would answer for a period no longer asked; then the last reading's own are borrowed, to be found
    missing."""
    if not last.moved_from:
        return last.periods
    both = sorted(dict.fromkeys((*last.moved_from, *last.periods)), key=kb.period_order)
    held = [period for period in both if measure is None or _held(kb, subjects, measure, period)]
    return tuple(held) if set(last.periods) <= set(held) else last.periods


def _held(kb: KnowledgeBase, subjects: tuple[str, ...], measure: str, period: str) -> bool:
    """Whether the sources hold a figure of the measure in the period for every one of the subjects."""
    return all(
        any(fact.period == period for fact in kb.facts_by_key.get((subject, measure), ())) for subject in subjects
    )
