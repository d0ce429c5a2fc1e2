"""Change over time: stated changes with the levels they end at, or the change between two levels."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from factbot.answering.alike import of_counted_kind, of_one_span_kind
from factbot.answering.outcome import Outcome
from factbot.answering.phrasing import (
    bare,
    capitalised,
    computed,
    describe,
    inexact_note,
    market_phrase,
    name,
    period_phrase,
    possessive,
    significant,
)
from factbot.answering.plan import outcome_of, pinned_periods
from factbot.answering.rates import rate_values, rising
from factbot.answering.values import Value, changes, levels
from factbot.knowledge.index import KnowledgeBase
from factbot.knowledge.numbers import PERCENT_UNIT, RANK_UNIT
from factbot.understanding.reading import Reading


def change(reading: Reading, kb: KnowledgeBase) -> Outcome | None:
    periods = pinned_periods(reading, kb)
    series = _levels_over_time(reading, kb, periods)
    if series is None or reading.measure is None:
        return None
    subject = reading.subjects[0]
    stated = changes(kb, subject, reading.measure, reading.periods, reading.market)
    series.sort(key=lambda value: kb.period_order(value.period))
    if len(series) == 1 and len(periods) == 1 and not stated:
        series = _with_previous(kb, reading, series[0])  # "fell ... when X happened": from the period before
    if len(series) >= 2 and any(value.period is None for value in series):
        return None  # a level of no period cannot be placed before or after the others: which way it moved is unsaid
    if len({value.period for value in series}) < len(series):
        return None  # two figures of one period (a revision, two sources) are no series: neither came first
    if len(series) >= 2 and not (stated and len(reading.periods) == 1):
        return change_between(kb, series[0], series[-1], series)
    if stated:
        return _stated_changes(kb, stated, series)
    figures = _rates_over(kb, reading) or (series if kb.measures[reading.measure].is_change else [])
    return outcome_of(kb, " ".join(describe(kb, value) for value in figures), figures) if figures else None


def _levels_over_time(reading: Reading, kb: KnowledgeBase, periods: Sequence[str]) -> list[Value] | None:
    """The one subject's levels for the periods pinned; when the question pins fewer than two, the series of one
    kind of span (never a month beside a year), of as many as it counts ("over those three years"); else None."""
    if reading.measure is None or len(reading.subjects) != 1 or reading.missing_periods:
        return None
    series = levels(kb, reading.subjects[0], reading.measure, periods, reading.market)
    if len(set(periods)) >= 2:
        return series
    series = of_one_span_kind(kb, of_counted_kind(kb, series, reading.time_unit))
    if reading.size is not None and len(series) != reading.size:
        return None
    series.sort(key=lambda value: kb.period_order(value.period))
    return [series[place - 1] for place in reading.places] if reading.places else series


def _stated_changes(kb: KnowledgeBase, stated: Sequence[Value], series: Sequence[Value]) -> Outcome:
    """Changes as the source states them, each with the level it ends at and, where that gives the level it
    started from, the change as a percentage ("down 2.7 million to 5.0 million: a fall of 35.1%")."""
    sentences: list[str] = []
    lines: list[str] = []
    for change_value in stated:
        sentence = describe(kb, change_value)
        level = next((value for value in series if value.period == change_value.period), None)
        if level is not None and _relative(kb, change_value):
            sentence, line = _relative_start(kb, change_value, level, sentence)
            lines.append(line)
        elif level is not None:  # a rate's change in points, too: "down 0.4 points, to 10.7%: 3.6% lower"
            start = level.amount - change_value.amount
            sentence = sentence.rstrip(".") + f", to {level.text}."
            if start:
                percent = change_value.amount / start * 100
                rate = kb.measures[level.measure].unit == PERCENT_UNIT
                word = (
                    ("a relative fall" if rate else "a fall")
                    if percent < 0
                    else ("a relative rise" if rate else "a rise")
                )
                shown = f"{significant(abs(percent))}%"
                start_text = f"{significant(start)}%" if rate else bare(kb, level.measure, start, level.currency)
                lines.append(f"{bare(kb, level.measure, change_value.amount, level.currency)} ÷ {start_text} = {shown}")
                sentence = sentence.rstrip(".") + f": {word} of {shown} from {start_text}."
        sentences.append(sentence)
    used = [*stated, *(value for value in series if any(value.period == item.period for item in stated))]
    signed = tuple(value.amount for value in stated)
    return outcome_of(kb, " ".join(sentences), used, lines, values=signed)


def _rates_over(kb: KnowledgeBase, reading: Reading) -> list[Value]:
    """ "By how much did X's population rise since the census?" of a level whose change over the one period named
    the sources state only in percent, as its rate measure ("population growth"): that rate, when it goes the way
    the question asks (asked yes or no, whichever way it goes)."""
    if len(set(reading.periods)) != 1:
        return []
    found = rate_values(kb, reading)
    if reading.yes_no:  # "is it going down?": a rate going the other way answers no
        return found
    if any(rising(kb, value) is not (not reading.falling) for value in found) or (reading.rising and reading.falling):
        return []
    return found


def _relative(kb: KnowledgeBase, change_value: Value) -> bool:
    """A change in percent of a level counted in something else ("down 1.8 percent" of people): relative."""
    percent = any(fact.percent for fact in change_value.facts)
    return percent and kb.measures[change_value.measure].unit != PERCENT_UNIT


def _relative_start(kb: KnowledgeBase, change_value: Value, level: Value, sentence: str) -> tuple[str, str]:
    """The level a relative change started from: the level after it ÷ (1 + p%), approximate, never the level
    less p counted in the level's unit."""
    factor = 1 + change_value.amount / 100
    start = bare(kb, level.measure, Decimal(f"{level.amount / factor:.{START_DIGITS - 1}e}"), level.currency)
    sign = "−" if change_value.amount < 0 else "+"
    line = f"{level.text} ÷ (1 {sign} {abs(change_value.amount)}%) ≈ {start}"
    return sentence.rstrip(".") + f", to {level.text}: from about {start} ({line}).", line


START_DIGITS = 3
"""A level derived from a change in percent is given to three significant figures: the percent is rounded itself."""


def _with_previous(kb: KnowledgeBase, reading: Reading, value: Value) -> list[Value]:
    """The subject's stated level just before `value`'s period, then `value`: the change into that period."""
    assert reading.measure is not None
    earlier = [
        other
        for other in levels(kb, value.subject, reading.measure, (), reading.market)
        if other.period and kb.period_order(other.period) < kb.period_order(value.period)
    ]
    if not earlier:
        return [value]
    return [max(earlier, key=lambda other: kb.period_order(other.period)), value]


def change_between(kb: KnowledgeBase, first: Value, last: Value, series: Sequence[Value] = ()) -> Outcome:
    if kb.period_order(first.period) > kb.period_order(last.period):
        first, last = last, first
    measure = kb.measures[first.measure]
    delta = last.amount - first.amount
    direction = "rose" if delta > 0 else "fell" if delta < 0 else "was unchanged"
    amount = computed(kb, first.measure, abs(delta), first.currency)
    plain = bare(kb, first.measure, abs(delta), first.currency)
    sign = "−" if delta < 0 else ""
    lines = [f"{last.text} − {first.text} = {sign}{plain}"]
    relative = ""
    if first.amount and measure.unit != RANK_UNIT:
        percent = delta / first.amount * 100
        relative = f", {'a fall' if delta < 0 else 'a rise'} of {significant(abs(percent))}%"
        # A percent's change is in points ("2.1 percentage points"): only its number is divided. Any other change
        # keeps its scale word, as the level it is divided by does ("31.9 million ÷ 933.1 million").
        head = plain.split(" ")[0] if measure.unit == PERCENT_UNIT else plain
        lines.append(f"{sign}{head} ÷ {first.text} = {sign}{significant(abs(percent))}%")
    steps = list(series) if len(series) > 2 else [first, last]
    shown = ", ".join(f"{value.text}{period_phrase(kb, value.period)}" for value in steps)
    owner = capitalised(possessive(name(kb, first.subject)))
    text = f"{owner} {measure.name}{market_phrase(kb, first.market)}: {shown}."
    if delta:
        text += f" From {first.text} to {last.text} it {direction} by {amount}{relative}."
    else:
        text += " It was unchanged."
    return outcome_of(kb, text + inexact_note(steps), steps, lines, values=(delta,))
