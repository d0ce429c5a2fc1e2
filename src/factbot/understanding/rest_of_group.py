"""Members listed with "the other G": "Acme, Bolt and the other widget makers" names the whole group G.

A question listing some members of a group beside "the other" (the lexicon's `rest_words`) members of it asks
about the group as a whole, as the source may state its figure ("Acme, Bolt and other makers plan 30 launches")
for the group and not for each member. Only when every other name listed is a member of that one group, and
the rest word comes just before the group's name (an adjective or two between), joined to the list by a list
word ("and the other", not "compared with the other").
"""

from __future__ import annotations

from functools import lru_cache

from factbot.knowledge.index import KnowledgeBase
from factbot.understanding.analysis import Analysis, Span, SpanKind

REACH = 3
"""How many words before the group's name the rest word may be ("the other big widget makers")."""


def with_the_rest(analysis: Analysis, kb: KnowledgeBase, entities: list[tuple[Span, str]]) -> list[tuple[Span, str]]:
    """`entities` with the members listed and "the other G" taken together as G, one span over them all."""
    groups = [
        (span, entity) for span, entity in entities if kb.entities[entity].members and _joined(analysis, kb, span)
    ]
    if len(groups) != 1:
        return entities
    span, group = groups[0]
    listed = [(other, entity) for other, entity in entities if entity != group]
    members = kb.entities[group].members
    if not listed or any(entity not in members or other.first > span.first for other, entity in listed):
        return entities
    first = min(other.first for other, _ in listed)
    return [(Span(first, span.last, SpanKind.ENTITY, (group,)), group)]


def _joined(analysis: Analysis, kb: KnowledgeBase, span: Span) -> bool:
    """A rest word shortly before the group's name, itself joined to the list by a list word just before it
    ("and the other"), not by a preposition ("compared with the other" sets the group against the names)."""
    words = [word.text for word in analysis.words]
    rest = _rest_words(kb)
    at = [index for index in range(max(span.first - REACH, 0), span.first) if words[index] in rest]
    return bool(at) and bool(set(words[max(at[0] - 2, 0) : at[0]]) & kb.list_words)


@lru_cache(maxsize=16)
def _rest_words(kb: KnowledgeBase) -> frozenset[str]:
    return frozenset(word for text in kb.lexicon.rest_words for word in kb.normaliser.words(text))
