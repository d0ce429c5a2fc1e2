"""Choosing values for several subjects at once: pairs, named lists, a group's members, everyone.

Combining figures is only honest when they are alike: the same measure, unit, period and
market. These helpers pick one value per subject for a period all of them share (the one
the question names, else the latest they have in common), and refuse when there is none.
"""

from __future__ import annotations

from collections.abc import Sequence

from factbot.answering.alike import asks_how_it_moved, comparable, figures, moves, over_changes
from factbot.answering.phrasing import name, names, possessive
from factbot.answering.values import Value, changes, levels
from factbot.knowledge.collectives import unlisted_group
from factbot.knowledge.index import KnowledgeBase
from factbot.knowledge.numbers import PERCENT_UNIT, RANK_UNIT
from factbot.understanding.reading import Reading


def one_each(
    kb: KnowledgeBase,
    subjects: Sequence[str],
    measure: str,
    periods: Sequence[str],
    market: str | None,
    moving: bool = False,
) -> list[Value] | None:
    """One value per subject, all for one period: the named one, else the latest they share; with `moving`, the
    stated changes (a question asking which grew faster sets changes side by side, never the levels).

    A figure the source gives with no period at all goes with any period; the answer
    says so (`factbot.answering.phrasing.caveats`).
    """
    changed = moving or over_changes(kb, subjects, measure, periods, market)
    per_subject = [figures(kb, subject, measure, periods, market, changed) for subject in subjects]
    if not periods:
        per_subject = [
            values or [value for value in figures(kb, subject, measure, (), market, changed) if not value.period]
            for subject, values in zip(subjects, per_subject, strict=True)
        ]
    if any(not values for values in per_subject):
        return None
    dated = [{value.period for value in values if value.period} for values in per_subject]
    shared = set.intersection(*[periods for periods in dated if periods]) if any(dated) else set()
    if any(dated) and not shared:
        return None
    period = max(shared, key=kb.period_order) if shared else None
    chosen = [
        next((value for value in values if value.period == period), None)
        or next(value for value in values if value.period is None)
        for values in per_subject
    ]
    markets = {value.market for value in chosen if value.market}
    currencies = {value.currency for value in chosen}
    if len(markets) > 1 or len(currencies) > 1:
        return None
    if changed and any(sum(1 for value in values if value.period == period) > 1 for values in per_subject):
        return None  # two changes for one period (measured from different periods): which is meant is unsaid
    return chosen if comparable(chosen) else None


def members_of(kb: KnowledgeBase, reading: Reading) -> tuple[str, ...]:
    """The subjects a set reading ranges over, with excluded ones taken out; none when a name the question takes
    out is not in the set: "outside" a market, say, leaves the figures that count it in, so no set is what was
    asked (`_outside_the_set`)."""
    if reading.group is not None:
        subjects = kb.entities[reading.group].members
    elif reading.everyone and reading.measure is not None:
        everyone = kb.subjects_by_measure.get(reading.measure, ())
        if reading.kinds:
            everyone = tuple(subject for subject in everyone if kb.entities[subject].kind in reading.kinds)
        subjects = _like_with_like(kb, everyone)
        if _outside_the_set(kb, reading.excluded, everyone):
            return ()
    else:
        subjects = beside_members(kb, reading)
    if reading.group is not None and _outside_the_set(kb, reading.excluded, subjects):
        return ()
    left_out = {*reading.excluded, *(member for part in reading.excluded for member in kb.entities[part].members)}
    return tuple(subject for subject in subjects if subject not in left_out)  # a group left out: its members too


def _outside_the_set(kb: KnowledgeBase, excluded: Sequence[str], subjects: Sequence[str]) -> bool:
    """Whether a name taken out is neither one of the subjects nor a group with members among them: taking it out
    takes nothing out, and the words that say so are not accounted for."""
    present = set(subjects)
    return any(part not in present and not present & set(kb.entities[part].members) for part in excluded)


def standing_for(kb: KnowledgeBase, subjects: Sequence[str], measure: str) -> tuple[str, ...]:
    """The subjects, a group among them standing for its members when the sources give no figure of the group
    itself ("the three regions" of the regions' own figures)."""
    found: list[str] = []
    for subject in subjects:
        members = kb.entities[subject].members
        found += members if members and measure not in kb.measures_of_subject.get(subject, frozenset()) else [subject]
    return tuple(dict.fromkeys(found))


def beside_members(kb: KnowledgeBase, reading: Reading) -> tuple[str, ...]:
    """The subjects named, less a group named beside its own members ("the railroad built from Las Vegas to
    Boulder City": the group's name heads the member's): the members are meant, and a total of the group and its
    members would count them twice. Subjects taken from the conversation ("are they ...?" after answers about a
    member and its group) are each meant, as they were."""
    if reading.borrowed:
        return reading.subjects
    named = set(reading.subjects)
    return tuple(subject for subject in reading.subjects if named.isdisjoint(kb.entities[subject].members))


def _like_with_like(kb: KnowledgeBase, subjects: Sequence[str]) -> tuple[str, ...]:
    """Everyone, but never a group beside its own members, nor the whole the document is about beside anyone
    (a total is not a rival of its parts)."""
    present = set(subjects)
    return tuple(
        subject
        for subject in subjects
        if not (kb.entities[subject].is_group and present & set(kb.entities[subject].members))
        and not (kb.entities[subject].is_whole and len(present) > 1)
    )


AGGREGATES = frozenset({"sum", "average"})
"""Plans that put a set's figures together: a country's figure is never added to its states'."""


def values_of_set(kb: KnowledgeBase, reading: Reading) -> list[Value] | None:
    if reading.measure is None or reading.missing_periods:
        return None
    subjects = members_of(kb, reading)
    if len(subjects) < (1 if reading.everyone else 2) or _mixed_aggregate(kb, reading, subjects):
        return None
    values = (
        _everyone(kb, subjects, reading)
        if reading.everyone
        else one_each(
            kb, subjects, reading.measure, reading.periods[:1], reading.market, asks_how_it_moved(kb, reading)
        )
    )
    if values is not None and reading.size is not None and len({value.subject for value in values}) != reading.size:
        return None  # "rank the three" over two subjects is not what was asked
    return values


def members_given(kb: KnowledgeBase, reading: Reading) -> tuple[list[Value], str] | None:
    """For an extreme or a rank over a group's members when the sources give the figure for only some of them
    ("which of the group's members fell most?"): those some, with the words that open the answer saying whom it
    ranges over. Never for a total or an average, which the members left out would change; never of fewer than two."""
    if reading.group is None or reading.measure is None or reading.excluded or reading.missing_periods:
        return None
    members = kb.entities[reading.group].members
    given = tuple(member for member in members if (member, reading.measure) in kb.facts_by_key)
    if len(given) < 2 or len(given) == len(members):
        return None
    values = _everyone(kb, given, reading, of_one_group=True)
    if values is None or len({value.subject for value in values}) < 2:
        return None
    ranged = names(kb, tuple(dict.fromkeys(value.subject for value in values)))
    group = kb.entities[reading.group].name
    return values, f"Of {ranged}, the only ones of {group} the sources give this figure for, "


def _mixed_aggregate(kb: KnowledgeBase, reading: Reading, subjects: Sequence[str]) -> bool:
    """Everyone, of several kinds, summed or averaged: the sources may give a whole beside its parts ("the
    total population" of a country and some of its states), and no figure counts them together."""
    if not reading.everyone or reading.kinds or reading.operation not in AGGREGATES:
        return False
    return len({kb.entities[subject].kind for subject in subjects}) > 1


def _changes_of(kb: KnowledgeBase, subjects: Sequence[str], reading: Reading) -> list[Value]:
    """The changes the sources state of each subject for the period asked: those stated the way most are (in
    percent, or in units), as changes of the two kinds are never ranked together."""
    assert reading.measure is not None
    found = [
        value
        for subject in subjects
        for value in changes(kb, subject, reading.measure, reading.periods[:1], reading.market)
    ]
    in_percent = sum(1 for value in found if value.facts[0].percent)
    if 2 * in_percent == len(found):
        return found  # as many of each: `comparable` sets neither aside
    kept = 2 * in_percent > len(found)
    return [value for value in found if value.facts[0].percent == kept]  # the way most subjects' are stated


def _everyone(
    kb: KnowledgeBase, subjects: Sequence[str], reading: Reading, of_one_group: bool = False
) -> list[Value] | None:
    """Every subject with a value for the period: the named one, else the latest any of them has. Subjects of one
    group (`of_one_group`) or of the kinds asked are ranked by their changes too: no total is among them."""
    assert reading.measure is not None
    moved = reading.falling or reading.rising  # "the largest drop": the changes, when the sources give them
    found = [] if not moved else _changes_of(kb, subjects, reading)
    found = found or [
        value
        for subject in subjects
        for value in levels(kb, subject, reading.measure, reading.periods[:1], reading.market)
    ]
    if not found:  # no level: the changes stated for the period
        found = _changes_of(kb, subjects, reading)
    if not found or (not reading.kinds and not of_one_group and moves(kb, found[0])):
        return (
            None  # changes only among the kind asked ("which industry added the most?"): else a total rivals its parts
        )
    period = reading.periods[0] if reading.periods else max((value.period for value in found), key=kb.period_order)
    alike = [value for value in found if value.period == period]
    markets = {value.market for value in alike}
    if len(markets) > 1:
        market = max(markets, key=lambda item: sum(1 for value in alike if value.market == item))
        alike = [value for value in alike if value.market == market]
    return alike if alike and comparable(alike) else None


def additive(kb: KnowledgeBase, values: Sequence[Value]) -> bool:
    """Counts and amounts add up; shares add up only as shares of one market ("combined market share in
    primary ticketing"); ranks never do, nor do percent changes (each is relative to its own base: a fall of
    10% and one of 16% are no fall of 26%)."""
    measure = kb.measures[values[0].measure]
    if measure.unit == RANK_UNIT:
        return False
    if measure.unit != PERCENT_UNIT:
        return True
    if measure.is_change:
        return False
    markets = {value.market for value in values}
    return len(markets) == 1 and None not in markets


def disjoint(kb: KnowledgeBase, subjects: Sequence[str]) -> bool:
    """Whether the subjects' figures may be added without counting anyone twice: a group that lists its members
    shares none with the others, and one that lists none ("the top ten payers", of which the text names two) is
    never added to another, which it may hold."""
    if len(set(subjects)) < 2:
        return True
    seen: set[str] = set()
    for subject in dict.fromkeys(subjects):
        entity = kb.entities[subject]
        if unlisted_group(kb, subject):
            return False
        covered = {subject, *entity.members}
        if covered & seen:
            return False
        seen |= covered
    return True


def ordered(kb: KnowledgeBase, values: Sequence[Value]) -> list[Value]:
    """Highest first (for ranks, 1st first); ties in a stable order."""
    sign = 1 if kb.measures[values[0].measure].unit == RANK_UNIT else -1
    return sorted(values, key=lambda value: (sign * value.amount, value.subject, kb.period_order(value.period)))


def whole_and_part(kb: KnowledgeBase, subjects: Sequence[str]) -> tuple[str, str]:
    """Of two subjects, the whole is a group holding the other or the whole the document is about (`is_whole`),
    else the one named first ("what share of X is Y")."""
    first, second = subjects[0], subjects[1]
    if first in kb.entities[second].members or (kb.entities[second].is_whole and not kb.entities[first].is_whole):
        return second, first
    return first, second


def label(kb: KnowledgeBase, reading: Reading, values: Sequence[Value]) -> str:
    if reading.group is not None and not reading.excluded:
        return f"{possessive(kb.entities[reading.group].name)} members'"
    if reading.everyone and len(values) > 3:
        return f"all {len(values)}"
    subjects = {value.subject for value in values}
    if len(values) > 1 and len(subjects) == 1:  # one subject over time: "Nissan from 2021 to 2023"
        first, last = values[0].period, values[-1].period
        if not (first and last):
            return name(kb, values[0].subject)
        start, end = (kb.period(period).label.removeprefix("in ") for period in (first, last))
        return f"{name(kb, values[0].subject)} from {start} to {end}"
    return (
        names(kb, [value.subject for value in values]) + "'s"
        if len(values) == 1
        else names(kb, [value.subject for value in values])
    )


__all__ = [
    "beside_members", "label", "members_of", "name", "one_each", "ordered", "standing_for", "values_of_set",
    "whole_and_part",
]  # fmt: skip
