"""The statements that pass one test of the search (`statement_search`), found from the index's postings.

Each is cached per knowledge base and argument: the same words and names come up question after question.
"""

from __future__ import annotations

from functools import lru_cache

from factbot.knowledge.index import KnowledgeBase
from factbot.understanding.statement_query import DATE_KINDS, PLACE_KIND, placed_alike


@lru_cache(maxsize=1024)
def indexed(kb: KnowledgeBase, words: frozenset[str]) -> tuple[str, ...]:
    """The words some statement has: a cue's stating words are the lexicon's, the same question after question."""
    return tuple(word for word in words if word in kb.statements_by_word)


def union(kb: KnowledgeBase, words: tuple[str, ...]) -> frozenset[int]:
    """Statements whose words include any of `words`."""
    return frozenset().union(*(kb.statements_by_word[word] for word in words))


@lru_cache(maxsize=1024)
def stated(kb: KnowledgeBase, words: tuple[str, ...], phrases: tuple[tuple[str, str], ...]) -> frozenset[int]:
    """Statements whose words include any of `words`, or whose neighbouring words include any of `phrases`."""
    sets = kb.statement_sets
    found = set(union(kb, words))
    for first, second in phrases:
        both = sets.word(first) & sets.word(second)
        found.update(number for number in both if (first, second) in kb.statement_pairs[number])
    return frozenset(found)


def stated_saying(
    kb: KnowledgeBase, words: tuple[str, ...], phrases: tuple[tuple[str, str], ...], said: str
) -> frozenset[int]:
    """`stated`, of the statements whose own words include `said`: a function word the question uses as a cue
    ("total"), which no statement's index holds."""
    return frozenset(number for number in stated(kb, words, phrases) if said in kb.statement_own_words[number])


@lru_cache(maxsize=1024)
def saying(kb: KnowledgeBase, phrase: frozenset[tuple[str, str]]) -> frozenset[int]:
    """Statements that have every pair of the phrase side by side (`says_phrase`)."""
    sets = kb.statement_sets
    words = {word for pair in phrase for word in pair}
    having = frozenset.intersection(*(sets.word(word) for word in words))
    return frozenset(number for number in having if phrase <= kb.statement_pairs[number])


@lru_cache(maxsize=1024)
def naming(kb: KnowledgeBase, targets: frozenset[str], spelt: tuple[str, ...]) -> frozenset[int]:
    """Statements involving one of the span's entities (about, people, place), or spelling out its words."""
    involved: set[int] = set()
    for entity in targets:
        involved.update(kb.statements_about.get(entity, ()))
        involved.update(kb.statement_tables.at.get(entity, ()))
    sets = kb.statement_sets
    words = sorted(set(spelt), key=lambda word: len(kb.statements_by_word.get(word, ())))
    having = sets.word(words[0])
    for word in words[1:]:
        having = having & sets.word(word)
    own = kb.statement_own_words
    spelling = [number for number in having - involved if all(word in own[number] for word in spelt)]
    return frozenset(involved).union(spelling)


@lru_cache(maxsize=1024)
def stating(kb: KnowledgeBase, year: int | None, text: str) -> frozenset[int]:
    """Statements dated in the year, or undated and writing it (or the figure) in their own words."""
    sets = kb.statement_sets
    dated = sets.year(year) if year is not None else frozenset()
    undated = sets.word(text) - dated
    if year is not None:
        undated = undated - sets.dated()
    written = [number for number in undated if text in kb.statement_own_words[number]]
    return dated.union(written)


@lru_cache(maxsize=1024)
def stating_claimed(kb: KnowledgeBase, year: int | None, text: str) -> frozenset[int]:
    """A date claimed in a yes/no question (`statement_query.states`): stated as `stating` states it, and by every
    dated event, whose own date says yes or no to it."""
    sets = kb.statement_sets
    events = frozenset().union(*(sets.kind(kind) for kind in DATE_KINDS)) & sets.dated()
    return stating(kb, year, text) | events


@lru_cache(maxsize=1024)
def placed(kb: KnowledgeBase, targets: frozenset[str]) -> frozenset[int]:
    """Statements of where something is, in a place of the kind of one of `targets` (`placed_alike`)."""
    statements = kb.knowledge.statements
    return frozenset(
        number for number in kb.statement_sets.kind(PLACE_KIND) if placed_alike(statements[number], targets, kb)
    )
