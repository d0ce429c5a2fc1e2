"""Answer functions: deterministic operations over curated facts.

Each function takes facts already selected by the router and returns a `Reply`:
the sentence to show, the evidence it rests on and the arithmetic it did. None of
them knows anything about a particular article; wording comes from the measures'
names, units and templates in `knowledge/`. Facts are only combined after
`incompatibility` has found nothing that makes combining them meaningless.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from factbot.knowledge.index import KnowledgeBase
from factbot.knowledge.model import Evidence, Fact, Measure
from factbot.knowledge.numbers import (
    PERCENT_UNIT,
    RANK_UNIT,
    format_amount,
    format_points,
    format_ratio,
    format_value,
    round_to,
)
from factbot.results import Status

NOT_ADDITIVE_UNITS = (PERCENT_UNIT, RANK_UNIT)
MAX_LISTED = 10
"""Rankings and "then ..." lists name at most this many; the rest are counted, not listed."""


@dataclass(frozen=True)
class Reply:
    """An answer before citations are resolved: text, evidence, working, options."""

    status: Status
    text: str
    evidence: tuple[Evidence, ...] = ()
    working: tuple[str, ...] = ()
    options: tuple[str, ...] = ()


def facts_evidence(facts: Sequence[Fact]) -> tuple[Evidence, ...]:
    evidence: list[Evidence] = []
    for fact in facts:
        evidence.append(fact.evidence)
        evidence.extend(fact.context)
    return tuple(evidence)


# --- wording -------------------------------------------------------------------------
def possessive(name: str) -> str:
    return f"{name}'" if name.endswith("s") else f"{name}'s"


def name_of(kb: KnowledgeBase, entity_id: str) -> str:
    return kb.entities[entity_id].name


def capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def shown_value(fact: Fact, measure: Measure) -> str:
    """A stated value exactly as the source writes it, with its unit where that reads well."""
    if measure.unit in NOT_ADDITIVE_UNITS:
        return fact.value_text
    return f"{fact.value_text} {measure.unit}"


def computed_value(value: Decimal, measure: Measure) -> str:
    if measure.unit == PERCENT_UNIT:
        return format_value(value, PERCENT_UNIT)
    return f"{format_amount(value)} {measure.unit}"


def period_phrase(kb: KnowledgeBase, fact: Fact) -> str:
    return f" {kb.periods[fact.period].label}" if fact.period else ""


def market_phrase(kb: KnowledgeBase, fact: Fact) -> str:
    if fact.market is None:
        return ""
    return f" in {kb.entities[fact.market].name}"


def describe(kb: KnowledgeBase, fact: Fact) -> str:
    """One stated fact as a sentence, through its measure's template."""
    measure = kb.measures[fact.measure]
    text = measure.template.format(
        subject=name_of(kb, fact.subject),
        owner=possessive(name_of(kb, fact.subject)),
        measure=measure.name,
        value=shown_value(fact, measure),
        period=period_phrase(kb, fact),
        market=market_phrase(kb, fact),
    )
    return capitalised(text) + "."


def notes_for(kb: KnowledgeBase, facts: Sequence[Fact]) -> tuple[list[str], list[Evidence]]:
    """Caveats the knowledge attaches to these facts or their subjects (said, never dropped)."""
    lines: list[str] = []
    evidence: list[Evidence] = []
    for fact in facts:
        if fact.note and f"Note: {fact.note}" not in lines:
            lines.append(f"Note: {fact.note}")
        for note in kb.entities[fact.subject].notes:
            if f"Note: {note.text}" not in lines:
                lines.append(f"Note: {note.text}")
                evidence.extend(note.evidence)
    return lines, evidence


def _reply(kb: KnowledgeBase, text: str, facts: Sequence[Fact], working: Sequence[str] = ()) -> Reply:
    """The answer with every caveat its facts carry: unstated periods, notes, contradictions."""
    notes, note_evidence = notes_for(kb, facts)
    full_text = " ".join(filter(None, [text, caveats(kb, facts), *notes]))
    return Reply(Status.ANSWERED, full_text, facts_evidence(facts) + tuple(note_evidence), tuple(working))


# --- compatibility -----------------------------------------------------------------------
def incompatibility(kb: KnowledgeBase, facts: Sequence[Fact]) -> str | None:
    """Why these facts must not be combined, or None when they may be."""
    measures = {fact.measure for fact in facts}
    if len(measures) > 1:
        return "they measure different things (" + ", ".join(sorted(kb.measures[m].name for m in measures)) + ")"
    periods = {fact.period for fact in facts if fact.period is not None}
    if len(periods) > 1:
        labels = ", ".join(f"{name_of(kb, fact.subject)} {period_phrase(kb, fact).strip()}" for fact in facts)
        return f"the figures are for different periods ({labels})"
    markets = {fact.market for fact in facts if fact.market is not None}
    if len(markets) > 1:
        labels = ", ".join(f"{name_of(kb, fact.subject)}{market_phrase(kb, fact)}" for fact in facts)
        return f"the figures are for different markets ({labels})"
    return None


def caveats(kb: KnowledgeBase, facts: Sequence[Fact]) -> str:
    """Say so when one figure has no stated period or market while the others do."""
    lines = []
    if any(fact.period for fact in facts):
        for fact in facts:
            if fact.period is None:
                lines.append(f"The article gives no period for {possessive(name_of(kb, fact.subject))} figure.")
    return " ".join(lines)


def refusal(reason: str, facts: Sequence[Fact]) -> Reply:
    return Reply(Status.UNKNOWN, f"I can't combine these figures: {reason}.", facts_evidence(facts))


# --- operations ------------------------------------------------------------------------------
def lookup(kb: KnowledgeBase, facts: Sequence[Fact]) -> Reply:
    return _reply(kb, " ".join(describe(kb, fact) for fact in facts), facts)


def compare(kb: KnowledgeBase, first: Fact, second: Fact) -> Reply:
    measure = kb.measures[first.measure]
    high, low = (first, second) if first.value >= second.value else (second, first)
    if measure.unit == RANK_UNIT:
        high, low = low, high
    if first.value == second.value:
        text = (
            f"{name_of(kb, first.subject)} and {name_of(kb, second.subject)} have the same {measure.name}: "
            f"{shown_value(first, measure)}."
        )
        return _reply(kb, text, (first, second))
    text = (
        f"{capitalised(possessive(name_of(kb, high.subject)))} {measure.name}{market_phrase(kb, high)}"
        f"{period_phrase(kb, high)} {'were' if high.period else 'are'} {measure.higher_word} than "
        f"{possessive(name_of(kb, low.subject))}: {shown_value(high, measure)} against {shown_value(low, measure)}."
    )
    return _reply(kb, text, (first, second))


def difference(kb: KnowledgeBase, first: Fact, second: Fact) -> Reply:
    measure = kb.measures[first.measure]
    high, low = (first, second) if first.value >= second.value else (second, first)
    gap = high.value - low.value
    if measure.unit == PERCENT_UNIT:
        amount = format_points(gap)
        working = f"{high.value_text} − {low.value_text} = {format_points(gap)}"
    else:
        amount = computed_value(gap, measure)
        working = f"{high.value_text} − {low.value_text} = {format_amount(gap)}"
    text = (
        f"{capitalised(possessive(name_of(kb, high.subject)))} {measure.name}{period_phrase(kb, high)} exceeded "
        f"{possessive(name_of(kb, low.subject))} by {amount} ({working})."
    )
    return _reply(kb, text, (first, second), [working])


def ratio(kb: KnowledgeBase, first: Fact, second: Fact) -> Reply:
    measure = kb.measures[first.measure]
    if second.value == 0:
        return Reply(Status.UNKNOWN, "I can't divide by a figure of zero.", facts_evidence((first, second)))
    times = first.value / second.value
    shown = format_ratio(times) if times >= 1 else format_ratio(times, places=3)
    working = f"{first.value_text} ÷ {second.value_text} = {shown}"
    text = (
        f"{capitalised(possessive(name_of(kb, first.subject)))} {measure.name}{period_phrase(kb, first)} were "
        f"{shown} times {possessive(name_of(kb, second.subject))} ({working})."
    )
    if times < 1:
        other_way = format_ratio(1 / times)
        inverse = f"{second.value_text} ÷ {first.value_text} = {other_way}"
        owner = possessive(name_of(kb, second.subject))
        text += f" Put the other way, {owner} were {other_way} times theirs ({inverse})."
        return _reply(kb, text, (first, second), [working, inverse])
    return _reply(kb, text, (first, second), [working])


def total(kb: KnowledgeBase, facts: Sequence[Fact], label: str) -> Reply:
    measure = kb.measures[facts[0].measure]
    if measure.unit in NOT_ADDITIVE_UNITS:
        return Reply(
            Status.UNKNOWN,
            f"Adding up {measure.name} figures gives no meaningful total: each is measured against its own base.",
            facts_evidence(facts),
        )
    amount = sum((fact.value for fact in facts), Decimal(0))
    working = " + ".join(fact.value_text for fact in facts) + f" = {format_amount(amount)}"
    together = computed_value(amount, measure)
    text = f"{capitalised(label)} {measure.name}{period_phrase(kb, facts[0])} together: {together} ({working})."
    return _reply(kb, text, facts, [working])


def share(kb: KnowledgeBase, part: Fact, whole: Fact) -> Reply:
    measure = kb.measures[part.measure]
    if measure.unit in NOT_ADDITIVE_UNITS or whole.value == 0:
        return Reply(
            Status.UNKNOWN, f"A share of {measure.name} figures is not meaningful.", facts_evidence((part, whole))
        )
    percent = part.value / whole.value * 100
    shown = format_value(percent, PERCENT_UNIT)
    working = f"{part.value_text} ÷ {whole.value_text} = {shown}"
    text = (
        f"{capitalised(possessive(name_of(kb, part.subject)))} {measure.name} are {shown} of "
        f"{possessive(name_of(kb, whole.subject))}{period_phrase(kb, whole)} ({working})."
    )
    return _reply(kb, text, (part, whole), [working])


def ranked(kb: KnowledgeBase, facts: Sequence[Fact]) -> list[Fact]:
    """Highest first (for ranks, 1st first); ties keep a stable order by subject id."""
    unit = kb.measures[facts[0].measure].unit
    sign = 1 if unit == RANK_UNIT else -1
    return sorted(facts, key=lambda fact: (sign * fact.value, fact.subject))


def rank(kb: KnowledgeBase, facts: Sequence[Fact]) -> Reply:
    measure = kb.measures[facts[0].measure]
    order = ranked(kb, facts)
    shown = order[:MAX_LISTED]
    items = ", ".join(
        f"{place}. {name_of(kb, fact.subject)} ({shown_value(fact, measure)})" for place, fact in enumerate(shown, 1)
    )
    text = f"By {measure.name}{period_phrase(kb, order[0])}, highest first: {items}{_more(order, shown)}."
    return _reply(kb, text, shown)


def _more(everything: Sequence[Fact], shown: Sequence[Fact]) -> str:
    hidden = len(everything) - len(shown)
    return f", and {hidden:,} more" if hidden > 0 else ""


def extreme(kb: KnowledgeBase, facts: Sequence[Fact], direction: str) -> Reply:
    measure = kb.measures[facts[0].measure]
    order = ranked(kb, facts)
    if direction == "min":
        order.reverse()
    top, rest = order[0], order[1:MAX_LISTED]
    word = "largest" if direction == "max" else "smallest"
    others = "; ".join(f"{name_of(kb, fact.subject)} {shown_value(fact, measure)}" for fact in rest)
    where = f"{market_phrase(kb, top)}{period_phrase(kb, top)}"
    text = f"{capitalised(name_of(kb, top.subject))} had the {word} {measure.name}{where}: {shown_value(top, measure)}"
    text += f" (then {others}{_more(order[1:], rest)})." if others else "."
    return _reply(kb, text, [top, *rest])


def average(kb: KnowledgeBase, facts: Sequence[Fact]) -> Reply:
    measure = kb.measures[facts[0].measure]
    if measure.unit == RANK_UNIT:
        return Reply(Status.UNKNOWN, "An average of ranks is not meaningful.", facts_evidence(facts))
    mean = sum((fact.value for fact in facts), Decimal(0)) / len(facts)
    shown = format_value(round_to(mean, 2), measure.unit)
    working = f"({' + '.join(fact.value_text for fact in facts)}) ÷ {len(facts)} = {shown}"
    names = ", ".join(name_of(kb, fact.subject) for fact in facts)
    text = f"The average {measure.name}{period_phrase(kb, facts[0])} of {names} was {shown} ({working}; unweighted)."
    return _reply(kb, text, facts, [working])


def change(kb: KnowledgeBase, series: Sequence[Fact]) -> Reply:
    """A series in period order with the change from first to last (points for percentages)."""
    measure = kb.measures[series[0].measure]
    first, last = series[0], series[-1]
    steps = ", ".join(f"{fact.value_text} ({period_phrase(kb, fact).strip()})" for fact in series)
    delta = last.value - first.value
    direction = "rose" if delta > 0 else "fell" if delta < 0 else "was unchanged"
    if measure.unit == PERCENT_UNIT:
        working = f"{last.value_text} − {first.value_text} = {'−' if delta < 0 else ''}{format_points(delta)}"
        amount = format_points(delta)
    else:
        working = f"{last.value_text} − {first.value_text} = {'−' if delta < 0 else ''}{format_amount(abs(delta))}"
        amount = computed_value(abs(delta), measure)
    subject = capitalised(possessive(name_of(kb, first.subject)))
    text = f"{subject} {measure.name}{market_phrase(kb, first)}: {steps}."
    if delta:
        text += f" From {first.value_text} to {last.value_text} it {direction} by {amount} ({working})."
    else:
        text += " It was unchanged."
    return _reply(kb, text, series, [working])
