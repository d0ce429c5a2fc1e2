"""The basis of what a statement's sentence reports: "why is income *expected* to rise?".

A reason or a report often shares its sentence with a forecast figure ("income will rise 10
percent, due to stronger markets"). The question then calls the event expected, forecast or
projected. Those words are the basis of the sentence's figures, so a statement from that
sentence accounts for them: it is about the forecast the figure gives.
"""

from __future__ import annotations

from weakref import WeakKeyDictionary

from factbot.knowledge.index import KnowledgeBase
from factbot.understanding.analysis import Analysis

_BASIS_WORDS: WeakKeyDictionary[KnowledgeBase, dict[int, frozenset[str]]] = WeakKeyDictionary()
"""Each statement's basis words, worked out once per knowledge base."""


def basis_said(number: int, analysis: Analysis, kb: KnowledgeBase) -> frozenset[int]:
    """The question's words that name the basis (forecast, estimate, plan) of a figure cited from one of the
    statement's sentences."""
    words = _basis_words(number, kb)
    if not words:
        return frozenset()
    return frozenset(index for index, word in enumerate(analysis.words) if word.text in words)


def _basis_words(number: int, kb: KnowledgeBase) -> frozenset[str]:
    known = _BASIS_WORDS.setdefault(kb, {})
    found = known.get(number)
    if found is None:
        sentences = {(item.source, item.sentence) for item in kb.knowledge.statements[number].evidence}
        bases = {
            fact.basis
            for fact in kb.knowledge.facts
            if fact.basis and (fact.evidence.source, fact.evidence.sentence) in sentences
        }
        found = frozenset(word for basis in bases for word in kb.basis_words.get(basis, ()))
        known[number] = found
    return found
