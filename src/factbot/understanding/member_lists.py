"""A group named by its members: "the Honda/Nissan/Mitsubishi alliance", "the Honda, Nissan and Mitsubishi
alliance". Names listed right before a group that holds them all say which group is meant; they are not subjects
of their own, so "how many more did X sell than the A/B/C alliance" compares two sides, not five. Only a list of
all the group's members names it, and only one joined to the group's name with no article between ("X, Y and the
Z group" lists Z beside X and Y): a list of some of them, or before "the", names subjects of their own.
"""

from __future__ import annotations

from factbot.knowledge.index import KnowledgeBase
from factbot.understanding.analysis import Analysis, Span

MIN_LISTED = 2
"""One name before a group ("the Honda alliance") may be the group's own name, read as an alias already."""
ARTICLES = frozenset({"the", "a", "an"})
"""Words that open a new noun phrase: a group name said after one is a name of its own, not the list's head."""


def members_naming_group(
    analysis: Analysis, kb: KnowledgeBase, entities: list[tuple[Span, str]]
) -> list[tuple[Span, str]]:
    """The entities with each run of all a group's members (two or more) listed just before it read as that group."""
    renamed = list(entities)
    for place, (span, group) in enumerate(entities):
        members = set(kb.entities[group].members)
        if not members:
            continue
        if analysis.words[span.first].text in ARTICLES:
            continue
        run = _listed_before(analysis, kb, entities[:place], span)
        if len(run) >= MIN_LISTED and {entities[at][1] for at in run} == members:
            for at in run:
                renamed[at] = (entities[at][0], group)
    return renamed


def _listed_before(analysis: Analysis, kb: KnowledgeBase, before: list[tuple[Span, str]], span: Span) -> list[int]:
    """The places of the names listed right before `span`, each next to the following with only list words or
    nothing between ("Honda, Nissan and Mitsubishi", "Honda/Nissan/Mitsubishi")."""
    run: list[int] = []
    start = span.first
    for at in range(len(before) - 1, -1, -1):
        previous = before[at][0]
        between = {word.text for word in analysis.words[previous.last : start]}
        if previous.last > start or not between <= kb.list_words:
            break
        run.append(at)
        start = previous.first
    return run
