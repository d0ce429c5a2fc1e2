"""The whole a question names beside one of its parts only frames the part; so does a group beside a member.

"How many hours did the employed work on weekdays?": the employed are the whole the document is
about and weekdays a part with figures of its own. Named side by side, with no list word or
"than" between them, the whole says whose part it is; the figure asked is the part's. Two
names set apart by "and" or "than" are two subjects ("the country and its largest state"), and so
are the two sides of an operation that sets one against the other (a comparison, a difference, a
share): "how did the hours of employed persons compare to weekdays?" asks both figures, with no
list word between the names, unless two parts are named as the sides besides the whole. A group named beside
one of its members frames it the same way ("the railroad from A to B", a section of the railroad).
"""

from __future__ import annotations

from itertools import pairwise

from factbot.knowledge.collectives import proven_wholes
from factbot.knowledge.index import KnowledgeBase
from factbot.understanding.analysis import Analysis
from factbot.understanding.analysis_types import Span
from factbot.understanding.operations import BY_NAME, Subjects

APART = frozenset({"than"})
"""Besides the lexicon's list words, a word that sets two names against each other."""


def without_framing_whole(
    named: list[tuple[Span, str]],
    names: tuple[str, ...],
    measure: str,
    operation: str,
    analysis: Analysis,
    kb: KnowledgeBase,
) -> tuple[str, ...]:
    """The names, less a whole named next to a part of it that has figures of the measure. An operation of two
    sides keeps it unless two sides are left without it: a share's whole is what the part is a share of, a
    comparison's the other side ("employed persons compared to weekdays"), but "employed persons on weekdays
    than on weekend days" sets two parts against each other."""
    two_sides = BY_NAME[operation].subjects is Subjects.TWO
    if len(names) < (3 if two_sides else 2):
        return names
    wholes = proven_wholes(kb)
    if wholes.isdisjoint(names) and not any(kb.entities[name].members for name in names):
        return names  # no whole and no group named: nothing frames
    ordered = sorted((item for item in named if item[1] in names), key=lambda item: item[0].first)
    framing: set[str] = set()
    for (span, entity), (after, other) in pairwise(ordered):
        between = {word.text for word in analysis.words[span.last : after.first]}
        if between & (kb.list_words | APART):
            continue
        for whole, part in ((entity, other), (other, entity)):
            holds = (whole in wholes and part not in wholes) or part in kb.entities[whole].members
            if holds and _has(kb, part, measure):
                framing.add(whole)
    kept = tuple(name for name in names if name not in framing)
    return kept if len(kept) >= (2 if two_sides else 1) else names


def _has(kb: KnowledgeBase, subject: str, measure: str) -> bool:
    return measure in kb.measures_of_subject.get(subject, frozenset())
