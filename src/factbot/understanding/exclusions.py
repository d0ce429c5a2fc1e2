"""Names taken out of the set: "other than Honda", "without Mitsubishi", "leaving Mitsubishi out".

The lexicon says it before the name (`exclusion_words`) or around it (`exclusion_frames`). A name
said so is no subject of the question, and the words that take it out are explained by it.
"""

from __future__ import annotations

from factbot.knowledge.index import KnowledgeBase
from factbot.understanding.analysis import Analysis, Span, phrase_starts
from factbot.understanding.word_index import by_word

REACH = 4
"""How many words before a name an exclusion may start ("without the Japanese Mitsubishi")."""


def after_exclusion(analysis: Analysis, span: Span, kb: KnowledgeBase) -> bool:
    """Whether the entity at `span` is taken out of the set, by words before it or around it."""
    return after(analysis, span, kb.exclusion_phrases) or bool(_frame_words(analysis, span, kb))


def exclusion_words(analysis: Analysis, kb: KnowledgeBase, excluded: list[tuple[Span, str]]) -> frozenset[int]:
    """The words that take the excluded entities out ("without", "other than", "leaving ... out")."""
    texts = analysis.texts
    before = frozenset(
        index
        for span, _ in excluded
        for phrase in kb.exclusion_phrases
        for start in phrase_starts(texts, phrase)
        if span.first - REACH <= start and start + len(phrase) <= span.first
        for index in range(start, start + len(phrase))
    )
    return before | frozenset(index for span, _ in excluded for index in _frame_words(analysis, span, kb))


def after(analysis: Analysis, span: Span, phrases: tuple[tuple[str, ...], ...]) -> bool:
    """Whether one of `phrases` ends just before the span (a "the" between is allowed: "according to the FDA")."""
    before = [word.text for word in analysis.words[max(0, span.first - REACH) : span.first]]
    if before[-1:] == ["the"]:
        before.pop()
    if not before:
        return False
    size = len(before)
    return any(
        len(phrase) <= size and tuple(before[-len(phrase) :]) == phrase
        for phrase in by_word(phrases, -1).get(before[-1], ())  # only those ending in the word before the span
    )


def _frame_words(analysis: Analysis, span: Span, kb: KnowledgeBase) -> tuple[int, ...]:
    """The words of the first exclusion frame said around the span ("leaving" and "out"), if any: only frames
    whose words after the name begin with the word after the span are compared."""
    texts = analysis.texts
    if span.last >= len(texts):
        return ()  # a frame has words after the name
    for before, following in by_word(kb.exclusion_frames, 0, part=1).get(texts[span.last], ()):
        start, end = span.first - len(before), span.last + len(following)
        if start < 0 or end > len(texts):
            continue
        if texts[start : span.first] == before and texts[span.last : end] == following:
            return (*range(start, span.first), *range(span.last, end))
    return ()
