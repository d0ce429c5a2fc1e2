"""Collectives: entities that stand for several others without listing them ("the top ten payers").

The curator marks a group by its members; a source often names a group and gives its total
without naming everyone in it. Its `kind` then says it is one (a group word of the lexicon:
group, alliance, bloc...). Such an entity's figure is already a total, and it may hold any
other subject, so it is never added to another.
"""

from __future__ import annotations

from functools import lru_cache

from factbot.knowledge.index import KnowledgeBase


def unlisted_group(kb: KnowledgeBase, entity_id: str) -> bool:
    """A group whose members the sources do not list: its kind is a group word, and it has no `members`."""
    entity = kb.entities[entity_id]
    return not entity.members and not kb.group_words.isdisjoint(kb.normaliser.words(entity.kind))


@lru_cache(maxsize=16)
def proven_wholes(kb: KnowledgeBase) -> frozenset[str]:
    """The entities that are a whole of their parts for some measure: its figures are theirs and its members'
    only ("the country's events, and each kind of event's"). Such a whole is what the document is about: of a
    measure it shares with others that are not its listed members ("the cost of three storms"), it is still
    the whole, and they are parts of it. The curator may also say so (`is_whole`) when the parts named do not
    add up to it."""
    found = {entity.id for entity in kb.entities.values() if entity.is_whole}
    for subjects in kb.subjects_by_measure.values():
        for subject in subjects:
            others = set(subjects) - {subject}
            if others and others <= set(kb.entities[subject].members):
                found.add(subject)
    return frozenset(found)


def group_named_by_members(kb: KnowledgeBase, names: tuple[str, ...], measure: str | None) -> str | None:
    """The group whose members are exactly `names` ("Harvey, Irma and Maria" of "the three hurricanes"), when
    the sources give the measure of the group and not of every one of them: the list names the group."""
    if len(names) < 2 or measure is None:
        return None
    groups = _groups_by_members(kb).get(frozenset(names), ())
    found = [group for group in groups if measure in kb.measures_of_subject.get(group, frozenset())]
    if len(found) != 1 or all(measure in kb.measures_of_subject.get(name, frozenset()) for name in names):
        return None
    return found[0]


@lru_cache(maxsize=16)
def _groups_by_members(kb: KnowledgeBase) -> dict[frozenset[str], tuple[str, ...]]:
    found: dict[frozenset[str], tuple[str, ...]] = {}
    for entity in kb.entities.values():
        if entity.members:
            key = frozenset(entity.members)
            found[key] = (*found.get(key, ()), entity.id)
    return found
