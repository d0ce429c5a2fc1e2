"""The highest (or lowest) of one subject's figures over the periods a question names: "which year was the
warmest, 2012, 2016 or 2017?" is a superlative across periods, not across subjects."""

from __future__ import annotations

from dataclasses import replace

from factbot.answering.alike import comparable, moves, of_counted_kind, of_one_span_kind, shown
from factbot.answering.outcome import Outcome
from factbot.answering.phrasing import name, possessive
from factbot.answering.plan import outcome_of
from factbot.answering.values import levels
from factbot.knowledge.index import KnowledgeBase
from factbot.knowledge.numbers import RANK_UNIT
from factbot.understanding.reading import Reading

MAX_OTHERS = 5
"""Other periods shown beside the extreme: a series of every year would bury it."""


def period_extreme(reading: Reading, kb: KnowledgeBase, largest: bool) -> Outcome | None:
    """The period whose level is highest (lowest), among two or more named, of one subject; None unless each has
    exactly one level, all alike, and one of them stands out."""
    periods = tuple(dict.fromkeys(reading.periods)) or _all_periods(reading, kb)
    if reading.yes_no and len(periods) == 1 and len(reading.subjects) == 1 and reading.measure is not None:
        return None if _rivals_in(reading, kb, periods[0]) else _beaten(reading, kb, largest)
    if reading.measure is None or len(reading.subjects) != 1 or len(periods) < 2:
        return None
    subject, measure = reading.subjects[0], reading.measure
    found = [levels(kb, subject, measure, (period,), reading.market) for period in periods]
    if any(len(values) != 1 or not values[0].period for values in found) or kb.measures[measure].unit == RANK_UNIT:
        return None
    values = [values[0] for values in found]
    if not comparable(values) or any(moves(kb, value) for value in values):
        return None
    order = sorted(values, key=lambda value: value.amount, reverse=largest)
    top = order[0]
    if top.amount == order[1].amount:
        return None  # a tie names no one period
    when = kb.period(top.period or "").label
    word = "highest" if largest else "lowest"
    rest = "; ".join(
        f"{kb.period(value.period or '').label.removeprefix('in ')} {shown(kb, value)}"
        for value in order[1 : MAX_OTHERS + 1]
    ) + (f"; and {len(order) - 1 - MAX_OTHERS} more" if len(order) - 1 > MAX_OTHERS else "")
    owner = possessive(name(kb, subject))
    text = f"{when[:1].upper()}{when[1:]}, {owner} {kb.measures[measure].name} was the {word}: {shown(kb, top)}"
    return outcome_of(kb, f"{text} (the others: {rest}).", order, values=(top.amount,))


def _all_periods(reading: Reading, kb: KnowledgeBase) -> tuple[str, ...]:
    """Asked which period ("which year was highest?", `time_unit`) with none named: every period of that kind the
    subject has a level for, when they are of one kind."""
    if not reading.time_unit or reading.measure is None or len(reading.subjects) != 1:
        return ()
    found = levels(kb, reading.subjects[0], reading.measure, (), reading.market)
    kept = of_one_span_kind(kb, of_counted_kind(kb, found, reading.time_unit))
    return tuple(dict.fromkeys(value.period for value in kept if value.period))


def _rivals_in(reading: Reading, kb: KnowledgeBase, period: str) -> bool:
    """Whether other subjects have figures of the measure in the period asked: "did X have the largest share in
    the first half?" then ranks X among them, not X's periods ("was 2017 the warmest year?" of one subject)."""
    assert reading.measure is not None
    return any(
        levels(kb, subject, reading.measure, (period,), reading.market)
        for subject in kb.subjects_by_measure.get(reading.measure, ())
        if subject != reading.subjects[0]
    )


def _year(kb: KnowledgeBase, period: str | None) -> str:
    return kb.period(period or "").label.removeprefix("in ")


def _beaten(reading: Reading, kb: KnowledgeBase, largest: bool) -> Outcome | None:
    """ "Was 2017 the warmest year?": No when the sources give the subject a higher figure in another period;
    otherwise unsettled (None), since they need not give every period there was."""
    assert reading.measure is not None
    subject, measure, asked = reading.subjects[0], reading.measure, reading.periods[0]
    values = [value for value in levels(kb, subject, measure, (), reading.market) if value.period]
    mine = [value for value in values if value.period == asked]
    if len(mine) != 1 or not comparable(values) or any(moves(kb, value) for value in values):
        return None
    beyond = [
        value for value in values if (value.amount > mine[0].amount if largest else value.amount < mine[0].amount)
    ]
    if not beyond or kb.measures[measure].unit == RANK_UNIT:
        return None
    top = sorted(beyond, key=lambda value: value.amount, reverse=largest)[0]
    word = "higher" if largest else "lower"
    owner = possessive(name(kb, subject))
    text = (
        f"{owner[:1].upper()}{owner[1:]} {kb.measures[measure].name} was {word} {kb.period(top.period or '').label} "
        f"({shown(kb, top)}) than {kb.period(asked).label} ({shown(kb, mine[0])})."
    )
    outcome = outcome_of(kb, text, [top, mine[0]], values=(mine[0].amount,))
    return replace(outcome, verdict=False)
