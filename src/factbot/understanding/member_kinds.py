"""A group named beside the kind its members are asks about its members: "which states are in the seven states?",
"how many states make up the group?".

The kind is the lexicon-free part: the curator gives each entity a `kind`, and a question naming
the kind every member of a group is, outside the group's own name, asks which of that kind are in it
(or how many), as "who is in" does. Words inside a name ("the seven *states*") name the group, not a kind.
"""

from __future__ import annotations

from factbot.knowledge.index import KnowledgeBase
from factbot.understanding.analysis import Analysis, SpanKind
from factbot.understanding.implied_sets import kinds_named
from factbot.understanding.wh_heads import head_names

MEMBER_OPERATIONS = frozenset({"members", "count_members"})


def members_kind(analysis: Analysis, kb: KnowledgeBase, group: str) -> frozenset[int]:
    """The words naming the kind every member of the group is ("all the disaster types"), outside any name."""
    names = frozenset(index for span in analysis.of(SpanKind.ENTITY) for index in span.indexes)
    kinds, indexes = kinds_named(analysis, kb, names)
    members = {kb.entities[member].kind for member in kb.entities[group].members}
    return indexes if kinds and members and members <= kinds else frozenset()


def implied_member_operation(analysis: Analysis, kb: KnowledgeBase, entities: tuple[str, ...]) -> str | None:
    """ "Which states are in G?" (members), "how many states are in G?" (count_members): one group named, and the
    kind of its members named apart from it; None otherwise."""
    groups = [entity for entity in dict.fromkeys(entities) if kb.entities[entity].members]
    if len(groups) != 1 or not members_kind(analysis, kb, groups[0]):
        return None
    return "count_members" if analysis.asks_amount else "members"


def member_kind_words(operation: str, names: tuple[str, ...], analysis: Analysis, kb: KnowledgeBase) -> frozenset[int]:
    """The kind words a reading of a group's members explains."""
    if operation not in MEMBER_OPERATIONS or len(names) != 1 or not kb.entities[names[0]].members:
        return frozenset()
    return members_kind(analysis, kb, names[0])


def asks_for_a_group(analysis: Analysis, kb: KnowledgeBase, group: str) -> bool:
    """ "Which alliance sold the most?" asks for an alliance, not for one of this alliance's members: the group's
    name right after "which" or "what" is the head of what is asked, unless a word for its members ("which alliance
    member") or their kind ("which Acme group shop") follows."""
    if not any(group in span.targets for span in head_names(analysis)):
        return False
    members_said = any("members" in span.targets for span in analysis.of(SpanKind.CUE))
    return not members_said and not members_kind(analysis, kb, group)
