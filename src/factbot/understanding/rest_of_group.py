"""Members listed with "the other G": "Acme, Bolt and the other widget makers" names the whole group G.

A question listing some members of a group beside "the other" (the lexicon's `rest_words`) members of it asks
about the group as a whole, as the source may state its figure ("Acme, Bolt and other makers plan 30 launches")
for the group and not for each member. Only when every other name listed is a member of that one group, and
the rest word comes just before the group's name (an adjective or two between), joined to the list by a list
word ("and the other", not "compared with the other"). With no group named ("Acme, Bolt and the others", "Acme,
Bolt etc."), the rest word ends the list, and the group is the one group whose members include every name listed.
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
    if not groups:
        return _unnamed_rest(analysis, kb, entities)
    if len(groups) != 1:
        return entities
    span, group = groups[0]
    listed = [(other, entity) for other, entity in entities if entity != group]
    members = kb.entities[group].members
    if not listed or any(entity not in members or other.first > span.first for other, entity in listed):
        return entities
    first = min(other.first for other, _ in listed)
    return [(Span(first, span.last, SpanKind.ENTITY, (group,)), group)]


def _unnamed_rest(analysis: Analysis, kb: KnowledgeBase, entities: list[tuple[Span, str]]) -> list[tuple[Span, str]]:
    """ "Acme, Bolt and the others": a word standing for the rest right after the last name listed (joined by "and",
    a comma or nothing: "Acme, Bolt etc.") names the one group holding every name listed."""
    if not entities or _rest_pronouns(kb).isdisjoint(analysis.text_set):
        return entities
    words = [word.text for word in analysis.words]
    last = max(span.last for span, _ in entities)
    between = last
    while between < len(words) and words[between] in _JOINING:
        between += 1
    if between >= len(words) or words[between] not in _rest_pronouns(kb):
        return entities
    run = _listed_run(entities, words, kb)
    listed = {entity for _, entity in run}
    holding = [entity.id for entity in kb.entities.values() if entity.members and listed <= set(entity.members)]
    if len(holding) != 1:
        return entities
    first = min(span.first for span, _ in run)
    group = (Span(first, between + 1, SpanKind.ENTITY, (holding[0],)), holding[0])
    return [item for item in entities if item not in run] + [group]


def _listed_run(entities: list[tuple[Span, str]], words: list[str], kb: KnowledgeBase) -> list[tuple[Span, str]]:
    """The names listed just before the rest word, joined only by commas and list words: "Acme sold more than
    Bolt and the others" sets Acme against the rest, so only Bolt is listed with them."""
    ordered = sorted(entities, key=lambda item: item[0].first)
    run = [ordered[-1]]
    for item in reversed(ordered[:-1]):
        gap = words[item[0].last : run[0][0].first]
        if any(word not in kb.list_words for word in gap):
            break
        run.insert(0, item)
    return run


_JOINING = frozenset({"and", "the"})
"""What may stand between the last name listed and the rest word: "and the others" (a comma is no word)."""


@lru_cache(maxsize=16)
def _rest_pronouns(kb: KnowledgeBase) -> frozenset[str]:
    return frozenset(word for text in kb.lexicon.rest_pronouns for word in kb.normaliser.words(text))


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
