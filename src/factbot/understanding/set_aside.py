"""A statement set aside: "besides X, what else ...?" asks for the statement about something other than X.

The words between an exclusion ("besides", "apart from") and the question word that follows it name a
thing another statement tells of. A statement that does not tell of it answers the question; it explains
the exclusion and the words it sets aside, since the question names them only to rule them out.
"""

from __future__ import annotations

from factbot.knowledge.index import KnowledgeBase
from factbot.understanding.analysis import Analysis, phrase_starts
from factbot.understanding.operations import STATEMENT
from factbot.understanding.reading import Reading, revised


def set_aside(readings: list[Reading], analysis: Analysis, kb: KnowledgeBase) -> list[Reading]:
    """The readings, each statement that tells of other things than those set aside explaining the words that
    set them aside."""
    found = _set_aside_words(analysis, kb)
    if found is None:
        return readings
    words, named = found
    texts = {analysis.words[index].text for index in named if analysis.weights[index] > 0}
    own = kb.statement_own_words
    telling = {number for number, said in enumerate(own) if texts <= said}
    if not telling:
        return readings  # nothing the sources tell of is set aside: the words stay unexplained
    return [
        revised(reading, explained=reading.explained | words | named)
        if reading.operation == STATEMENT
        and reading.statement is not None
        and reading.statement not in telling
        and not texts & own[reading.statement]
        else reading
        for reading in readings
    ]


def sets_aside(analysis: Analysis, kb: KnowledgeBase) -> bool:
    """Whether the question sets something aside: then every statement is read, as one that explains little of
    it may explain the words that set the thing aside."""
    return _set_aside_words(analysis, kb) is not None


def _set_aside_words(analysis: Analysis, kb: KnowledgeBase) -> tuple[frozenset[int], frozenset[int]] | None:
    """The exclusion's words and the words it sets aside, up to the question word after them; None when the
    question sets nothing aside before its question word (or names a thing there: "other than Acme, who")."""
    texts = analysis.texts
    present = analysis.text_set
    for phrase in kb.exclusion_phrases:
        if phrase and phrase[0] not in present:  # most questions hold none of these first words
            continue
        for start in phrase_starts(texts, phrase):
            end = start + len(phrase)
            stop = next((index for index in range(end, len(texts)) if texts[index] in kb.question_kinds), None)
            if stop is None or not any(analysis.weights[index] > 0 for index in range(end, stop)):
                continue
            return frozenset(range(start, end)), frozenset(range(end, stop))
    return None
