"""Words that ask what no figure answers (`Analysis.charged`): no reading explains them, and scoring charges
every reading for each as for a name it ignores.

- A bound word with no figure to bound, said just before a measure's name ("under voting age").
- The conditional word of a hypothetical, and a request for an opinion (`hypotheticals`).
- A multiplier said in words that no multiple reads (`multipliers`).
- A unit the named measure is not counted in (`foreign_unit_words`): "<measure> in <another measure's unit>",
  of several words, or of one word said as the whole of what follows "in" ("<share> in million <unit>").
- Another modifier before the end of a measure's name than the name's own (`near_names`).
- A negation said on a name of a thing where how many is asked (`negated_names`): the rest is asked.
"""

from __future__ import annotations

from functools import lru_cache

from factbot.knowledge.index import KnowledgeBase
from factbot.understanding.analysis_types import Span, SpanKind
from factbot.understanding.hypotheticals import conditional_words, opinion_words
from factbot.understanding.multiples import Multiple
from factbot.understanding.multipliers import multiplier_words
from factbot.understanding.near_names import near_name_words
from factbot.understanding.negated_names import negated_names
from factbot.understanding.unknown_heads import unknown_heads

UNIT_OPENER = "in"
"""The word that asks a figure in a unit ("in metric tons")."""


def charged_words(
    texts: tuple[str, ...], spans: list[Span], multiple: tuple[Multiple, ...], kb: KnowledgeBase
) -> frozenset[int]:
    """Every word of the question no reading explains."""
    charged = bounds_of_a_name(texts, spans, kb) | conditional_words(texts, kb) | opinion_words(texts, kb)
    charged |= foreign_unit_words(texts, spans, kb) | near_name_words(texts, spans, kb)
    charged |= unknown_heads(texts, spans, kb)
    charged |= foreign_single_units(texts, spans, kb) | negated_names(texts, spans, kb)
    charged |= money_of_no_money(texts, spans, kb)
    return charged | (multiplier_words(texts, kb) - {index for item in multiple for index in item.indexes})


def bounds_of_a_name(texts: tuple[str, ...], spans: list[Span], kb: KnowledgeBase) -> frozenset[int]:
    """A bound word with no figure to bound, said just before a measure's name ("under voting age", "over
    retirement age"): it asks for those outside what the name counts, which no reading of the name explains. One
    that ends a name ("people age 15 and over") is the name's, and bounds nothing."""
    starts = {span.first for span in spans if span.kind is SpanKind.MEASURE}
    if not starts or any(span.kind is SpanKind.FIGURE for span in spans):
        return frozenset()
    words = _single_bound_words(kb)
    named = {index for span in spans if span.kind is SpanKind.ENTITY for index in span.indexes}  # "15 and over"
    return frozenset(
        index for index, text in enumerate(texts) if text in words and index + 1 in starts and index not in named
    )


@lru_cache(maxsize=16)
def _single_bound_words(kb: KnowledgeBase) -> frozenset[str]:
    """The one-word bounds of the lexicon that are prepositions ("under", "over", "below"): a verb of them
    ("exceed consumption") compares two figures."""
    phrases = (*kb.lexicon.claim_words.get("more_than", ()), *kb.lexicon.claim_words.get("less_than", ()))
    words = (kb.normaliser.words(phrase) for phrase in phrases)
    return frozenset(found[0] for found in words if len(found) == 1 and found[0] in kb.stopwords)  # not "exceed"


def foreign_unit_words(texts: tuple[str, ...], spans: list[Span], kb: KnowledgeBase) -> frozenset[int]:
    """The words of a unit asked ("in <unit>") that is another measure's unit of several words, where every
    measure the question names elsewhere is counted in something else: no figure of those measures is in it,
    and the other measure's name in the unit ("widgets per 1,000 workers", an alias too) must not stand for it.
    A unit that names no measure of its own asks nothing here: `unit_measures` reads it."""
    found: set[int] = set()
    for unit in _several_word_units(kb):
        for start in _unit_starts(texts, unit):
            place = range(start, start + len(unit))
            named = _measures_named(spans, set(place))
            if named and not any(set(unit) <= kb.unit_words[measure] for measure in named):
                found.update(place)
    return frozenset(found)


def _measures_named(spans: list[Span], outside: set[int] | None = None) -> set[str]:
    """The measures the question names (outside the unit's words): not by a word that asks an operation ("is A
    bigger than B in EVs": "bigger" compares, whatever measure it also names)."""
    cues = {span.indexes for span in spans if span.kind is SpanKind.CUE}
    return {
        measure
        for span in spans
        if span.kind is SpanKind.MEASURE and span.indexes not in cues and not (outside and span.indexes & outside)
        for measure in span.targets
    }


def foreign_single_units(texts: tuple[str, ...], spans: list[Span], kb: KnowledgeBase) -> frozenset[int]:
    """A one-word unit asked ("in <unit>", a scale word between: "in million <unit>") that no measure named is
    counted in nor converted to. One word is often said of several kinds of figure ("in passengers" of a change
    in them), so the word asks a unit only where no name reads it and it ends the phrase; a percent is left
    out, being the unit of every change and share. A currency is such a unit too ("sales in yen" of a count)."""
    if UNIT_OPENER not in texts:
        return frozenset()
    named = _measures_named(spans)
    if not named:
        return frozenset()
    covered = {index for span in spans for index in span.indexes}
    words = _single_unit_words(kb) | _currency_words(kb)  # "sales in yen" of a count
    scale = _scale_words(kb)
    found: set[int] = set()
    for start, text in enumerate(texts[:-1]):
        if text != UNIT_OPENER:
            continue
        at = start + 1
        while at < len(texts) - 1 and texts[at] in scale and at not in covered:
            at += 1
        unit = texts[at]
        ends = at + 1 == len(texts) or texts[at + 1] in kb.stopwords or at + 1 in covered
        if unit in words and at not in covered and ends and not any(_carries(kb, m, unit) for m in named):
            found.update(range(start + 1, at + 1))
    return frozenset(found)


def _carries(kb: KnowledgeBase, measure: str, unit: str) -> bool:
    """Whether the measure's figures are in the unit, or convert to it."""
    from factbot.understanding.units import factor  # here: units reads analyses, which read this module

    return unit in kb.unit_words[measure] or factor(kb, measure, (unit,)) is not None


@lru_cache(maxsize=16)
def _currency_words(kb: KnowledgeBase) -> frozenset[str]:
    """The one-word names of currencies ("yen", "euros"): a figure asked in one is asked in money."""
    names = (kb.normaliser.words(name) for name in kb.lexicon.currencies.values())
    return frozenset(words[0] for words in names if len(words) == 1)


@lru_cache(maxsize=16)
def _scale_words(kb: KnowledgeBase) -> frozenset[str]:
    return frozenset(kb.lexicon.scale_words)


@lru_cache(maxsize=16)
def _single_unit_words(kb: KnowledgeBase) -> frozenset[str]:
    """The words of the measures' units that can stand for a unit alone: no stopword, scale word, digit or
    percent."""
    words = {word for unit in kb.unit_words.values() for word in unit}
    plain = {word for word in words if word.isalpha()}
    return frozenset(plain - kb.stopwords - frozenset(kb.lexicon.scale_words) - kb.percent_words)


def _unit_starts(texts: tuple[str, ...], unit: tuple[str, ...]) -> list[int]:
    return [
        start
        for start in range(1, len(texts) - len(unit) + 1)
        if texts[start - 1] == UNIT_OPENER and texts[start : start + len(unit)] == unit
    ]


@lru_cache(maxsize=16)
def _several_word_units(kb: KnowledgeBase) -> tuple[tuple[str, ...], ...]:
    """The measures' units of two words or more, as normalised words, once per knowledge base: a one-word unit
    ("people", "percent") is too often said of several kinds of figure to rule a measure out."""
    units = {kb.normaliser.words(measure.unit) for measure in kb.measures.values()}
    return tuple(sorted(unit for unit in units if len(unit) > 1))


def money_of_no_money(texts: tuple[str, ...], spans: list[Span], kb: KnowledgeBase) -> frozenset[int]:
    """A currency or a word of money (lexicon `money_words`: "cost", "worth") said outside any name ("the dollar
    value of X's sales", "how much did it cost?") where no measure named has figures in money: a count answers no
    question of money."""
    currencies = _currency_words(kb) | _money_words(kb)
    if currencies.isdisjoint(texts):
        return frozenset()
    named = _measures_named(spans)
    if not named or any(_in_money(kb, measure) for measure in named):
        return frozenset()
    covered = {index for span in spans for index in span.indexes}
    return frozenset(index for index, text in enumerate(texts) if text in currencies and index not in covered)


@lru_cache(maxsize=256)
def _in_money(kb: KnowledgeBase, measure: str) -> bool:
    """Whether any figure of the measure is an amount of money; read once per knowledge base and measure."""
    return any(fact.currency for (_, of), facts in kb.facts_by_key.items() if of == measure for fact in facts)


@lru_cache(maxsize=16)
def _money_words(kb: KnowledgeBase) -> frozenset[str]:
    return frozenset(words[0] for words in map(kb.normaliser.words, kb.lexicon.money_words) if len(words) == 1)
