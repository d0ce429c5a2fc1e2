"""The share of one subject's figure for a span in its figure for a span holding it: "what share of the first
half's deaths were in June?" is June's figure over the half's."""

from __future__ import annotations

from factbot.answering.alike import moves, part_of_whole
from factbot.answering.outcome import Outcome
from factbot.answering.phrasing import capitalised, inexact_note, name, period_phrase, possessive
from factbot.answering.plan import outcome_of
from factbot.answering.values import levels
from factbot.knowledge.index import KnowledgeBase
from factbot.knowledge.numbers import PERCENT_UNIT, RANK_UNIT
from factbot.understanding.implied_sets import nested_periods
from factbot.understanding.reading import Reading


def share_of_period(reading: Reading, kb: KnowledgeBase) -> Outcome | None:
    """The inner span's figure as a percentage of the outer span's, for the one subject; None unless the sources
    give one level of each, of a measure that adds up."""
    spans = nested_periods(kb, reading.periods)
    if reading.measure is None or len(reading.subjects) != 1 or spans is None:
        return None
    if kb.measures[reading.measure].unit in (PERCENT_UNIT, RANK_UNIT):
        return None
    subject = reading.subjects[0]
    outer, inner = (levels(kb, subject, reading.measure, (period,), reading.market) for period in spans)
    if len(outer) != 1 or len(inner) != 1 or outer[0].amount <= 0 or moves(kb, outer[0]) or moves(kb, inner[0]):
        return None
    whole, part = outer[0], inner[0]
    percent, shown, line = part_of_whole(part, whole)
    measure = kb.measures[reading.measure].name
    text = (
        f"{capitalised(possessive(name(kb, subject)))} {measure}{period_phrase(kb, part.period)} were "
        f"{shown} of those{period_phrase(kb, whole.period)} ({line})."
    )
    return outcome_of(kb, text + inexact_note([whole, part]), [part, whole], [line], values=(percent,))
