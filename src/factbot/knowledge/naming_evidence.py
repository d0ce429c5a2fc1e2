"""Of an entity's evidence, the quotes that name another one: a group's members are often given by several
sentences, and a member's membership rests on the one naming it, not on all of them."""

from __future__ import annotations

from factbot.knowledge.index import KnowledgeBase
from factbot.knowledge.model import Entity, Evidence
from factbot.knowledge.phrase_positions import phrase_starts


def evidence_naming(kb: KnowledgeBase, group: Entity, member: Entity) -> tuple[Evidence, ...]:
    """The group's evidence whose quote names `member` (by its name or an alias); all of it when none does,
    since the curator's evidence for the group still holds the member in some way the words do not show."""
    names = {kb.normaliser.words(name) for name in (member.name, *member.aliases)} - {()}
    naming = tuple(
        item for item in group.evidence if any(phrase_starts(kb.normaliser.words(item.quote), name) for name in names)
    )
    return naming or group.evidence
