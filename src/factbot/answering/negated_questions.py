"""A comparison asked in the negative ("is it true that X did not sell more than Y?") gets no Yes or No.

English negative questions are ambiguous: "Didn't X sell more than Y?" asks the positive and expects a Yes,
while "Is it true that X did not sell more than Y?" asks the negative. A verdict over two figures (more, less, as
many as, twice as many) read either way would be wrong half the time, so none is given: the figures are still
shown. Only a "not" in the clause of the comparison counts ("did X, which has no factory, sell more than Y?"
still asks the positive), and a word of falling that is also a denial ("declined") is a direction, not a "not".
A statement's polarity is another matter: it is checked against the question's, "not" and all.
"""

from __future__ import annotations

from factbot.answering.equality import COMPARING
from factbot.knowledge.index import KnowledgeBase
from factbot.understanding.analysis import Analysis, SpanKind


def negated_comparison(analysis: Analysis, kb: KnowledgeBase) -> bool:
    """Whether a negation word stands in a clause of the comparison asked (in any, when no cue of one is found)."""
    negations = kb.negations - kb.down_words - kb.up_words
    denied = [index for index, word in enumerate(analysis.words) if word.text in negations]
    if not denied:
        return False
    cues = [span.first for span in analysis.of(SpanKind.CUE) if COMPARING & set(span.targets)]
    cues += [item.head for item in analysis.multiples]
    if not cues:
        return True
    clause = _clause_numbers(analysis, kb)
    return bool({clause[index] for index in denied} & {clause[index] for index in cues})


def _clause_numbers(analysis: Analysis, kb: KnowledgeBase) -> list[int]:
    """Each word's clause, counted from 0: a clause ends at punctuation and before a contrast word."""
    breaks = {word for phrase in kb.lexicon.contrast_words for word in kb.normaliser.words(phrase)}
    numbers: list[int] = []
    current = 0
    for index, word in enumerate(analysis.words):
        if index and (word.breaks_before or word.text in breaks):
            current += 1
        numbers.append(current)
    return numbers
