"""A measure whose `unit` carries a scale ("million passengers"): its bare figures are in that scale.

A table headed "in millions" writes "704.1" where the prose beside it writes "965.0 million"; the
curator gives the measure `unit: million passengers` and copies both figures as the source writes them.
Every figure is then held at full size, so both kinds add, compare and answer alike: a bare value is
multiplied by the unit's scale (and shown with the scale word, "704.1 million passengers"), a value that
states a scale of its own is read as written, and the measure's unit keeps only what it counts
("passengers"). Without this, "965.0 million" of "million passengers" read as a million millions.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from decimal import Decimal

from factbot.knowledge.model import Fact, Lexicon, Measure
from factbot.knowledge.quantities import read_quantity


def unit_scale(unit: str, scale_words: Mapping[str, Decimal]) -> tuple[str, Decimal, str] | None:
    """(scale word, its size, the rest of the unit) when `unit` opens with a scale word; else None.

    "million passengers", "millions of passengers" and "thousand tons" have one; a one-letter scale
    ("m", "k") is a unit symbol there, and a unit that is only a scale word counts nothing.
    """
    first, _, rest = unit.strip().partition(" ")
    word = first.casefold()
    size = scale_words.get(word) or (scale_words.get(word[:-1]) if word.endswith("s") else None)
    rest = rest.strip()
    if rest.casefold().startswith("of "):
        rest = rest[3:].strip()
    if size is None or len(word) < 2 or not rest or size <= 1:
        return None
    return (word[:-1] if word not in scale_words else word), size, rest


def scaled_measures(measures: Mapping[str, Measure], lexicon: Lexicon) -> dict[str, tuple[str, Decimal, str]]:
    """Each measure whose unit carries a scale: its id -> (scale word, size, the rest of the unit)."""
    found = {key: unit_scale(measure.unit, lexicon.scale_words) for key, measure in measures.items()}
    return {key: scale for key, scale in found.items() if scale is not None}


def apply_unit_scales(
    measures: dict[str, Measure], facts: list[Fact], lexicon: Lexicon
) -> tuple[dict[str, Measure], list[Fact]]:
    """The measures with the scale taken out of their units, and their bare figures put at full size."""
    scales = scaled_measures(measures, lexicon)
    if not scales:
        return measures, facts
    kept = dict(measures)
    for key, (_, _, rest) in scales.items():
        kept[key] = replace(measures[key], unit=rest)
    return kept, [_scaled(fact, scales.get(fact.measure), lexicon) for fact in facts]


def _scaled(fact: Fact, scale: tuple[str, Decimal, str] | None, lexicon: Lexicon) -> Fact:
    """A bare figure of a scaled measure at full size; a percent, a count, a figure with its own scale, or one
    its quote writes with the unit and no scale ("18,788,975 passengers": full size already) as is."""
    if scale is None or fact.counted or fact.percent or _states_scale(fact.value_text, lexicon):
        return fact
    word, size, rest = scale
    if _written_with_unit(fact, rest):
        return fact
    high = fact.high * size if fact.high is not None else None
    return replace(fact, value=fact.value * size, high=high, value_text=f"{fact.value_text} {word}", scale=size)


def _written_with_unit(fact: Fact, unit: str) -> bool:
    """Whether the quote follows the figure with the unit's first word: a figure of prose, not of a table."""
    counted = unit.split()[0].casefold()
    quote = fact.evidence.quote.casefold()
    at = quote.find(fact.value_text.casefold())
    return at >= 0 and quote[at + len(fact.value_text) :].split()[:1] == [counted]


def _states_scale(text: str, lexicon: Lexicon) -> bool:
    quantity = read_quantity(text, lexicon.numerals)
    return quantity is None or quantity.scale != 1 or quantity.percent
