"""Which clause of a statement a yes/no question asks about, so that a "not" decides only its own clause.

"Acme rejected the first offer, but later signed an agreement with Bolt" says both a denial and an act: asked
"did Acme sign an agreement with Bolt?", the denial ("rejected") belongs to another clause and must not turn the
answer to No. So a quote whose clauses disagree in polarity is read clause by clause: the clause that holds the
most of the question's weighty words is the one asked about, and its polarity is the statement's. The names are
set aside (the subject is often said once, in the first clause, and left out of the next) unless nothing else is
asked. When clauses of opposite polarity hold as many ("makes not gadgets but gizmos" asked "does it make
gizmos?"), the statement does not settle it. Clauses break at semicolons and at the lexicon's `contrast_words`
("but", "however", "although").
"""

from __future__ import annotations

import re
from functools import lru_cache

from factbot.knowledge.denials import denial_decided, negates
from factbot.knowledge.index import KnowledgeBase
from factbot.knowledge.model import Statement
from factbot.understanding.analysis import Analysis, SpanKind

_SEMICOLONS = re.compile(r";")

Words = tuple[str, ...]


def said_polarity(
    statement: Statement, text_words: tuple[str, ...], analysis: Analysis, kb: KnowledgeBase
) -> bool | None:
    """Whether the statement says "not" of what is asked: of the clause asked about, where its clauses disagree
    ("rejected the first offer, but later signed"); None when that is not settled."""
    clause = asked_clause(tuple(item.quote for item in statement.evidence), analysis, kb)
    if clause is None:
        return None  # clauses of either polarity answer it alike ("makes not gadgets but gizmos")
    asked = tuple(word.text for word in analysis.words)
    if not denial_decided(clause or (*text_words, *kb.normaliser.words(statement.answer)), asked, kb):
        return None  # "exclude" said, and neither it nor what it denies asked: not settled either way
    return negates(clause, kb) if clause else _statement_negates(statement, text_words, kb)


def _statement_negates(statement: Statement, quoted: tuple[str, ...], kb: KnowledgeBase) -> bool:
    """Whether the statement says "not": its quotes, when their sentences agree. When a negation stands in the
    sentence outside the quote, the curator's answer says which it belongs to: "But the results were nothing, and
    the share ... is now almost negligible" (the answer says "nothing") or "denied the allegations but agreed to
    ... prohibited conduct" (the answer's "denied" is the quote's)."""
    in_quotes = negates(quoted, kb)
    sentences = " ".join(dict.fromkeys(kb.sentence(item).text for item in statement.evidence))
    if in_quotes == negates(kb.normaliser.words(sentences), kb):
        return in_quotes
    return negates(kb.normaliser.words(statement.answer), kb)


def asked_clause(quotes: tuple[str, ...], analysis: Analysis, kb: KnowledgeBase) -> Words | None:
    """The words of the quotes, each cut to the clause asked about where its clauses disagree in polarity; ()
    when none does (the whole statement decides, as ever); None when clauses of opposite polarity answer the
    question equally well."""
    asked, names = _weighty(analysis, kb)
    chosen: list[Words] = []
    split = False
    for quote in quotes:
        pieces = _clauses(quote, kb)
        polarities = [negates(piece, kb) for piece in pieces]
        held = [len(asked.intersection(piece)) for piece in pieces]
        if not any(held):  # nothing but names asked of it: they say which clause is meant
            held = [len(names.intersection(piece)) for piece in pieces]
        if len(set(polarities)) < 2 or not any(held):
            chosen.append(tuple(word for piece in pieces for word in piece))
            continue
        best = max(held)
        if len({polarity for polarity, count in zip(polarities, held, strict=True) if count == best}) > 1:
            return None
        chosen.append(next(piece for piece, count in zip(pieces, held, strict=True) if count == best))
        split = True
    return tuple(word for piece in chosen for word in piece) if split else ()


def _weighty(analysis: Analysis, kb: KnowledgeBase) -> tuple[frozenset[str], frozenset[str]]:
    """The question's weighty words, the names apart: the names weigh only when nothing else is asked."""
    named = {index for span in analysis.of(SpanKind.ENTITY) for index in span.indexes}
    weighty = [
        (index in named, word.text)
        for index, (word, weight) in enumerate(zip(analysis.words, analysis.weights, strict=False))
        if weight > 0 or index in named
    ]
    return frozenset(text for name, text in weighty if not name), frozenset(text for name, text in weighty if name)


def _clauses(quote: str, kb: KnowledgeBase) -> list[Words]:
    """The quote's words cut at semicolons and before each contrast word (never empty pieces)."""
    breaks = _breaks(kb)
    pieces: list[Words] = []
    for part in _SEMICOLONS.split(quote):
        current: list[str] = []
        for word in kb.normaliser.words(part):
            if word in breaks and current:
                pieces.append(tuple(current))
                current = []
            current.append(word)
        if current:
            pieces.append(tuple(current))
    return pieces


@lru_cache(maxsize=16)
def _breaks(kb: KnowledgeBase) -> frozenset[str]:
    """The lexicon's contrast words of one word, normalised."""
    found = (kb.normaliser.words(word) for word in kb.lexicon.contrast_words)
    return frozenset(words[0] for words in found if len(words) == 1)
