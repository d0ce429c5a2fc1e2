"""A question asking which period holds an extreme ("which year had the fewest passengers?"): the period word
is what is asked, so it weighs like a content word, and only a reading over periods explains it (`fact_readings`'
series of one subject). A reading ranking subjects in one period leaves it unexplained and cannot pass for the
answer, as it did when the word weighed nothing."""

from __future__ import annotations

from typing import TYPE_CHECKING

from factbot.knowledge.index import KnowledgeBase
from factbot.understanding.analysis_types import Span, SpanKind

if TYPE_CHECKING:  # analysis weighs its words with this module
    from factbot.understanding.analysis import Analysis

EXTREMES = frozenset({"extreme_max", "extreme_min"})
ASKING = frozenset({"choice", "thing"})
"""The kinds of the question words that ask for one of several ("which", "what")."""


def asked_period_words(texts: tuple[str, ...], spans: list[Span], kb: KnowledgeBase) -> frozenset[int]:
    """The period words said right after "which" or "what" in a question that asks an extreme."""
    if not any(span.kind is SpanKind.CUE and EXTREMES & set(span.targets) for span in spans):
        return frozenset()
    return frozenset(
        index
        for index in range(1, len(texts))
        if texts[index] in kb.period_words and kb.question_kinds.get(texts[index - 1]) in ASKING
    )


def asks_which_period(analysis: Analysis, kb: KnowledgeBase) -> bool:
    return bool(asked_period_words(analysis.texts, list(analysis.spans), kb))


def asked_period_word(analysis: Analysis, kb: KnowledgeBase) -> str:
    """The period word asked ("year" of "which year was highest?"), the unit a series over all periods is of."""
    found = sorted(asked_period_words(analysis.texts, list(analysis.spans), kb))
    return analysis.texts[found[0]] if found else ""
