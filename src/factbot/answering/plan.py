"""What plans over values share: the values a question pins, and the outcome every plan ends with (its text,
the caveats its values carry, their evidence and working)."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from factbot.answering.outcome import Outcome
from factbot.answering.phrasing import caveats, name
from factbot.answering.values import Value, evidence_of, levels
from factbot.knowledge.index import KnowledgeBase
from factbot.understanding.reading import Reading

MAX_LISTED = 10


def outcome_of(
    kb: KnowledgeBase,
    text: str,
    used: Sequence[Value],
    working: Sequence[str] = (),
    values: tuple[Decimal, ...] | None = None,
    subjects: tuple[str, ...] | None = None,
) -> Outcome:
    """The outcome of a plan: its text with every caveat its values carry, their evidence and working."""
    lines = [*(line for value in used for line in value.working), *working]
    return Outcome(
        text=" ".join(filter(None, [text, caveats(kb, used)])),
        evidence=evidence_of([fact for value in used for fact in value.facts]),
        working=tuple(dict.fromkeys(lines)),
        values=values if values is not None else tuple(value.amount for value in used),
        subjects=subjects if subjects is not None else tuple(dict.fromkeys(value.subject for value in used)),
    )


def pinned_periods(reading: Reading, kb: KnowledgeBase) -> tuple[str, ...]:
    """The periods named, and those of any stated value the question quotes ("fall from 17.0% to ...")."""
    if reading.measure is None or len(reading.subjects) != 1 or not reading.values or len(reading.periods) > 1:
        return reading.periods
    quoted = {value.value for value in reading.values if not value.ordinal}
    stated = levels(kb, reading.subjects[0], reading.measure, (), reading.market)
    pinned = [value.period for value in stated if value.amount in quoted and value.period]
    return tuple(dict.fromkeys([*pinned, *reading.periods]))


def across_measures(reading: Reading, kb: KnowledgeBase) -> list[Value] | None:
    """One subject's value for each measure set side by side (or each measure's own subject's), all for one
    period."""
    if len(reading.measures) < 2 or len(reading.subjects) not in (1, len(reading.measures)):
        return None
    periods = reading.periods[:1]
    subjects = reading.subjects * len(reading.measures) if len(reading.subjects) == 1 else reading.subjects
    found = [  # each measure's figure of its own subject ("the nation's rate", "the workers' rate")
        levels(kb, subject, measure, periods, reading.market) or _timeless(kb, subject, measure, reading.market)
        for subject, measure in zip(subjects, reading.measures, strict=True)
    ]
    if any(not values for values in found):
        return None
    dated = [values for values in found if not _is_timeless(values)] or found
    shared = set.intersection(*({value.period for value in values} for values in dated))
    if not shared:
        return None
    period = max(shared, key=kb.period_order, default=None)
    return [values[0] if _is_timeless(values) else next(v for v in values if v.period == period) for values in found]


def _timeless(kb: KnowledgeBase, subject: str, measure: str, market: str | None) -> list[Value]:
    """The subject's one figure of the measure when it is of no period (a cost, a threshold, a capacity): it holds
    in whatever period the other side is of."""
    stated = levels(kb, subject, measure, (), market)
    return stated if _is_timeless(stated) else []


def _is_timeless(values: list[Value]) -> bool:
    return len(values) == 1 and values[0].period is None


def side_label(kb: KnowledgeBase, value: Value, by_period: bool) -> str:
    """A value's name in a comparison: its subject, or its period when one subject is compared over time."""
    if by_period and value.period is None:
        return kb.measures[value.measure].name
    if by_period and value.period:
        return kb.period(value.period).label.removeprefix("in ")
    return name(kb, value.subject)
