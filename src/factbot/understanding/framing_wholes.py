"""The whole a question names beside one of its parts only frames the part.

"How many hours did the employed work on weekdays?": the employed are the whole the document is
about and weekdays a part with figures of its own. Named side by side, with no list word or
"than" between them, the whole says whose part it is; the figure asked is the part's. Two
names set apart by "and" or "than" are two subjects ("the country and its largest state").
"""

from __future__ import annotations

from itertools import pairwise

from factbot.knowledge.collectives import proven_wholes
from factbot.knowledge.index import KnowledgeBase
from factbot.understanding.analysis import Analysis
from factbot.understanding.analysis_types import Span

SHARE = "share"
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
    """The names, less a whole named next to a part of it that has figures of the measure. A share keeps both:
    the whole is what the part is a share of."""
    if len(names) < 2 or operation == SHARE:
        return names
    wholes = proven_wholes(kb)
    ordered = sorted((item for item in named if item[1] in names), key=lambda item: item[0].first)
    framing: set[str] = set()
    for (span, entity), (after, other) in pairwise(ordered):
        between = {word.text for word in analysis.words[span.last : after.first]}
        if between & (kb.list_words | APART):
            continue
        for whole, part in ((entity, other), (other, entity)):
            if whole in wholes and part not in wholes and _has(kb, part, measure):
                framing.add(whole)
    kept = tuple(name for name in names if name not in framing)
    return kept or names


def _has(kb: KnowledgeBase, subject: str, measure: str) -> bool:
    return measure in kb.measures_of_subject.get(subject, frozenset())
