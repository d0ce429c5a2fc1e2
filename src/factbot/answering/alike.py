"""Which figures a set plan works over: levels, or else the changes the sources state.

Many sources report changes rather than levels ("health care added 34,000 jobs"). When none of
a set's subjects has a level of the measure for the period but each has a change, the plans
(difference, sum, extreme, rank, average, compare) work over the signed changes: of one
measure and one period, measured from one period, never a level beside a change.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from decimal import Decimal
from functools import lru_cache

from factbot.answering.phrasing import amount_text, significant
from factbot.answering.values import Value, changes, levels
from factbot.knowledge.index import KnowledgeBase
from factbot.understanding.reading import Reading


def over_changes(
    kb: KnowledgeBase, subjects: Sequence[str], measure: str, periods: Sequence[str], market: str | None
) -> bool:
    """The subjects' changes are the figures to use: none has a level for the periods, each has a change."""
    if not subjects or any(levels(kb, subject, measure, periods, market) for subject in subjects):
        return False
    return all(changes(kb, subject, measure, periods, market) for subject in subjects)


def asks_how_it_moved(kb: KnowledgeBase, reading: Reading) -> bool:
    """A question asking how figures moved ("did X grow faster?", "how much did their total grow?") of a measure
    of levels: only the stated changes answer it, never the levels. A measure whose figures are themselves moves
    (changes, or named by a word of rise or fall: "growth") answers it with its own figures."""
    if not (reading.rising or reading.falling) or reading.measure is None:
        return False
    measure = reading.measure
    return not (kb.measures[measure].is_change or not kb.measure_words[measure].isdisjoint(kb.up_words | kb.down_words))


def figures(
    kb: KnowledgeBase, subject: str, measure: str, periods: Sequence[str], market: str | None, changed: bool
) -> list[Value]:
    """A subject's levels, or its stated changes when the set works over changes."""
    return changes(kb, subject, measure, periods, market) if changed else levels(kb, subject, measure, periods, market)


def comparable(values: Sequence[Value]) -> bool:
    """Changes combine only when each subject has one for the period, all measured from the same period, all in
    percent or all in units."""
    moved = [value for value in values if value.is_change]
    if not moved:
        return True
    if len(moved) != len(values):
        return False
    keys = [(value.subject, value.period) for value in moved]
    if len({value.facts[0].percent for value in moved}) != 1:
        return False  # a change in percent is never set beside one in units ("down 32.5%", "down 137")
    return len(set(keys)) == len(keys) and len({value.facts[0].since for value in moved}) == 1


def of_one_span_kind(kb: KnowledgeBase, values: Sequence[Value]) -> list[Value]:
    """The values whose periods are spans of the kind most of them are: a month is never set beside a half-year
    or a year in one series (June's figure is no step down from the first half's). Empty when as many are of
    each kind: which series is meant is not for factbot to guess. A period whose span factbot cannot read
    ("before the merger") is of no kind, and is kept."""
    kinds = Counter(kind for kind in (span_kind(kb, value) for value in values) if kind is not None)
    if len(kinds) < 2:
        return list(values)
    (common, count), (_, runner_up) = kinds.most_common(2)
    if count == runner_up:
        return []
    return [value for value in values if span_kind(kb, value) in (common, None)]


def of_counted_kind(kb: KnowledgeBase, values: Sequence[Value], unit: str) -> list[Value]:
    """The values whose periods can be spans of the unit a question counts in ("over those three years"): a
    half-year is none of three years. A period whose span factbot cannot read is kept."""
    if not unit:
        return list(values)
    return [value for value in values if _counts_as(span_kind(kb, value), unit)]


def _counts_as(kind: object, unit: str) -> bool:
    return kind is None or unit.startswith(str(kind).rsplit(" ", 1)[-1])


def span_kind(kb: KnowledgeBase, value: Value) -> object:
    """The kind of span (year, half, month...) the value's period is; None for a period of no readable span."""
    key = kb.period(value.period).key if value.period else None
    return key.kind if key is not None else None


def moves(kb: KnowledgeBase, value: Value) -> bool:
    """A signed change: stated as one (`change:`), or a figure of a measure of changes (`is_change`) that has
    falls among its figures. Both are read the same way by every plan. A measure of changes whose figures are
    all positive may name a fall itself ("decline in sales": 16.1%), so its figures are read as they stand."""
    return value.is_change or (kb.measures[value.measure].is_change and signed(kb, value.measure))


@lru_cache(maxsize=256)
def signed(kb: KnowledgeBase, measure: str) -> bool:
    """Whether any figure of the measure is negative; read once per kb and measure."""
    return any(fact.value < 0 for (_, of), facts in kb.facts_by_key.items() if of == measure for fact in facts)


@lru_cache(maxsize=256)
def named_direction(kb: KnowledgeBase, measure: str) -> bool | None:
    """The direction an unsigned measure of changes names for its figures: True for a rise ("growth in
    earnings"), False for a fall ("decline in sales": its 16.1% is a fall), None when its name and template say
    neither or both. Only the measure's own name and template count, never its aliases (which list any word a
    reader may use)."""
    item = kb.measures[measure]
    if not item.is_change or signed(kb, measure):
        return None
    words = set(kb.normaliser.words(f"{item.name} {item.template or ''}"))
    up, down = bool(words & kb.up_words), bool(words & kb.down_words)
    return up if up != down else None


def measure_words(kb: KnowledgeBase, values: Sequence[Value]) -> str:
    """The measure's name, said as a change when the figures are stated changes ("change in payroll employment");
    a measure of changes is named as it is ("growth in earnings")."""
    measure = kb.measures[values[0].measure].name
    return f"change in {measure}" if values[0].is_change and not kb.measures[values[0].measure].is_change else measure


def shown(kb: KnowledgeBase, value: Value) -> str:
    """A figure in an answer's text: a change with its sign ("+72,000 jobs"), a level as the source writes it."""
    return amount_text(kb, value) if moves(kb, value) else value.text


def _signed(amount: Decimal, text: str) -> str:
    return text if amount >= 0 or text.startswith("−") else f"−{text}"


def plus(values: Sequence[Value]) -> str:
    """Working for a sum, a fall subtracted rather than added as a negative: "7,000 + 6,000 − 12,000"."""
    line = _signed(values[0].amount, values[0].text)
    for value in values[1:]:
        line += f" − {value.text.lstrip('−')}" if value.amount < 0 else f" + {value.text}"
    return line


def minus(first: Value, second: Value) -> str:
    """Working for a difference, a negative subtrahend in brackets: "30 − (−20)"."""
    subtrahend = f"({_signed(second.amount, second.text)})" if second.amount < 0 else second.text
    return f"{_signed(first.amount, first.text)} − {subtrahend}"


def part_of_whole(part: Value, whole: Value) -> tuple[Decimal, str, str]:
    """The part as a percentage of the whole: the figure, as shown, and the working."""
    percent = part.amount / whole.amount * 100
    shown = f"{significant(percent)}%"
    return percent, shown, f"{part.text} ÷ {whole.text} = {shown}"
