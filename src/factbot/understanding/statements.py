"""Finding the statement (event, plan, reason, date...) a question asks about.

Statements are retrieved like documents: candidates come from an inverted index
of their words, and each is scored by how much of the question it accounts for,
weighting rare words above common ones. A question whose content words mostly go
unexplained ("Who founded Toyota?" explains only "Toyota") scores low and is
refused, which is the point: a statement that merely shares a name is not an answer.
"""

from __future__ import annotations

from dataclasses import dataclass

from factbot.knowledge.index import KnowledgeBase
from factbot.understanding.parse import Parsed

KIND_BONUS = 0.1


@dataclass(frozen=True)
class StatementMatch:
    index: int
    score: float
    matched: tuple[str, ...]


def query_words(parsed: Parsed, kb: KnowledgeBase) -> tuple[str, ...]:
    """Words that carry the question's meaning: no stopwords, no bare numbers."""
    return tuple(dict.fromkeys(word for word in parsed.content_words if word not in kb.stopwords))


def best_statements(parsed: Parsed, kb: KnowledgeBase, limit: int = 2) -> tuple[StatementMatch, ...]:
    """The best-scoring statements, best first; ties broken by statement id for stability."""
    words = query_words(parsed, kb)
    if not words:
        return ()
    candidates: set[int] = set()
    for word in words:
        candidates.update(kb.statements_by_word.get(word, ()))
    wanted_kind = kb.question_kinds.get(parsed.question_word or "")
    matches = [_score(index, words, wanted_kind, kb) for index in candidates]
    statements = kb.knowledge.statements
    matches.sort(key=lambda match: (-match.score, statements[match.index].id))
    return tuple(match for match in matches[:limit] if match.matched)


def _score(index: int, words: tuple[str, ...], wanted_kind: str | None, kb: KnowledgeBase) -> StatementMatch:
    statement_words = kb.statement_words[index]
    total = 0.0
    gained = 0.0
    matched = []
    for word in words:
        weight = kb.weight_of(word)
        if word in statement_words:
            gained += weight
            matched.append(word)
            total += weight
        elif word not in kb.harmless:
            total += weight
    if total == 0:
        return StatementMatch(index, 0.0, ())
    score = gained / total
    if wanted_kind is not None and kb.knowledge.statements[index].kind == wanted_kind:
        score = min(1.0, score + KIND_BONUS)
    return StatementMatch(index, round(score, 3), tuple(matched))


def names_only(match: StatementMatch, kb: KnowledgeBase) -> bool:
    """True when the match is too generic to answer: only names, or only measure and cue words.

    "Honda" alone, or "sold ... more" alone, is shared by many statements; a statement
    answers when it shares a word of its own, or a name together with what is asked of it.
    """
    matched = set(match.matched)
    if matched <= kb.entity_words:
        return True
    return matched <= kb.routing_words and not matched & kb.entity_words
