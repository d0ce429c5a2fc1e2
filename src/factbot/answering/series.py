"""Plans over a set or a series of figures: total, average, rank, extremes, and change over time."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from decimal import Decimal

from factbot.answering import sets
from factbot.answering.alike import (
    comparable,
    figures,
    measure_words,
    moves,
    of_counted_kind,
    of_one_span_kind,
    over_changes,
    plus,
    shown,
)
from factbot.answering.bounds import stated_limit
from factbot.answering.outcome import Outcome
from factbot.answering.period_extremes import period_extreme
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
from factbot.answering.plan import MAX_LISTED, across_measures, outcome_of, side_label
from factbot.answering.remainder import whole_less_parts
from factbot.answering.values import Value, changes, levels
from factbot.knowledge.collectives import group_named_by_members, unlisted_group
from factbot.knowledge.index import KnowledgeBase
from factbot.knowledge.numbers import PERCENT_UNIT, RANK_UNIT
from factbot.understanding.reading import Reading


def total(reading: Reading, kb: KnowledgeBase) -> Outcome | None:
    return _whole_of_everyone(reading, kb) or _added_up(reading, kb)


def _added_up(reading: Reading, kb: KnowledgeBase) -> Outcome | None:
    chosen = across_measures(reading, kb) if reading.measures else sets.values_of_set(kb, reading)
    over_time = (not chosen or len(chosen) < 2) and reading.measures == ()  # one subject's figures over periods
    if over_time:
        chosen = _named_periods(reading, kb)
    if chosen and _not_as_asked(reading, kb, chosen, over_time):
        return None
    if not chosen and reading.measures == ():
        return _stated_total(reading, kb) or whole_less_parts(reading, kb)
    if chosen is None or len(chosen) < 2 or not sets.additive(kb, chosen):
        return None
    if not sets.disjoint(kb, [value.subject for value in chosen]):
        return None
    amount = sum((value.amount for value in chosen), Decimal(0))
    if kb.measures[chosen[0].measure].unit == PERCENT_UNIT:  # shares of one market add up to a share, not points
        shown = plain = f"{significant(amount, 4)}%"
    else:
        shown = computed(kb, chosen[0].measure, amount, chosen[0].currency)
        plain = bare(kb, chosen[0].measure, amount, chosen[0].currency)
    line = plus(chosen) + f" = {plain}"
    measure = kb.measures[chosen[0].measure].name
    if moves(kb, chosen[0]):
        return outcome_of(kb, _net_change(kb, reading, chosen, shown, line), chosen, [line], values=(amount,))
    if reading.measures:
        measures = [kb.measures[value.measure].name for value in chosen]
        listed = ", ".join(measures[:-1]) + " and " + measures[-1]
        owner = capitalised(possessive(name(kb, chosen[0].subject)))
        text = f"{owner} {listed}{period_phrase(kb, chosen[0].period)} together: {shown} ({line})."
    elif over_time:
        periods = " and ".join(kb.period(value.period).label for value in chosen if value.period)
        text = f"{capitalised(possessive(name(kb, chosen[0].subject)))} {measure} {periods} together: {shown} ({line})."
    else:
        label = sets.label(kb, reading, chosen)
        text = f"{capitalised(label)} {measure}{period_phrase(kb, chosen[0].period)} together: {shown} ({line})."
    return outcome_of(kb, text + inexact_note(chosen), chosen, [line], values=(amount,))


def _not_as_asked(reading: Reading, kb: KnowledgeBase, chosen: Sequence[Value], over_time: bool) -> bool:
    """A total of one subject's levels is not what a question asking a rise or fall means ("how many people did X
    add in 2016 and 2017" asks a change); nor is a total of several subjects' levels, read in one period, what a
    question naming two periods or more asks ("how much did the total grow from P to Q")."""
    if over_time:  # a measure of changes ("capacity added") is the rise asked, whatever the signs of its figures
        asked = reading.rising or reading.falling
        return asked and not kb.measures[chosen[0].measure].is_change and not all(moves(kb, value) for value in chosen)
    return not reading.measures and len(reading.periods) >= 2


def _net_change(kb: KnowledgeBase, reading: Reading, chosen: Sequence[Value], shown: str, line: str) -> str:
    """A sum of changes is a net change, said as one: "A, B and C: payroll changed by a net 1,000 jobs"."""
    measure = kb.measures[chosen[0].measure].name
    if len({value.subject for value in chosen}) == 1:
        periods = " and ".join(kb.period(value.period).label for value in chosen if value.period)
        who = capitalised(possessive(name(kb, chosen[0].subject)))
        text = f"{who} {measure} changed by a net {shown} {periods} together ({line})."
    else:
        who = capitalised(sets.label(kb, reading, chosen))
        text = f"{who}: {measure} changed by a net {shown}{period_phrase(kb, chosen[0].period)} together ({line})."
    return text + inexact_note(chosen)


def average(reading: Reading, kb: KnowledgeBase) -> Outcome | None:
    chosen = sets.values_of_set(kb, reading) or _series(reading, kb)
    if not chosen or len(chosen) < 2 or kb.measures[chosen[0].measure].unit == RANK_UNIT:
        return None
    mean = sum((value.amount for value in chosen), Decimal(0)) / len(chosen)
    unit = kb.measures[chosen[0].measure].unit
    if unit == PERCENT_UNIT:
        shown = plain = f"{significant(mean, 4)}%"
    else:
        shown = computed(kb, chosen[0].measure, round(mean, 2), chosen[0].currency)
        plain = bare(kb, chosen[0].measure, round(mean, 2), chosen[0].currency)
    line = f"({plus(chosen)}) ÷ {len(chosen)} = {plain}"
    measure = measure_words(kb, chosen)
    text = f"The average {measure} of {sets.label(kb, reading, chosen)} is {shown} ({line}; unweighted)."
    return outcome_of(kb, text + inexact_note(chosen), chosen, [line], values=(mean,))


def _series(reading: Reading, kb: KnowledgeBase) -> list[Value]:
    """One subject's levels over time, all for spans of one kind: years are not averaged with a half-year. A
    series the question counts ("over the three years") has that many, of the kind it counts in."""
    if reading.measure is None or len(reading.subjects) != 1:
        return []
    changed = over_changes(kb, reading.subjects, reading.measure, reading.periods, reading.market)
    values = figures(kb, reading.subjects[0], reading.measure, reading.periods, reading.market, changed)
    if not comparable(values):
        return []
    series = of_one_span_kind(kb, of_counted_kind(kb, values, reading.time_unit))
    return [] if reading.size is not None and len(series) != reading.size else series


def _whole_of_everyone(reading: Reading, kb: KnowledgeBase) -> Outcome | None:
    """The total of everyone, no one left out and no kind asked, is the figure of the declared whole the sources
    give for the period: its parts may not add up to it ("16.8 GW", of which the sources name 16.6)."""
    if not reading.everyone or reading.excluded or reading.kinds or reading.measure is None or reading.measures:
        return None
    wholes = [subject for subject in kb.subjects_by_measure.get(reading.measure, ()) if kb.entities[subject].is_whole]
    return _own_figure(reading, kb, wholes[0]) if len(wholes) == 1 else None


def _stated_total(reading: Reading, kb: KnowledgeBase) -> Outcome | None:
    """The total of a group whose members the sources do not list is the figure they give for it, or none; so is
    the total of a group whose members' figures do not add up to it (none given for some): the whole's own; and
    the total of exactly a group's members, when the sources give the group's figure and not every member's."""
    if reading.measure is None:
        return None
    if reading.group is not None and not reading.subjects and not reading.excluded:
        whole = reading.group
    elif len(reading.subjects) == 1 and unlisted_group(kb, reading.subjects[0]):
        whole = reading.subjects[0]
    elif (listed := group_named_by_members(kb, reading.subjects, reading.measure)) is not None:
        whole = listed  # "what did they sell in total?" of a group's members listed: the group's figure
    else:
        return None
    return _own_figure(reading, kb, whole)


def _own_figure(reading: Reading, kb: KnowledgeBase, whole: str) -> Outcome | None:
    """The one figure the sources give the whole for the measure and period asked, or none."""
    assert reading.measure is not None
    found = levels(kb, whole, reading.measure, reading.periods, reading.market)
    if len(found) != 1:
        return None
    return outcome_of(kb, describe(kb, found[0]), found, values=(found[0].amount,))


def _named_periods(reading: Reading, kb: KnowledgeBase) -> list[Value] | None:
    """One subject's amounts for each of two or more periods the question names ("2013 and 2016 combined"),
    in order; never percentages or ranks, which do not add up over time, and never a period left out (nor one
    named that the knowledge cannot pick)."""
    if reading.measure is None or len(set(reading.periods)) < 2 or reading.missing_periods:
        return None
    subjects = reading.subjects or _only_one_covering(kb, reading.measure, reading.periods, reading.market)
    if len(subjects) != 1 or kb.measures[reading.measure].unit in (PERCENT_UNIT, RANK_UNIT):
        return None
    changed = over_changes(kb, subjects, reading.measure, reading.periods, reading.market)
    values = figures(kb, subjects[0], reading.measure, reading.periods, reading.market, changed)
    if sorted(value.period or "" for value in values) != sorted(set(reading.periods)) or not comparable(values):
        return None
    return sorted(values, key=lambda value: kb.period_order(value.period))


def _only_one_covering(kb: KnowledgeBase, measure: str, periods: Sequence[str], market: str | None) -> tuple[str, ...]:
    """With no subject named, the one subject the sources give a figure of the measure for in every named period
    ("total gains for January, February and March"), all levels or all changes; none when several have them,
    which would be a guess."""
    wanted = set(periods)
    covering = [
        subject
        for subject in kb.subjects_by_measure.get(measure, ())
        if any(all(kind(kb, subject, measure, (period,), market) for period in wanted) for kind in (levels, changes))
    ]
    return tuple(covering) if len(covering) == 1 else ()


def rank(reading: Reading, kb: KnowledgeBase) -> Outcome | None:
    chosen = sets.values_of_set(kb, reading) or _series(reading, kb)
    if not chosen or len(chosen) < 2:
        return None
    falls = reading.falling and moves(kb, chosen[0])
    if falls and any(value.amount >= 0 for value in chosen):
        return None  # a rank of falls among rises and falls is not a rank of the figures
    order = sets.ordered(kb, chosen)
    if falls:  # every one a fall: the largest fall first
        order.reverse()
    listed = order[:MAX_LISTED]
    by_period = len({value.subject for value in chosen}) == 1
    items = ", ".join(
        f"{place}. {side_label(kb, value, by_period)} ({shown(kb, value)})" for place, value in enumerate(listed, 1)
    )
    more = f", and {len(order) - len(listed):,} more" if len(order) > len(listed) else ""
    period = "" if by_period else period_phrase(kb, order[0].period)
    what = f"fall in {kb.measures[chosen[0].measure].name}" if falls else measure_words(kb, chosen)
    text = f"By {what}{period}, {'largest fall' if falls else 'highest'} first: {items}{more}."
    return outcome_of(kb, text, listed, subjects=tuple(value.subject for value in listed))


def _extreme(reading: Reading, kb: KnowledgeBase, largest: bool) -> Outcome | None:
    over_time = period_extreme(reading, kb, largest)  # "which year was the highest?"
    if over_time is not None:
        return over_time
    chosen, ranged = _of_the_set(reading, kb)
    if not chosen:
        return stated_limit(reading, kb, largest)
    if reading.everyone and len(chosen) < 2:
        return None  # the only figure of its kind is no evidence that its subject is the largest of them
    unit = kb.measures[chosen[0].measure].unit
    if unit == RANK_UNIT:
        return _by_rank(kb, chosen, reading.position if largest else len(chosen) - reading.position + 1)
    order = sets.ordered(kb, chosen)
    if not largest:
        order.reverse()
    word = "largest" if largest else "smallest"
    if moves(kb, chosen[0]):
        order, word = _over_changes(reading, order, largest)
    if len(order) < reading.position:
        return None
    top = order[reading.position - 1]
    listed = [*order, *(value for value in sets.ordered(kb, chosen) if value not in order)]  # falls first
    others = [value for value in listed if value is not top][: MAX_LISTED - 1]
    place = "" if reading.position == 1 else f"{_ordinal(reading.position)}-"
    measure = kb.measures[top.measure].name if reading.falling else measure_words(kb, chosen)
    where = f"{market_phrase(kb, top.market)}{period_phrase(kb, top.period)}"
    text = f"{capitalised(ranged + name(kb, top.subject))} had the {place}{word} {measure}{where}: {shown(kb, top)}"
    rest = "; ".join(f"{name(kb, value.subject)} {shown(kb, value)}" for value in others)
    text += f" (the others: {rest})." if rest else "."
    found = outcome_of(kb, text, [top, *others], subjects=(top.subject,), values=(top.amount,))
    return replace(found, partial=True) if ranged else found


def _of_the_set(reading: Reading, kb: KnowledgeBase) -> tuple[list[Value] | None, str]:
    """The set's values; else, of a group's members, those the sources give, with the words saying so."""
    chosen = sets.values_of_set(kb, reading)
    if chosen:
        return chosen, ""
    given = sets.members_given(kb, reading)
    return given if given is not None else (None, "")


def _over_changes(reading: Reading, order: list[Value], largest: bool) -> tuple[list[Value], str]:
    """Signed changes, highest or lowest first; asked of a fall ("lost the most"), only the falls, largest first.
    "The fewest lost" among rises and falls is not for factbot to guess: no figure is returned then."""
    if not reading.falling:
        return order, "highest" if largest else "lowest"
    if not largest:
        return [], ""
    falls = sorted((value for value in order if value.amount < 0), key=lambda value: value.amount)
    return falls, "largest fall in"


def _by_rank(kb: KnowledgeBase, chosen: Sequence[Value], position: int) -> Outcome | None:
    """ "Japan's third largest": the subject whose stated rank is third."""
    found = [value for value in chosen if value.amount == position]
    if not found:
        return None
    return outcome_of(kb, " ".join(describe(kb, value) for value in found), found)


def _ordinal(number: int) -> str:
    suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


def extreme_max(reading: Reading, kb: KnowledgeBase) -> Outcome | None:
    return _extreme(reading, kb, largest=True)


def extreme_min(reading: Reading, kb: KnowledgeBase) -> Outcome | None:
    return _extreme(reading, kb, largest=False)
