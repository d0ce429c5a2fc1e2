"""What a `KnowledgeBase` can start from instead of building: the tables the compiled-knowledge cache keeps.

Kept apart from the index itself so the cache's format (`factbot.knowledge.cache`) and the
index's construction can each be read on their own.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from factbot.knowledge.phrases import Target
from factbot.knowledge.postings import StatementTables


@dataclass(frozen=True)
class IndexTables:
    """The indexes that cost the most to build: every alias, quote and statement normalised into words,
    and every fact sorted into its groups (facts by their position in `Knowledge.facts`).

    The compiled-knowledge cache (`factbot.knowledge.cache`) keeps them beside the knowledge, so a
    warm start neither normalises a hundred thousand quotes nor sorts a hundred thousand facts again.
    """

    phrases: dict[tuple[str, ...], tuple[Target, ...]]
    loose_phrases: dict[tuple[str, ...], tuple[Target, ...]]
    statements_by_word: dict[str, tuple[int, ...]]
    statements_about: dict[str, tuple[int, ...]]
    statement_tables: StatementTables
    document_frequency: dict[str, int]
    documents: int
    facts_by_key: dict[tuple[str, str], tuple[int, ...]]
    facts_by_subject: dict[str, tuple[int, ...]]
    facts_by_measure: dict[str, tuple[int, ...]]
    facts_by_measure_period: dict[tuple[str, str | None], tuple[int, ...]]
    subjects_by_measure: dict[str, tuple[str, ...]]
    markets_by_measure: dict[str, frozenset[str]]
    measures_of_subject: dict[str, frozenset[str]]
    market_ids: frozenset[str]
    entity_words: frozenset[str]
    routing_words: frozenset[str]
    bases_of_measure: dict[str, frozenset[str]]
    keyword_phrases: dict[str, tuple[tuple[str, ...], ...]]


@dataclass(frozen=True)
class Precomputed:
    """What a `KnowledgeBase` can start from instead of building: its tables, each statement's words
    (a sequence that may decode them on first use) and the spelling index's deletions (made when first needed)."""

    tables: IndexTables
    statement_words: Sequence[frozenset[str]]
    statement_own_words: Sequence[frozenset[str]]
    statement_pairs: Sequence[frozenset[tuple[str, str]]]
    statement_has_figure: Sequence[bool]
    spelling_deletions: Callable[[], dict[str, tuple[str, ...]]]
    surface_spelling: SurfaceSpelling


@dataclass(frozen=True)
class SurfaceSpelling:
    vocabulary: frozenset[str]
    deletions: Callable[[], dict[str, tuple[str, ...]]]
