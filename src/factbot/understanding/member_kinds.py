"""A group named beside the kind its members are asks about its members: "which states are in the seven states?",
"how many states make up the group?".

The kind is the lexicon-free part: the curator gives each entity a `kind`, and a question naming
the kind every member of a group is, outside the group's own name, asks which of that kind are in it
(or how many), as "who is in" does. Words inside a name ("the seven *states*") name the group, not a kind, unless
the name is that of what is asked ("which" or "how many" right before it) and the group holds every member of the
other group named: "which Ardian shops are in the Main Street group?" asks for Main Street's members.
"""

from __future__ import annotations

from factbot.knowledge.index import KnowledgeBase
from factbot.understanding.analysis import Analysis, Span, SpanKind
from factbot.understanding.implied_sets import kinds_named
from factbot.understanding.question_words import count_opener_ends
from factbot.understanding.wh_heads import head_names, names_at

MEMBER_OPERATIONS = frozenset({"members", "count_members"})


def members_kind(analysis: Analysis, kb: KnowledgeBase, group: str) -> frozenset[int]:
    """The words naming the kind every member of the group is ("all the disaster types"), outside any name."""
    names = frozenset(index for span in analysis.of(SpanKind.ENTITY) for index in span.indexes)
    kinds, indexes = kinds_named(analysis, kb, names)
    members = {kb.entities[member].kind for member in kb.entities[group].members}
    return indexes if kinds and members and members <= kinds else frozenset()


def implied_member_operation(analysis: Analysis, kb: KnowledgeBase, entities: tuple[str, ...]) -> str | None:
    """ "Which states are in G?" (members), "how many states are in G?" (count_members): one group named, and the
    kind of its members named apart from it (or by a larger group asked for); None otherwise."""
    asked = kind_group_asked(analysis, kb, entities)
    groups = [entity for entity in dict.fromkeys(entities) if kb.entities[entity].members]
    if asked is not None:
        groups = [asked[0]]
    elif len(groups) != 1 or not members_kind(analysis, kb, groups[0]):
        return None
    return "count_members" if analysis.asks_amount else "members"


def kind_group_asked(
    analysis: Analysis, kb: KnowledgeBase, entities: tuple[str, ...]
) -> tuple[str, frozenset[int]] | None:
    """The group whose members are asked for, and the words of the larger group holding them all that the
    question names as what it asks for ("which *Ardian shops* are in the Main Street group?"); None otherwise."""
    named = tuple(dict.fromkeys(entities))
    if len(named) != 2 or not all(kb.entities[entity].members for entity in named):
        return None
    for span in (*head_names(analysis), *_counted_names(analysis, kb)):
        for kind in span.targets:
            other = next((entity for entity in named if entity != kind), None)
            if (
                kind in named
                and other is not None
                and set(kb.entities[other].members) <= set(kb.entities[kind].members)
            ):
                return other, span.indexes
    return None


def _counted_names(analysis: Analysis, kb: KnowledgeBase) -> tuple[Span, ...]:
    """The entity spans right after an opener asking a count ("how many Ardian shops")."""
    return names_at(analysis, set(count_opener_ends(analysis.texts, kb)))


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
