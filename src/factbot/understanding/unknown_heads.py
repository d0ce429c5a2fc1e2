"""A word the knowledge never uses, right after a one-word match of a measure: the head of another quantity
("average hourly earnings" where only hours are curated). Matched in part, the question asks what no figure is,
so the word is charged (`charged`): no reading explains it, and the answer is unknown, not the hours."""

from __future__ import annotations

from functools import lru_cache

from factbot.knowledge.index import KnowledgeBase
from factbot.understanding.analysis_types import Span, SpanKind
from factbot.understanding.question_words import percent_and_point_words


def unknown_heads(texts: tuple[str, ...], spans: list[Span], kb: KnowledgeBase) -> frozenset[int]:
    """The unused content words said right after a measure matched by one word, ending the phrase."""
    covered = {index for span in spans for index in span.indexes}
    found: set[int] = set()
    for span in spans:
        after = span.last
        if span.kind is not SpanKind.MEASURE or span.last - span.first != 1 or after >= len(texts):
            continue
        word = texts[after]
        ends = after + 1 == len(texts) or texts[after + 1] in kb.stopwords
        if after not in covered and ends and _content(word, kb) and kb.informativeness(word) is None:
            found.add(after)
    return frozenset(found)


def _content(word: str, kb: KnowledgeBase) -> bool:
    """A word of content: no function or light word, no word of a unit every figure may be asked in, and no word
    the lexicon gives a role ("because" asks a reason, "more" compares, "without" takes a name out)."""
    return word.isalpha() and word not in kb.harmless | kb.light_words and word not in _lexicon_words(kb)


@lru_cache(maxsize=16)
def _lexicon_words(kb: KnowledgeBase) -> frozenset[str]:
    cues = {word for words in kb.cue_words.values() for word in words}
    kinds = {word for phrases in kb.statement_kind_cues.values() for phrase in phrases for word in phrase}
    excluding = {word for phrase in kb.exclusion_phrases for word in phrase}  # "without the X" takes X out
    return frozenset(cues | kinds | excluding | kb.up_words | kb.down_words) | percent_and_point_words(kb)
