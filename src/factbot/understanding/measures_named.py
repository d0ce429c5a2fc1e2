"""Which measures a question names, and which it leaves unnamed but means.

Split from `fact_readings`: a measure is named by a word of its own (never by the word asking the operation,
nor by a word a narrower measure shares with it while the question leaves out what narrows it); a measure left
unnamed is one the subjects have figures for, of the kind of figure the question quotes.
"""

from __future__ import annotations

from functools import lru_cache

from factbot.knowledge.index import KnowledgeBase
from factbot.understanding.analysis import Analysis, SpanKind
from factbot.understanding.slots import Slots


def named_measure(measure: str, analysis: Analysis, slots: Slots, kb: KnowledgeBase) -> bool:
    """A measure is named by a word of its own, not by the word that asks the operation ("rank all four"), nor by
    a word it shares with a more general measure while the question leaves out what narrows it: "sales" names
    "widget sales", not "blue widget sales" (`narrower`)."""
    asking = frozenset(index for words in slots.operations.values() for index in words)
    texts = analysis.text_set
    return any(
        not span.indexes <= asking and not any(narrower(kb, measure, other) - texts for other in span.targets)
        for span in analysis.of(SpanKind.MEASURE)
        if measure in span.targets
    )


@lru_cache(maxsize=1024)
def narrower(kb: KnowledgeBase, measure: str, other: str) -> frozenset[str]:
    """The words by which `measure`'s name narrows `other`'s, when its name is `other`'s with words added
    ("blue widget sales" of "widget sales": "blue") and it counts the same things or some of them (its unit
    is `other`'s, or `other`'s with words added: "blue widgets"); empty otherwise."""
    if measure == other:
        return frozenset()
    words, general = _name_words(kb, measure), _name_words(kb, other)
    if not general < words or not kb.unit_words[other] <= kb.unit_words[measure]:
        return frozenset()
    return words - general


def _name_words(kb: KnowledgeBase, measure: str) -> frozenset[str]:
    return frozenset(kb.normaliser.words(kb.measures[measure].name)) - kb.stopwords


MAX_INFERRED = 4


def inferred_measures(kb: KnowledgeBase, slots: Slots, asks_amount: bool, said: frozenset[str]) -> list[str]:
    """A measure the question leaves unnamed, from what its subjects have figures for ("Japanese brands held
    14.9% of China's market"), narrowed by the kind of figure it quotes (a percentage, money, a count), and to
    levels where it asks no change: a measure of changes is meant only by a word of change or its own
    comparative ("faster")."""
    subjects = [entity for _, entity in slots.entities]
    asks_figure = bool(slots.figures) or bool(slots.asked - {"members", "membership", "about", "describe"})
    if not subjects or not (asks_figure or asks_amount):
        return []
    shared = set.intersection(*(set(kb.measures_of_subject.get(subject, ())) for subject in subjects))
    if not asks_figure and len(shared) != 1:
        return []  # "how many did X sell?" names no measure: only a subject with one measure says which
    figures = [span.quantity for span in slots.figures if span.quantity is not None and not span.quantity.ordinal]
    if figures:
        percent = figures[0].percent
        shared = {measure for measure in shared if (kb.measures[measure].unit == "percent") == percent}
    if "change" not in slots.operations:
        levels = {measure for measure in shared if not _changes_said(kb, measure, said)}
        shared = levels or shared
    return sorted(shared)[:MAX_INFERRED]


def _changes_said(kb: KnowledgeBase, measure: str, said: frozenset[str]) -> bool:
    """Whether the measure is one of changes that the question does not name by its own comparative."""
    found = kb.measures[measure]
    return found.is_change and not set(kb.normaliser.words(found.higher_word)) & said
