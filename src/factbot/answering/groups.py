"""Answers about groups: who is in one, how many, and whether a company belongs.

Group records carry their own evidence and notes, so a contradiction the source
makes about a group (a list of six called "five") is told with every answer about
that group rather than silently resolved either way.
"""

from __future__ import annotations

from factbot.answering.answers import Reply, capitalised, name_of
from factbot.knowledge.index import KnowledgeBase
from factbot.knowledge.model import Entity, Evidence
from factbot.results import Status


def _listed(names: list[str]) -> str:
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + f" and {names[-1]}"


def _notes(group: Entity) -> tuple[str, tuple[Evidence, ...]]:
    texts = [f"Note: {note.text}" for note in group.notes]
    evidence = tuple(evidence for note in group.notes for evidence in note.evidence)
    return " ".join(texts), evidence


def _planned(kb: KnowledgeBase, group: Entity) -> str:
    if not group.planned_members:
        return ""
    names = _listed([name_of(kb, member) for member in group.planned_members])
    verb = "plans" if len(group.planned_members) == 1 else "plan"
    return f" {names} {verb} to join."


def members(kb: KnowledgeBase, group: Entity) -> Reply:
    names = _listed([name_of(kb, member) for member in group.members])
    notes, note_evidence = _notes(group)
    text = f"The article names {len(group.members)} members of {group.name}: {names}.{_planned(kb, group)}"
    return Reply(Status.ANSWERED, " ".join(filter(None, [text, notes])), group.evidence + note_evidence)


def count_members(kb: KnowledgeBase, group: Entity) -> Reply:
    notes, note_evidence = _notes(group)
    names = _listed([name_of(kb, member) for member in group.members])
    count = len(group.members)
    text = f"{capitalised(group.name)} has {count} members named in the article ({names}).{_planned(kb, group)}"
    return Reply(Status.ANSWERED, " ".join(filter(None, [text, notes])), group.evidence + note_evidence)


def membership(kb: KnowledgeBase, entity_id: str, group: Entity) -> Reply:
    name = name_of(kb, entity_id)
    notes, note_evidence = _notes(group)
    if entity_id in group.members:
        text = f"Yes: {name} is one of the members of {group.name} the article lists."
    elif entity_id in group.planned_members:
        text = f"Not yet: {name} plans to join {group.name}."
    else:
        names = _listed([name_of(kb, member) for member in group.members])
        text = f"No: the article lists the members of {group.name} as {names}, and {name} is not among them."
    return Reply(Status.ANSWERED, " ".join(filter(None, [text, notes])), group.evidence + note_evidence)
