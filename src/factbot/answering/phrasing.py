"""How answers say things: names, possessives, periods, markets and values in the sources' style.

Every evaluator words its answer through these helpers, so "Honda's vehicle sales in the
global market in the fiscal year ending March 2024: 4.1 million vehicles" reads the same
in a lookup, a comparison or a list of what is known nearby.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from functools import lru_cache

from factbot.answering.values import Value, written
from factbot.knowledge.figures import figures_in
from factbot.knowledge.index import KnowledgeBase
from factbot.knowledge.model import Measure
from factbot.knowledge.numbers import PERCENT_UNIT, RANK_UNIT, format_amount, format_points, round_to

NOT_ADDITIVE = (PERCENT_UNIT, RANK_UNIT)
SIGNIFICANT = 3
"""Ratios and relative changes are shown to three significant figures: 12.9, 4.25, 1.92."""


def capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def possessive(name: str) -> str:
    return f"{name}'" if name.endswith("s") else f"{name}'s"


def name(kb: KnowledgeBase, entity_id: str) -> str:
    return kb.entities[entity_id].name


def names(kb: KnowledgeBase, entity_ids: Sequence[str]) -> str:
    shown = [name(kb, entity) for entity in entity_ids]
    return shown[0] if len(shown) == 1 else ", ".join(shown[:-1]) + " and " + shown[-1]


def period_phrase(kb: KnowledgeBase, period: str | None) -> str:
    return f" {kb.period(period).label}" if period else ""


PLACE_PREPOSITIONS = frozenset(
    {"in", "at", "on", "among", "across", "inside", "outside", "within", "by", "for", "from", "during", "under"}
)
"""Words a market's name may open with ("at home", "on weekdays"): the name then brings its own preposition, and
"in" before it would read "in at home"."""


def market_phrase(kb: KnowledgeBase, market: str | None) -> str:
    if not market:
        return ""
    shown = name(kb, market)
    return f" {shown}" if shown.split(" ", 1)[0].lower() in PLACE_PREPOSITIONS else f" in {shown}"


def amount_text(kb: KnowledgeBase, value: Value) -> str:
    """A value as the source writes it, with its unit where that reads well ("4.1 million vehicles"); one written
    in words also in digits ("about thirty (30) miles"), as readers and scripts look for the figure."""
    text = _as_written(kb, value)
    source = value.text
    if kb.measures[value.measure].unit != RANK_UNIT and text.startswith(source) and not _has_digit(source):
        return f"{source} ({format_amount(value.amount)}){text[len(source) :]}"
    return text


def _has_digit(text: str) -> bool:
    return any(char.isdigit() for char in text)


def _as_written(kb: KnowledgeBase, value: Value) -> str:
    measure = kb.measures[value.measure]
    text = _signed(value, measure) if value.is_change else value.text  # a fall of an `is_change` measure: "−2%"
    relative = value.is_change and any(fact.percent for fact in value.facts)  # "down 1.8 percent", of people
    if measure.unit == PERCENT_UNIT and not value.is_change and _bare_figure(kb, text):
        return f"{text} {PERCENT_UNIT}"  # "51" of "51 versus 16 percent": the percent is the measure's
    if relative or measure.unit in NOT_ADDITIVE or value.currency or text.endswith(("%", measure.unit)):
        return text
    return text if _shows_unit(kb, text) else f"{text} {measure.unit}"


@lru_cache(maxsize=4096)
def _bare_figure(kb: KnowledgeBase, text: str) -> bool:
    """One figure and nothing after it ("51", "about 51"): a share written so shows no unit of its own. Two
    figures ("1 in 5", "54 to 58") are a ratio or a range, which a unit after them would misread."""
    found = figures_in(text, kb.lexicon)
    return len(found) == 1 and not found[0].percent and not found[0].unit and not text[found[0].end :].strip()


@lru_cache(maxsize=4096)
def _shows_unit(kb: KnowledgeBase, text: str) -> bool:
    """A value written with its own unit after the figure ("950°C", "4 million cars") is not given a second
    one: "950°C degrees Celsius" says the unit twice."""
    found = figures_in(text, kb.lexicon)
    return bool(found) and bool(text[found[-1].end :].strip())


def _signed(value: Value, measure: Measure) -> str:
    """A change in words ("up 70", "down 20"); after a template's own verb ("changed by {value}") a signed
    figure ("+70", "−20"), so the answer neither reads "changed by up 70" nor drops a fall's sign."""
    figure = value.text.lstrip("\u2212")
    if "by {value}" in measure.template:
        return f"{'−' if value.amount < 0 else '+'}{figure}"
    return f"{'down' if value.amount < 0 else 'up'} {figure}"


def computed(kb: KnowledgeBase, measure_id: str, amount: Decimal, currency: str = "") -> str:
    """A computed amount in the measure's unit: points for percentages, the unit word for counts."""
    measure = kb.measures[measure_id]
    if measure.unit == PERCENT_UNIT:
        return format_points(amount)
    shown = written(amount, measure.unit, currency)
    return shown if currency or measure.unit == RANK_UNIT else f"{shown} {measure.unit}"


def bare(kb: KnowledgeBase, measure_id: str, amount: Decimal, currency: str = "") -> str:
    """A computed amount for the working shown: the figure alone (points for percentages)."""
    if kb.measures[measure_id].unit == PERCENT_UNIT:
        return format_points(amount)
    return written(amount, kb.measures[measure_id].unit, currency)


def significant(value: Decimal, digits: int = SIGNIFICANT) -> str:
    """Three significant figures, never fewer decimals than that needs: 82.6, 4.02, 0.139."""
    if value == 0:
        return "0"
    exponent = value.copy_abs().adjusted()
    places = max(0, digits - 1 - exponent)
    text = f"{round_to(value, places):f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def describe(kb: KnowledgeBase, value: Value) -> str:
    """One value as a sentence, through its measure's template."""
    measure = kb.measures[value.measure]
    text = measure.template.format(
        subject=name(kb, value.subject),
        owner=possessive(name(kb, value.subject)),
        measure=f"change in {measure.name}" if value.is_change and not measure.is_change else measure.name,
        value=amount_text(kb, value),
        period=period_phrase(kb, value.period),
        market=market_phrase(kb, value.market),
    )
    return capitalised(text) + qualifiers(value) + "."


def qualifiers(value: Value) -> str:
    """What the source says about how firm the figure is (a forecast, derived, a bound)."""
    parts = []
    if value.basis:
        parts.append(f"{'an' if value.basis[:1] in 'aeiou' else 'a'} {value.basis}")
    if value.derived:
        parts.append("derived: " + "; ".join(value.working))
    return f" ({', '.join(parts)})" if parts else ""


def caveats(kb: KnowledgeBase, values: Sequence[Value]) -> str:
    """Notes the knowledge attaches to these figures or their subjects, and inexact figures used in arithmetic."""
    lines: list[str] = []
    if any(value.period for value in values):
        for value in values:
            if value.period is None:
                lines.append(f"The sources give no period for {possessive(name(kb, value.subject))} figure.")
    for value in values:
        for fact in value.facts:
            if fact.note and f"Note: {fact.note}" not in lines:
                lines.append(f"Note: {fact.note}")
        for note in kb.entities[value.subject].notes:
            if f"Note: {note.text}" not in lines:
                lines.append(f"Note: {note.text}")
    return " ".join(lines)


def inexact_note(values: Sequence[Value]) -> str:
    """Bounded or approximate figures are used as written, and the answer says so; so is a figure of another
    basis than the rest (a plan beside outcomes), which the reader must not take for what happened."""
    loose = [value.text for value in values if not value.exact]
    note = f" The sources give {', '.join(loose)} only approximately or as a bound, so the result is approximate too."
    return (note if loose else "") + _basis_note(values)


def _basis_note(values: Sequence[Value]) -> str:
    if len({value.basis for value in values}) < 2:
        return ""
    named = [
        f"{value.text} is {'an' if value.basis[:1] in 'aeiou' else 'a'} {value.basis}"
        for value in values
        if value.basis
    ]
    return f" Note: {'; '.join(named)}; the other figures are not."


def past_be(noun_phrase: str) -> str:
    """ "were" after a plural ("vehicle sales were"), "was" after a singular ("market share was")."""
    last = noun_phrase.rsplit(" ", 1)[-1].casefold()
    return "were" if last.endswith("s") and not last.endswith(("ss", "us", "is")) else "was"
