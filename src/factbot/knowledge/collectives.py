"""Collectives: entities that stand for several others without listing them ("the top ten payers").

The curator marks a group by its members; a source often names a group and gives its total
without naming everyone in it. Its `kind` then says it is one (a group word of the lexicon:
group, alliance, bloc...). Such an entity's figure is already a total, and it may hold any
other subject, so it is never added to another.
"""

from __future__ import annotations

from factbot.knowledge.index import KnowledgeBase


def unlisted_group(kb: KnowledgeBase, entity_id: str) -> bool:
    """A group whose members the sources do not list: its kind is a group word, and it has no `members`."""
    entity = kb.entities[entity_id]
    return not entity.members and not kb.group_words.isdisjoint(kb.normaliser.words(entity.kind))
