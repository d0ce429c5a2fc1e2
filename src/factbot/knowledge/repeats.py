"""Two sources giving the same figure: one fact, citing both.

A folder of several texts often repeats a headline figure ("the rate was 10.7 percent in
2016" in a release and again in a summary of it). Curated twice, the two facts are alike in
everything a question can ask, so arithmetic over them found two candidates where it needs
one, and answers listed the figure twice. A fact that repeats an earlier one, the same
figure of the same thing, is folded into it: the earlier fact keeps its quote and gains the
later one's sentences as context, so the answer still cites both sources. Facts that differ
in anything (the value, its bound, the basis) stay apart: `verify` warns about those. A change
with no `since:` is measured from the period a year before, so it repeats one that names that
period ("declined 9% in 2016" and "declined 9% from 2015").
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace

from factbot.knowledge.model import Fact, Period
from factbot.knowledge.vocabulary import periods_by_key

RepeatKey = tuple[object, ...]


YearBefore = Mapping[str, str]
"""Each period's declared period a year before, of the same kind: what a change without `since:` is from."""


def years_before(periods: Mapping[str, Period]) -> YearBefore:
    """For each period with a key, the declared period a year before it, if any."""
    by_key = periods_by_key(periods)
    found = {}
    for period in periods.values():
        earlier = by_key.get(period.key.shifted(-1), ()) if period.key else ()
        if earlier:
            found[period.id] = earlier[0]
    return found


def repeat_key(fact: Fact, before: YearBefore | None = None) -> RepeatKey:
    """Everything a question or an answer can tell two facts apart by; the wording of the value is not."""
    return (
        fact.subject,
        fact.measure,
        fact.period,
        fact.market,
        fact.is_change,
        fact.since or (before or {}).get(fact.period or ""),
        fact.basis,
        fact.value,
        fact.high,
        fact.bound,
        fact.percent,
        fact.currency,
    )


def repeats(facts: Iterable[Fact], periods: Mapping[str, Period] | None = None) -> list[tuple[Fact, Fact]]:
    """Each fact that repeats an earlier one, with the fact it repeats."""
    first: dict[RepeatKey, Fact] = {}
    found = []
    before = years_before(periods or {})
    for fact in facts:
        earlier = first.setdefault(repeat_key(fact, before), fact)
        if earlier is not fact:
            found.append((fact, earlier))
    return found


def merge_repeats(facts: Iterable[Fact], periods: Mapping[str, Period] | None = None) -> tuple[Fact, ...]:
    """The facts with every repeat folded into the first fact it repeats (its evidence becoming context)."""
    merged: dict[RepeatKey, Fact] = {}
    before = years_before(periods or {})
    for fact in facts:
        key = repeat_key(fact, before)
        earlier = merged.get(key)
        if earlier is None:
            merged[key] = fact
            continue
        cited = {*earlier.context, earlier.evidence}
        added = tuple(dict.fromkeys(item for item in (fact.evidence, *fact.context) if item not in cited))
        merged[key] = replace(earlier, context=(*earlier.context, *added))
    return tuple(merged.values())
