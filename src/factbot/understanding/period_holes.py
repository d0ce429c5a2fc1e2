"""Measures said around a period: "the percentage of *first-half 2023* capacity additions".

People put the period inside the name of what they ask about, where a measure's alias runs on both sides of
it: "percentage of" before, "capacity additions" after. No phrase takes in a period, so the alias would be
lost and only its tail read ("capacity additions": an amount, not the percentage asked). The alias is found
with the period as a hole in it; the period stays a period, and readings decide which measure explains more.
"""

from __future__ import annotations

from itertools import groupby, product

from factbot.knowledge.index import KnowledgeBase
from factbot.knowledge.phrases import MEASURE, Target

MAX_SIDE = 3
"""The most words of the measure's alias on each side of the period."""
_SIDES = tuple(sorted(product(range(1, MAX_SIDE + 1), repeat=2), key=sum))


def period_runs(special: set[int]) -> list[tuple[int, int]]:
    """The runs of consecutive words of periods, as (first, last) with `last` exclusive."""
    ordered = sorted(special)
    runs = []
    for _, run in groupby(enumerate(ordered), key=lambda pair: pair[1] - pair[0]):
        indexes = [index for _, index in run]
        runs.append((indexes[0], indexes[-1] + 1))
    return runs


def measures_around(
    texts: tuple[str, ...], special: set[int], kb: KnowledgeBase
) -> list[tuple[int, int, tuple[int, int], tuple[Target, ...]]]:
    """Each measure alias said around a run of period words: (first, last, hole, measures), the fewest words of
    an alias first and each measure once."""
    found: list[tuple[int, int, tuple[int, int], tuple[Target, ...]]] = []
    seen: set[Target] = set()
    for hole in period_runs(special):
        for before, after in _SIDES:
            first, last = hole[0] - before, hole[1] + after
            if first < 0 or last > len(texts) or special & {*range(first, hole[0]), *range(hole[1], last)}:
                continue
            if kb.phrase_reach.get(texts[first], 0) < before + after:
                continue  # no alias that long begins with the word before the period
            key = texts[first : hole[0]] + texts[hole[1] : last]
            measures = tuple(t for t in kb.phrases.get(key, ()) if t.kind == MEASURE and t not in seen)
            if measures:
                seen.update(measures)
                found.append((first, last, hole, measures))
    return found
