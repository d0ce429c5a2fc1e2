"""Everything the knowledge says about one entity ("Tell me about Mazda").

Browsing rather than computing: the entity's stated figures, its groups, the
statements about it and the caveats it carries, each with the sentences that
state it. The TUI's "what is known about" command and the `about` intent both
read it, so the wording is the engine's own.
"""

from __future__ import annotations

from dataclasses import dataclass

from factbot.answering.answers import Reply, capitalised, describe
from factbot.answering.groups import members
from factbot.knowledge.index import KnowledgeBase
from factbot.knowledge.model import Evidence
from factbot.results import Status

MAX_ITEMS = 12


@dataclass(frozen=True)
class KnownItem:
    """One thing the knowledge states about an entity, and the evidence for it."""

    text: str
    evidence: tuple[Evidence, ...]


def known_about(kb: KnowledgeBase, entity_id: str) -> tuple[KnownItem, ...]:
    """Figures, then groups, then statements and notes about `entity_id`."""
    entity = kb.entities[entity_id]
    items = [
        KnownItem(describe(kb, fact), (fact.evidence, *fact.context)) for fact in kb.facts_by_subject.get(entity_id, ())
    ]
    if entity.is_group:
        reply = members(kb, entity)
        items.append(KnownItem(reply.text, reply.evidence))
    for group_id in kb.groups_of.get(entity_id, ()):
        group = kb.entities[group_id]
        verb = "is a member of" if entity_id in group.members else "plans to join"
        items.append(KnownItem(f"{entity.name} {verb} {group.name}.", group.evidence))
    for index in kb.statements_about.get(entity_id, ()):
        statement = kb.knowledge.statements[index]
        items.append(KnownItem(statement.answer, statement.evidence))
    if not entity.is_group:
        items.extend(KnownItem(f"Note: {note.text}", note.evidence) for note in entity.notes)
    if not items and entity.evidence:
        items.append(KnownItem(f"The sources mention {entity.name}.", entity.evidence))
    return tuple(items)


def profile(kb: KnowledgeBase, entity_id: str) -> Reply:
    """The `about` answer: the first items of `known_about`, with all their evidence."""
    items = known_about(kb, entity_id)[:MAX_ITEMS]
    name = kb.entities[entity_id].name
    if not items:
        return Reply(Status.UNKNOWN, f"The sources name {name} but state nothing about it.")
    text = f"What the sources say about {name}: " + " ".join(capitalised(item.text) for item in items)
    return Reply(Status.ANSWERED, text, tuple(evidence for item in items for evidence in item.evidence))
