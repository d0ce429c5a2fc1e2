"""Facts sorted into the groups answering reads: by (subject, measure), subject, measure and period.

Built once per knowledge folder (or read back from the cache as positions), so a question never
scans the facts. Every group keeps its facts in period order: "the latest" is the last one.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from factbot.knowledge.model import Entity, Fact, Knowledge


@dataclass(frozen=True)
class FactGroups:
    by_key: dict[tuple[str, str], tuple[Fact, ...]]
    by_subject: dict[str, tuple[Fact, ...]]
    by_measure: dict[str, tuple[Fact, ...]]
    by_measure_period: dict[tuple[str, str | None], tuple[Fact, ...]]
    subjects_by_measure: dict[str, tuple[str, ...]]
    markets_by_measure: dict[str, frozenset[str]]
    measures_of_subject: dict[str, frozenset[str]]
    """The measures a subject has facts of, as the subject or as the market."""
    market_ids: frozenset[str]


def fact_groups(
    knowledge: Knowledge, entities: Mapping[str, Entity], period_order: Callable[[str | None], float]
) -> FactGroups:
    """The facts in their groups, each group in period order (ties in fact id order)."""
    by_key: dict[tuple[str, str], list[Fact]] = {}
    by_subject: dict[str, list[Fact]] = {}
    by_measure: dict[str, list[Fact]] = {}
    by_measure_period: dict[tuple[str, str | None], list[Fact]] = defaultdict(list)
    subjects: dict[str, dict[str, None]] = defaultdict(dict)
    for fact in knowledge.facts:
        by_measure_period[(fact.measure, fact.period)].append(fact)
        subjects[fact.measure][fact.subject] = None
        by_key.setdefault((fact.subject, fact.measure), [])  # the groups keep the order facts come in
        by_subject.setdefault(fact.subject, [])
        by_measure.setdefault(fact.measure, [])
    orders = {period: period_order(period) for period in {fact.period for fact in knowledge.facts}}
    # One sort in period order; every group filled from it is then in period order too.
    for fact in sorted(knowledge.facts, key=lambda fact: (orders[fact.period], fact.id)):
        by_key[(fact.subject, fact.measure)].append(fact)
        by_subject[fact.subject].append(fact)
        by_measure[fact.measure].append(fact)
    return FactGroups(
        by_key={key: tuple(facts) for key, facts in by_key.items()},
        by_subject={key: tuple(facts) for key, facts in by_subject.items()},
        by_measure={key: tuple(facts) for key, facts in by_measure.items()},
        by_measure_period={key: tuple(facts) for key, facts in by_measure_period.items()},
        subjects_by_measure={measure: tuple(found) for measure, found in subjects.items()},
        markets_by_measure=_markets_by_measure(knowledge.facts),
        measures_of_subject=_measures_of_subject(knowledge.facts),
        market_ids=frozenset(entity.id for entity in entities.values() if entity.is_market)
        | {fact.market for fact in knowledge.facts if fact.market is not None},
    )


def _markets_by_measure(facts: Sequence[Fact]) -> dict[str, frozenset[str]]:
    found: dict[str, set[str]] = defaultdict(set)
    for fact in facts:
        if fact.market is not None:
            found[fact.measure].add(fact.market)
    return {measure: frozenset(ids) for measure, ids in found.items()}


def _measures_of_subject(facts: Sequence[Fact]) -> dict[str, frozenset[str]]:
    found: dict[str, set[str]] = defaultdict(set)
    for fact in facts:
        found[fact.subject].add(fact.measure)
        if fact.market is not None:
            found[fact.market].add(fact.measure)
    return {subject: frozenset(ids) for subject, ids in found.items()}


def bases_of_measure(facts: Sequence[Fact]) -> dict[str, frozenset[str]]:
    """The bases (forecast, estimate…) a measure's facts have: a question's "forecast" needs one of them."""
    found: dict[str, set[str]] = defaultdict(set)
    for fact in facts:
        if fact.basis:
            found[fact.measure].add(fact.basis)
    return {measure: frozenset(bases) for measure, bases in found.items()}
