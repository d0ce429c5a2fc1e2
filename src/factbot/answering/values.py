"""Values: the figures a plan works on, each with the facts and arithmetic it rests on.

A value is a fact as the source states it, or a level derived from a stated level and a
stated change ("down 2.4 million bags to 23.0 million" gives 25.4 million the year
before), with the working shown. Selection honours every slot the question names: a
named period or market must be the fact's own, never the nearest one.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal

from factbot.answering.rate_measures import rate_measures, signed_rate
from factbot.knowledge.index import KnowledgeBase
from factbot.knowledge.model import Evidence, Fact
from factbot.knowledge.numbers import PERCENT_UNIT, format_amount, format_value
from factbot.knowledge.quantities import Bound
from factbot.understanding.frozen import quick_init


@quick_init
@dataclass(frozen=True)
class Value:
    """One figure for one subject, measure, period and market, and where it comes from."""

    subject: str
    measure: str
    period: str | None
    market: str | None
    amount: Decimal
    text: str
    facts: tuple[Fact, ...]
    working: tuple[str, ...] = ()
    bound: Bound = Bound.EXACT
    high: Decimal | None = None
    currency: str = ""
    basis: str = ""
    is_change: bool = False

    @property
    def exact(self) -> bool:
        return self.bound is Bound.EXACT

    @property
    def derived(self) -> bool:
        return bool(self.working)

    @property
    def evidence(self) -> tuple[Evidence, ...]:
        return evidence_of(self.facts)


def evidence_of(facts: Sequence[Fact]) -> tuple[Evidence, ...]:
    found: list[Evidence] = []
    for fact in facts:
        for item in (fact.evidence, *fact.context):
            if item not in found:
                found.append(item)
    return tuple(found)


def stated(fact: Fact) -> Value:
    """A stated figure; a negative one keeps its sign in its text, which the source writes as a word ("fell")."""
    return Value(
        subject=fact.subject,
        measure=fact.measure,
        period=fact.period,
        market=fact.market,
        amount=fact.value,
        text=f"\u2212{fact.shown}" if fact.value < 0 else fact.shown,
        facts=(fact,),
        bound=fact.bound,
        high=fact.high,
        currency=fact.currency,
        basis=fact.basis,
        is_change=fact.is_change,
    )


def written(amount: Decimal, unit: str, currency: str = "") -> str:
    """A computed figure in the sources' style: "25.4 million", "$628,381", "12.3%"."""
    if unit == PERCENT_UNIT:
        return format_value(amount, PERCENT_UNIT)
    sign = "−" if amount < 0 else ""
    return f"{sign}{currency}{format_amount(abs(amount))}"


def levels(kb: KnowledgeBase, subject: str, measure: str, periods: Sequence[str], market: str | None) -> list[Value]:
    """The subject's levels of the measure: in the named periods (stated or derived), else every stated one."""
    facts = [fact for fact in kb.facts_by_key.get((subject, measure), ()) if _in_market(fact, market)]
    if not periods:
        return [stated(fact) for fact in facts if not fact.is_change]
    found: list[Value] = []
    for period in periods:  # only the levels of the periods named are made into values
        direct = [stated(fact) for fact in facts if not fact.is_change and fact.period == period]
        found += direct or _derived(kb, facts, period) or _from_rate(kb, subject, measure, market, facts, period)
    return found


def changes(kb: KnowledgeBase, subject: str, measure: str, periods: Sequence[str], market: str | None) -> list[Value]:
    """The changes the sources state for the subject (in the named periods, when any are named)."""
    facts = kb.facts_by_key.get((subject, measure), ())
    return [
        stated(fact)
        for fact in facts
        if fact.is_change and _in_market(fact, market) and (not periods or fact.period in periods)
    ]


def _in_market(fact: Fact, market: str | None) -> bool:
    return market is None or fact.market == market


def _derived(kb: KnowledgeBase, facts: Sequence[Fact], period: str) -> list[Value]:
    """A level no sentence states, from a stated level and a stated change next to it."""
    levels_by_period: dict[str | None, Fact] = {
        fact.period: fact for fact in facts if not fact.is_change and fact.period
    }
    for change in (fact for fact in facts if fact.is_change):
        if change.period is None or _relative(kb, change):
            continue
        anchored = _anchored(kb, levels_by_period, change, period)
        if anchored is not None:
            return [_combine(kb, anchored[0], change, period, subtract=anchored[1])]
    return []


def _anchored(
    kb: KnowledgeBase, levels_by_period: Mapping[str | None, Fact], change: Fact, period: str
) -> tuple[Fact, bool] | None:
    """The stated level a change (or rate) leads from or to, for a level of `period` no sentence states, and
    whether it is undone backwards (the period asked is the one the change is measured from)."""
    base = change.since or _previous(kb, change.period)
    after, before = levels_by_period.get(change.period), levels_by_period.get(base) if base else None
    if base == period and after is not None:
        return after, True
    if change.period == period and before is not None:
        return before, False
    return None


def _relative(kb: KnowledgeBase, change: Fact) -> bool:
    """ "Income will rise 10 percent" of a measure in dollars: a relative change, never added to dollars."""
    return change.percent and kb.measures[change.measure].unit != PERCENT_UNIT


def _previous(kb: KnowledgeBase, period: str | None) -> str | None:
    """The period a change is measured from when the fact names none: the same kind of period a year before."""
    if period is None:
        return None
    key = kb.period(period).key
    if key is None:
        return None
    earlier = key.shifted(-1)
    declared = kb.periods_by_key.get(earlier)
    return declared[0] if declared else kb.virtual_period(earlier)


def _combine(kb: KnowledgeBase, level: Fact, change: Fact, period: str, subtract: bool) -> Value:
    unit = kb.measures[level.measure].unit
    amount = level.value - change.value if subtract else level.value + change.value
    delta = written(abs(change.value), unit, level.currency)
    operator = ("+" if change.value < 0 else "−") if subtract else ("−" if change.value < 0 else "+")
    shown = written(amount, unit, level.currency)
    line = f"{level.shown} {operator} {delta} = {shown}"
    exact = level.bound is Bound.EXACT and change.bound is Bound.EXACT
    return _derived_value(level, change, period, amount, line, Bound.EXACT if exact else Bound.APPROXIMATE, unit)


def _derived_value(level: Fact, other: Fact, period: str, amount: Decimal, line: str, bound: Bound, unit: str) -> Value:
    """A level derived from a stated level and another fact (a change, a rate), with its working line."""
    return Value(
        subject=level.subject,
        measure=level.measure,
        period=period,
        market=level.market,
        amount=amount,
        text=written(amount, unit, level.currency),
        facts=(level, other),
        working=(line,),
        bound=bound,
        currency=level.currency,
        basis=level.basis or other.basis,
    )


RATE_DIGITS = 3
"""A level derived from a rate in percent is given to three significant figures: the rate is rounded itself."""


def _from_rate(
    kb: KnowledgeBase, subject: str, measure: str, market: str | None, facts: Sequence[Fact], period: str
) -> list[Value]:
    """A level no sentence states, from a stated level and a change in percent measured from or to it: a relative
    change of the level (`change:` in percent), or a figure of the level's rate measure ("growth in income")."""
    rates = [fact for fact in facts if fact.is_change and fact.period and _relative(kb, fact)]
    rates += [
        fact
        for rate in rate_measures(kb, measure)
        for fact in kb.facts_by_key.get((subject, rate), ())
        if fact.period and _in_market(fact, market) and fact.percent
    ]
    levels_by_period: dict[str | None, Fact] = {
        fact.period: fact for fact in facts if not fact.is_change and fact.period
    }
    for rate in rates:
        anchored = _anchored(kb, levels_by_period, rate, period)
        if anchored is not None:
            return [_scaled(kb, anchored[0], rate, period, backwards=anchored[1])]
    return []


def _scaled(kb: KnowledgeBase, level: Fact, rate: Fact, period: str, backwards: bool) -> Value:
    """The level before a rise of p% (level ÷ (1 + p%)), or after it (level × (1 + p%)): always approximate."""
    unit = kb.measures[level.measure].unit
    percent = signed_rate(kb, rate)
    factor = 1 + percent / 100
    exact = level.value / factor if backwards else level.value * factor
    amount = Decimal(f"{exact:.{RATE_DIGITS - 1}e}")
    shown = written(amount, unit, level.currency)
    sign = "+" if percent >= 0 else "−"
    line = f"{level.value_text} {'÷' if backwards else '×'} (1 {sign} {abs(percent)}%) ≈ {shown}"
    return _derived_value(level, rate, period, amount, line, Bound.APPROXIMATE, unit)
