"""A name said short: "oil and gas" for "oil and gas properties", where only the longer one has the figure.

People drop the last word of a name when the rest of the question says it ("oil & gas share of
assessed *property* values"). When the entity the question names has no figure for the
measure, and the measure's only subject is called by every word the question used for it,
the question means that subject.
"""

from __future__ import annotations

from functools import lru_cache

from factbot.knowledge.index import KnowledgeBase
from factbot.understanding.analysis import Analysis, Span


def meant_by_short_name(
    analysis: Analysis, kb: KnowledgeBase, named: list[tuple[Span, str]], measure: str
) -> tuple[str, ...] | None:
    """The measure's only subject, when the one entity named has no figure for it and that subject's names
    hold every content word the question named it by; else None."""
    if len(named) != 1:
        return None
    span, entity = named[0]
    subjects = kb.subjects_by_measure.get(measure, ())
    if len(subjects) != 1 or entity in subjects or entity in kb.markets_by_measure.get(measure, frozenset()):
        return None
    said = {analysis.words[index].text for index in span.indexes} - kb.stopwords
    return subjects[:1] if said and said <= entity_name_words(kb, subjects[0]) else None


@lru_cache(maxsize=1024)
def entity_name_words(kb: KnowledgeBase, entity: str) -> frozenset[str]:
    """Every word of the entity's name and aliases, once per knowledge base and entity."""
    item = kb.entities[entity]
    return frozenset(word for text in (item.name, *item.aliases) for word in kb.normaliser.words(text))
