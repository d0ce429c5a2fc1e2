"""Everything the knowledge says about one entity ("Tell me about Mazda").

Browsing rather than computing: the entity's stated figures, its groups, the
statements about it and the caveats it carries, each with the sentences that
state it. The TUI's "what is known about" command and the `about` intent both
read it, so the wording is the engine's own.
"""

from __future__ import annotations

from dataclasses import dataclass

from factbot.answering.outcome import Outcome
from factbot.answering.phrasing import capitalised, describe, names
from factbot.answering.values import stated
from factbot.knowledge.index import KnowledgeBase
from factbot.knowledge.model import Evidence
from factbot.knowledge.naming_evidence import evidence_naming

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
        KnownItem(describe(kb, stated(fact)), (fact.evidence, *fact.context))
        for fact in kb.facts_by_subject.get(entity_id, ())
    ]
    if entity.description:
        items.insert(0, KnownItem(f"{capitalised(entity.name)} is {entity.description}.", entity.evidence))
    if entity.is_group:
        items.append(KnownItem(f"{capitalised(entity.name)}: {names(kb, entity.members)}.", entity.evidence))
    for group_id in kb.groups_of.get(entity_id, ()):
        group = kb.entities[group_id]
        verb = "is a member of" if entity_id in group.members else "plans to join"
        items.append(KnownItem(f"{entity.name} {verb} {group.name}.", evidence_naming(kb, group, entity)))
    for index in kb.statements_about.get(entity_id, ()):
        statement = kb.knowledge.statements[index]
        items.append(KnownItem(statement.answer, statement.evidence))
    if not entity.is_group:
        items.extend(KnownItem(f"Note: {note.text}", note.evidence) for note in entity.notes)
    if not items and entity.evidence:
        items.append(KnownItem(f"The sources mention {entity.name}.", entity.evidence))
    return tuple(items)


def profile(kb: KnowledgeBase, entity_id: str) -> Outcome | None:
    """The `about` answer: the first items of `known_about`, with all their evidence (None: nothing known)."""
    items = known_about(kb, entity_id)[:MAX_ITEMS]
    if not items:
        return None
    text = f"What the sources say about {kb.entities[entity_id].name}: " + " ".join(capitalised(i.text) for i in items)
    return Outcome(text, tuple(evidence for item in items for evidence in item.evidence), subjects=(entity_id,))
