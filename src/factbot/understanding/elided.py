"""Periods whose shared words are said once: "from the first to the last of the past three years".

Two curated period aliases that differ only in their first word ("first of the past three years", "last of the
past three years") are said with the rest once, after the second. When the word before a connector ("to",
"and", "through") and the rest of the alias after it make another alias of a period, that word names that
period too.
"""

from __future__ import annotations

from factbot.knowledge.index import KnowledgeBase
from factbot.knowledge.phrases import PERIOD
from factbot.understanding.analysis_types import Span, SpanKind

CONNECTORS = frozenset({"to", "and", "through", "until", "till", "or", "versus", "vs"})


def elided_periods(texts: tuple[str, ...], spans: list[Span], kb: KnowledgeBase) -> list[Span]:
    """A period span for each word that, with the rest of a later period alias, makes another period's alias."""
    found: list[Span] = []
    for span in spans:
        if span.kind is not SpanKind.PERIOD or not span.exact:
            continue
        start = _skip(texts, span.first, span.last, 1)
        head = _skip(texts, start - 1, -1, -1)
        if head < 1 or texts[head] not in CONNECTORS or start + 1 >= span.last:
            continue
        word = _skip(texts, head - 1, -1, -1)
        targets = kb.phrases.get((texts[word], *texts[start + 1 : span.last]), ()) if word >= 0 else ()
        periods = tuple(target.id for target in targets if target.kind == PERIOD)
        if periods and not set(periods) & set(span.targets):
            found.append(Span(word, word + 1, SpanKind.PERIOD, periods))
    return found


def _skip(texts: tuple[str, ...], index: int, stop: int, step: int) -> int:
    """The first index from `index` (towards `stop`) whose word is not "the"."""
    while index != stop and 0 <= index < len(texts) and texts[index] == "the":
        index += step
    return index
