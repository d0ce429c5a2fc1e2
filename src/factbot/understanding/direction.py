"""The direction a question asks about: a fall ("which lost the most jobs?") or not.

Over stated changes, "the most" of a fall is the largest fall, not the largest rise. Words that
compare ("higher", "lower") say which side of a comparison is asked, not a direction of change.
"""

from __future__ import annotations

from functools import lru_cache

from factbot.knowledge.degrees import MEASURE, degree_phrases
from factbot.knowledge.index import KnowledgeBase
from factbot.understanding.analysis import Analysis, SpanKind


def asks_a_fall(analysis: Analysis, kb: KnowledgeBase) -> bool:
    """Only fall words, none of rise, once comparison words are set aside."""
    return _asks_only(analysis, kb, kb.down_words, kb.up_words)


def asks_a_rise(analysis: Analysis, kb: KnowledgeBase) -> bool:
    """Only rise words, none of fall, once comparison words are set aside ("the largest increase")."""
    return _asks_only(analysis, kb, kb.up_words, kb.down_words)


def _asks_only(analysis: Analysis, kb: KnowledgeBase, wanted: frozenset[str], other: frozenset[str]) -> bool:
    """Whether the question says words of one direction and none of the other, outside the names it says (the
    "up" of "the Honda-Nissan tie-up" asks no rise)."""
    words = analysis.text_set
    if not words & wanted:
        return False
    named = {index for span in analysis.of(SpanKind.ENTITY) for index in span.indexes}
    words = frozenset(word.text for index, word in enumerate(analysis.words) if index not in named)
    words = words - (comparison_words(kb, "higher") | comparison_words(kb, "lower"))
    return bool(words & wanted) and not words & other


def asks_lower(analysis: Analysis, kb: KnowledgeBase) -> bool:
    """ "How many fewer did X sell than Y?", "how much lower": words comparing downwards only, so a gap asked is
    the first side's shortfall."""
    words = {word.text for word in analysis.words}
    return bool(words & comparison_words(kb, "lower")) and not words & comparison_words(kb, "higher")


@lru_cache(maxsize=16)
def comparison_words(kb: KnowledgeBase, side: str) -> frozenset[str]:
    """The words of the lexicon's phrases comparing one way ("higher": "more", "above"), once per knowledge base."""
    return frozenset(word for phrase in kb.lexicon.claim_words.get(side, ()) for word in kb.normaliser.words(phrase))


@lru_cache(maxsize=16)
def degree_words(kb: KnowledgeBase) -> frozenset[str]:
    """The comparatives made of measures' superlative aliases ("warmer" of "warmest"): each says "higher"."""
    return frozenset(
        word
        for phrase, kind, _ in degree_phrases(kb.knowledge)
        if kind == MEASURE
        for word in kb.normaliser.words(phrase)
    )


SET_PLANS = frozenset({"difference", "sum", "average", "rank", "extreme_max", "extreme_min", "compare"})
"""Plans over several figures, which work over stated changes when a set's subjects have no levels."""


def direction_words(analysis: Analysis, kb: KnowledgeBase, operation: str, measure: str | None) -> frozenset[int]:
    """Rise, fall and change words ("added", "lost", "change") a plan over a measure reported as changes accounts
    for: they say the figures are changes, and ask for no sum ("which added the most jobs?")."""
    if operation not in (*SET_PLANS, "lookup") or measure is None or not _reported_as_changes(kb, measure):
        return frozenset()
    moving = kb.up_words | kb.down_words
    if operation != "lookup":  # a lookup asked how a figure changed is the change plan's
        moving |= _change_words(kb)
    return frozenset(index for index, word in enumerate(analysis.words) if word.text in moving)


@lru_cache(maxsize=16)
def _change_words(kb: KnowledgeBase) -> frozenset[str]:
    """The one-word cues of a change ("change", "growth"); words of longer cues ("over time") say nothing alone."""
    cues = next((intent.cues for intent in kb.lexicon.intents if intent.name == "change"), ())
    return frozenset(word for cue in cues if len(words := kb.normaliser.words(cue)) == 1 for word in words)


@lru_cache(maxsize=256)
def _reported_as_changes(kb: KnowledgeBase, measure: str) -> bool:
    """Whether any figure of the measure is a stated change or a fall (a signed measure of changes); read once
    per kb and measure. A measure of changes whose figures are all positive may name its direction itself."""
    return any(
        fact.is_change or fact.value < 0
        for (_, measure_id), facts in kb.facts_by_key.items()
        if measure_id == measure
        for fact in facts
    )
