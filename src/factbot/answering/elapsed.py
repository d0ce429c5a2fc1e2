"""Elapsed time between two dated events, in the unit asked for."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from factbot.answering.outcome import Outcome
from factbot.knowledge.index import KnowledgeBase
from factbot.knowledge.model import Statement
from factbot.knowledge.period_keys import PeriodKey, PeriodKind
from factbot.understanding.reading import Reading


def elapsed(reading: Reading, kb: KnowledgeBase) -> Outcome | None:
    """Time between two dated events: whole years from their years, days when both dates are exact days."""
    if len(reading.statements) != 2:
        return None
    first, second = (kb.knowledge.statements[number] for number in reading.statements)
    if first.when is None or second.when is None or not (first.when.year and second.when.year):
        return None  # a day the text gives no year for ("May 11") is no point in time to count from
    if first.when.order > second.when.order:
        first, second = second, first
    assert first.when is not None and second.when is not None
    spans = _time_between(first.when, second.when)
    asked = next((item for item in spans if item[0] == reading.time_unit), spans[0])
    spans.sort(key=lambda item: item != asked)
    difference = f"{second.when.label} − {first.when.label}"
    lines = [f"{difference} = {_count(amount, unit)}" for unit, amount in spans]
    text = f"{_count(asked[1], asked[0])} passed between {_event(first)} and {_event(second)} ({'; '.join(lines)})."
    amounts = tuple(Decimal(amount) for _, amount in spans)
    return Outcome(text, (*first.evidence, *second.evidence), tuple(lines), amounts)


def _time_between(first: PeriodKey, second: PeriodKey) -> list[tuple[str, int]]:
    """The time from one date to a later one in each unit both dates are precise enough for: whole years
    (completed ones, when both give a day), months when both give a month, days when both give a day."""
    exact = first.kind is PeriodKind.DATE and second.kind is PeriodKind.DATE
    monthly = exact or (first.kind is PeriodKind.MONTH and second.kind is PeriodKind.MONTH)
    years = second.year - first.year
    if exact and (second.part, second.day) < (first.part, first.day):
        years -= 1  # not yet a whole year
    spans = [("year", years)]
    if monthly:
        months = (second.year - first.year) * 12 + second.part - first.part - (exact and second.day < first.day)
        spans.append(("month", months))
    if exact:
        spans.append(("day", (_day(second) - _day(first)).days))
    return spans


def _count(amount: int, unit: str) -> str:
    return f"{amount} {unit}{'' if amount == 1 else 's'}"


def _day(key: PeriodKey) -> date:
    return date(key.year, key.part, key.day)


def _event(statement: Statement) -> str:
    """An event in a phrase: its answer without the full stop, and its date."""
    assert statement.when is not None
    return f"{statement.when.label} ({statement.answer.rstrip('.')})"
