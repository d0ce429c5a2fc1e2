"""A negation said on a share's own measure asks for the rest of the whole, not the share.

A share in percent counts those of a whole who did something; the question "what share of X did *not* do it"
asks for those who did not: 100% less the share. A reading that gives the share itself answers the opposite,
so the negation is weighty (`Analysis.negated`): only a reading that takes the rest of the whole explains it
(`complemented`), and every other reading is charged for ignoring it, as for a name.

Narrow on purpose. The negation must sit on the measure, not on a subject: inside the measure's name where the
name itself says no negation (a name matched around the words "did not"), or just before it in the same clause
with at most a verb or two between ("did not get <measure>"). A negation before a name of a thing ("those not
in the group") leaves the share alone, and so does one that opens a clause of its own ("in percent, not
points"): it says what is not asked. A word of falling that is also a denial ("declined") is a direction.

Turned round (`turnable`) only where nothing else can be meant: the question asks an amount ("how much", "what
share of"), is no yes/no question, and stands only light words between the negation and the name ("did not
*get* ..."). "Which company did not report its share?" asks who, of a verb that is no part of the share: the
negation stays weighty and unexplained, and the question unanswered.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from factbot.knowledge.index import KnowledgeBase
from factbot.knowledge.numbers import PERCENT_UNIT
from factbot.understanding.analysis_types import Span, SpanKind, Word
from factbot.understanding.reading import Reading, revised

if TYPE_CHECKING:
    from factbot.understanding.analysis import Analysis

MAX_GAP = 2
"""Words a negation may stand before the measure's name and still be on it: "did not *get* ...", "not *yet
begun* ..."; a span of another kind between them puts the negation on something else."""


def negated_measures(words: tuple[Word, ...], spans: tuple[Span, ...], kb: KnowledgeBase) -> dict[int, frozenset[str]]:
    """Each negation word said on a share measure's name, with the share measures it negates."""
    negations = kb.negations - kb.down_words - kb.up_words
    denied = [index for index, word in enumerate(words) if word.text in negations and index and not word.breaks_before]
    if not denied:
        return {}
    found: dict[int, frozenset[str]] = {}
    for index in denied:
        negated = frozenset(
            measure
            for span in spans
            if span.kind is SpanKind.MEASURE and _on_span(index, span, words, spans)
            for measure in span.targets
            if _share(measure, kb) and words[index].text not in _name_words(kb, measure)
        )
        if negated:
            found[index] = negated
    return found


def turnable(analysis: Analysis, negated: dict[int, frozenset[str]], kb: KnowledgeBase) -> dict[int, frozenset[str]]:
    """The negated shares a reading may take the rest of: asked as an amount, not as yes or no, each negation
    standing on the name with only light words between ("did not *begin* ...", not "did not *report* ...")."""
    if analysis.yes_no or not _asks_an_amount(analysis, kb):
        return {}
    light = kb.light_words | kb.stopwords
    return {
        index: measures
        for index, measures in negated.items()
        if any(
            _lightly_on(index, span, analysis.words, light)
            for span in analysis.spans
            if measures.intersection(span.targets)
        )
    }


def _asks_an_amount(analysis: Analysis, kb: KnowledgeBase) -> bool:
    """Whether the question asks how much: a quantity opener, or the question word opening a share, a percent
    or a rate ("what share of", "what percent of")."""
    texts = [word.text for word in analysis.words]
    opened = [texts[index + 1] for index, text in enumerate(texts[:-1]) if text == analysis.question_word]
    return analysis.asks_amount or bool(_amount_words(kb).intersection(opened[:1]))


@lru_cache(maxsize=16)
def _amount_words(kb: KnowledgeBase) -> frozenset[str]:
    """The lexicon's rate and percent words, normalised: "what *share*", "what *percent*"."""
    return kb.percent_words | {word for text in kb.lexicon.rate_words for word in kb.normaliser.words(text)}


def _lightly_on(index: int, span: Span, words: tuple[Word, ...], light: frozenset[str]) -> bool:
    """The negation is inside the measure's name, or only light words stand between it and the name."""
    if span.kind is not SpanKind.MEASURE:
        return False
    return span.first <= index < span.last or all(word.text in light for word in words[index + 1 : span.first])


def _on_span(index: int, span: Span, words: tuple[Word, ...], spans: tuple[Span, ...]) -> bool:
    """Inside the name's words, or before them in the same clause with at most `MAX_GAP` words of no span."""
    if span.first <= index < span.last:
        return True
    if index >= span.first or span.first - index - 1 > MAX_GAP:
        return False
    between = range(index + 1, span.first)
    if any(words[at].breaks_before for at in (*between, span.first)):
        return False
    return not any(other is not span and other.indexes & set(between) for other in spans)


def _share(measure: str, kb: KnowledgeBase) -> bool:
    """A share of a whole in percent: a level, not a change in percent."""
    found = kb.measures[measure]
    return found.unit == PERCENT_UNIT and not found.is_change


@lru_cache(maxsize=64)
def _name_words(kb: KnowledgeBase, measure: str) -> frozenset[str]:
    """The words of the measure's names: a negation in a name ("no access") is the name's, not the question's."""
    found = kb.measures[measure]
    return frozenset(word for name in (found.name, *found.aliases) for word in kb.normaliser.words(name))


def complemented(readings: list[Reading], analysis: Analysis, kb: KnowledgeBase) -> list[Reading]:
    """Lookups of a negated share read as the rest of the whole where `turnable`; the rest unchanged, but for
    readings of a share negated where it may not be turned round: they would answer the opposite of what is
    asked ("did not report its share": the share reported), so they are dropped."""
    negated = negated_measures(analysis.words, analysis.spans, kb)
    if not negated:
        return readings
    turned = turnable(analysis, negated, kb)
    held = {measure for index, measures in negated.items() if index not in turned for measure in measures}
    return [_complement(reading, turned) for reading in readings if reading.measure not in held]


def _complement(reading: Reading, negated: dict[int, frozenset[str]]) -> Reading:
    words = frozenset(index for index, measures in negated.items() if reading.measure in measures)
    if reading.operation != "lookup" or not words or reading.unit_asked:
        return reading
    return revised(reading, complement=True, explained=reading.explained | words)
