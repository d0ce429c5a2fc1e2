"""A whole less some of its parts: "apart from X, how much did the others cost?".

When the sources give the whole's figure and the figure of each part left out, what the rest come to is the
one less the others, even though the rest are never listed one by one. The parts must be the whole's: its
listed members, or anything at all when it is the whole the folder is about (`proven_wholes`).
"""

from __future__ import annotations

from decimal import Decimal

from factbot.answering.alike import comparable
from factbot.answering.outcome import Outcome
from factbot.answering.phrasing import (
    bare,
    capitalised,
    computed,
    inexact_note,
    name,
    names,
    period_phrase,
    possessive,
)
from factbot.answering.plan import outcome_of
from factbot.answering.sets import standing_for
from factbot.answering.values import Value, levels
from factbot.knowledge.collectives import group_named_by_members, proven_wholes
from factbot.knowledge.index import KnowledgeBase
from factbot.knowledge.numbers import PERCENT_UNIT, RANK_UNIT
from factbot.understanding.reading import Reading


def whole_less_parts(reading: Reading, kb: KnowledgeBase) -> Outcome | None:
    """The group's own figure less the figures of the parts the question leaves out, or None."""
    found = _whole_and_parts(reading, kb)
    if found is None:
        return None
    total, left_out = found
    measure, currency = total.measure, total.currency
    amount = total.amount - sum((value.amount for value in left_out), Decimal(0))
    line = " − ".join([total.text, *(value.text for value in left_out)]) + f" = {bare(kb, measure, amount, currency)}"
    owner = capitalised(possessive(name(kb, total.subject)))
    parts = names(kb, [value.subject for value in left_out])
    text = (
        f"{owner} {kb.measures[measure].name}{period_phrase(kb, total.period)} less {possessive(parts)}: "
        f"{computed(kb, measure, amount, currency)} ({line})."
    )
    used = [total, *left_out]
    return outcome_of(kb, text + inexact_note(used), used, [line], values=(amount,))


def _whole_and_parts(reading: Reading, kb: KnowledgeBase) -> tuple[Value, list[Value]] | None:
    """The whole's one figure and one figure of each part left out, all alike; None unless every one is given."""
    whole, measure = reading.group, reading.measure
    if whole is None or measure is None or reading.subjects or not reading.excluded or whole in reading.excluded:
        return None
    listed = group_named_by_members(kb, reading.excluded, measure)  # "apart from X, Y and Z": their group
    excluded = standing_for(kb, (listed,) if listed is not None else reading.excluded, measure)
    ours = whole in proven_wholes(kb) or set(excluded) <= set(kb.entities[whole].members)
    found = levels(kb, whole, measure, reading.periods, reading.market)
    if len(found) > 1 and not reading.periods:
        found = _shared_with_parts(kb, found, excluded, measure, reading.market)
    if not ours or kb.measures[measure].unit in (PERCENT_UNIT, RANK_UNIT) or len(found) != 1:
        return None
    total = found[0]
    periods = (total.period,) if total.period else ()
    parts = [levels(kb, part, measure, periods, reading.market) for part in excluded]
    if any(len(values) != 1 for values in parts):
        return None
    left_out = [values[0] for values in parts]
    if not comparable([total, *left_out]) or {value.currency for value in left_out} != {total.currency}:
        return None
    return total, left_out


def _shared_with_parts(
    kb: KnowledgeBase, found: list[Value], parts: tuple[str, ...], measure: str, market: str | None
) -> list[Value]:
    """No period named, and the whole has figures for several: the one period every part left out has a figure
    for too is the one meant ("without X" when only this year's figure of X is given); else all stay."""
    shared = [
        value
        for value in found
        if value.period and all(levels(kb, part, measure, (value.period,), market) for part in parts)
    ]
    return shared if len(shared) == 1 else found
