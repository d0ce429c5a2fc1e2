"""Names with another name inside them: "the December corn contract", "the cash corn price".

People put the subject inside a two-word name: the alias "December contract" is said
"December *corn* contract", and "cash price" is said "cash *corn* price" (where "cash corn"
may be a name of corn too). When the words just around a name (one or two on each side)
make an alias of something else, that alias is found too, with the name as a hole in it,
and the name on its own: readings then decide which segmentation explains the question.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import product

from factbot.knowledge.index import KnowledgeBase
from factbot.knowledge.phrases import ENTITY, Target

MAX_SIDE = 2
"""The most words of the outer alias on each side of the name inside it."""


@dataclass(frozen=True)
class Gapped:
    """The outer alias at words `first` to `last` (exclusive) less the hole, and the name in the hole."""

    first: int
    last: int
    hole: tuple[int, int]
    targets: tuple[Target, ...]
    inner: tuple[Target, ...]


def gapped_names(
    texts: tuple[str, ...], blocked: frozenset[int], names: list[tuple[int, int]], kb: KnowledgeBase
) -> list[Gapped]:
    """Every alias around a name found at `names` (word ranges of entity spans) or inside one; the words of the
    outer alias are outside every range but the one the inner name is in, and not `blocked` (periods, figures)."""
    found: list[Gapped] = []
    for start, end in names:
        for first, last in _inner_names(texts, start, end, kb):
            inner = tuple(target for target in kb.phrases[texts[first:last]] if target.kind == ENTITY)
            found += _around(texts, (first, last), (start, end), inner, blocked, names, kb)
    return found


def _inner_names(texts: tuple[str, ...], start: int, end: int, kb: KnowledgeBase) -> list[tuple[int, int]]:
    """The span itself and every shorter run of its words that names an entity ("corn" in "cash corn")."""
    return [
        (first, last)
        for first in range(start, end)
        for last in range(first + 1, end + 1)
        if any(target.kind == ENTITY for target in kb.phrases.get(texts[first:last], ()))
    ]


_SIDES = tuple(sorted(product(range(1, MAX_SIDE + 1), repeat=2), key=sum))
"""How many words an alias takes before and after the name, the fewest first."""


def _around(
    texts: tuple[str, ...],
    hole: tuple[int, int],
    span: tuple[int, int],
    inner: tuple[Target, ...],
    blocked: frozenset[int],
    names: list[tuple[int, int]],
    kb: KnowledgeBase,
) -> list[Gapped]:
    taken = {index for start, end in names if (start, end) != span for index in range(start, end)} | blocked
    found: list[Gapped] = []
    for before, after in _SIDES:
        first, last = hole[0] - before, hole[1] + after
        if first < 0 or last > len(texts) or kb.phrase_reach.get(texts[first], 0) < before + after:
            continue  # no alias that long begins with the word before the name
        if taken & {*range(first, hole[0]), *range(hole[1], last)}:
            continue
        if span[0] <= first and last <= span[1]:
            continue  # inside the name already read whole ("direct oil and gas extraction")
        outer = tuple(
            target
            for target in kb.phrases.get(texts[first : hole[0]] + texts[hole[1] : last], ())
            if target not in inner
        )
        if outer and not any(item.targets == outer for item in found):  # the fewest words ("December ...")
            found.append(Gapped(first, last, hole, outer, inner))
    return found
