"""Words a figure's own quote says: "how many states filed the lawsuit" of a count quoted as "AGs from 30
states filed a lawsuit".

A reading over facts explains the question's slots (names, measure, periods); the other content words of the
question may still describe the very figures it reads, in the words that state them. Such a word is explained
by that reading only: the quote of a figure the reading reads must have it (the quote, not its whole sentence,
which may go on to name other things). It counts for less than a slot or a curated word
(`scoring.SENTENCE_CREDIT`), and only a word outside every name, measure, period, figure and cue of the
question can be explained so: a word naming something else stays unexplained.
"""

from __future__ import annotations

from functools import lru_cache

from factbot.knowledge.index import KnowledgeBase
from factbot.knowledge.model import Fact
from factbot.understanding.analysis import Analysis
from factbot.understanding.reading import Reading

MAX_FACTS = 4
"""A reading of more figures than this (everyone's, a long series) says too much for its sentences to explain
a word: only a reading of a few figures is described by what their quotes say."""


def cited_words(analysis: Analysis, kb: KnowledgeBase, reading: Reading) -> frozenset[int]:
    """The question's free content words, not yet explained by the reading, that the quote of a figure it reads
    says."""
    if reading.measure is None or not reading.subjects or reading.statement is not None:
        return frozenset()
    quoted, words = _every_quoted_word(kb), analysis.words
    free = [
        index
        for index in analysis.weighty
        if words[index].text in quoted and index not in reading.explained and index not in analysis.in_spans
    ]
    if not free:
        return frozenset()
    facts = _facts(kb, reading)
    if facts is None or len(facts) > MAX_FACTS:
        return frozenset()
    said = frozenset().union(*(quoted_words(kb, fact) for fact in facts))
    return frozenset(index for index in free if analysis.words[index].text in said)


def _facts(kb: KnowledgeBase, reading: Reading) -> list[Fact] | None:
    """The figures the reading reads; None when a subject has none (the reading then reads nothing of it, and
    what the others' quotes say does not describe it)."""
    assert reading.measure is not None
    periods = set(reading.periods)
    found: list[Fact] = []
    for subject in dict.fromkeys(reading.subjects):
        own = [
            fact
            for fact in kb.facts_by_key.get((subject, reading.measure), ())
            if (not periods or fact.period in periods) and (reading.market is None or fact.market == reading.market)
        ]
        if not own:
            return None
        found += own
    return found


@lru_cache(maxsize=64)
def _every_quoted_word(kb: KnowledgeBase) -> frozenset[str]:
    """Every word some figure's quote says: a question with none of them is not looked at further."""
    return frozenset().union(*(quoted_words(kb, fact) for fact in kb.knowledge.facts))


@lru_cache(maxsize=4096)
def quoted_words(kb: KnowledgeBase, fact: Fact) -> frozenset[str]:
    """The words of the part of its sentence a fact quotes, without function words (once per fact). The quote,
    not the whole sentence: a sentence may go on to name other things ("production of 23.7 million barrels and
    proven reserves of ..."), and the quote is the part that states this figure."""
    return frozenset(kb.normaliser.words(fact.evidence.quote)) - kb.stopwords
