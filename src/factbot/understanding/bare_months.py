"""A month named with no year ("in March"): the one period of that month the knowledge holds.

Reports often give the year once, in a headline, and then say "in March"; people ask the same way.
A month is read as that period only when the knowledge holds exactly one period of that month: with
two Marches, a bare "March" names a period the knowledge cannot pick, so it is read as a period none of
the figures is of (never skipped: the answer for another month would be wrong).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import lru_cache

from factbot.knowledge.index import KnowledgeBase
from factbot.knowledge.period_keys import PeriodKind

MODAL_MONTHS = frozenset({"may"})
"""A month name that is also a common word: a period only when written with a capital, and not first."""


def bare_months(
    surfaces: Sequence[str], capitalised: Sequence[bool], taken: set[int], kb: KnowledgeBase
) -> list[tuple[int, tuple[str, ...]]]:
    """(word index, period ids) for each full month name, not already part of a period or figure, that names
    a period of the knowledge: one id for its only period of that month, none when it holds several."""
    months = kb.lexicon.calendar.months
    held = _months_held(kb)
    found: list[tuple[int, tuple[str, ...]]] = []
    for index, surface in enumerate(surfaces):
        word = surface.lower()
        if index in taken or (len(word) < 4 and word not in MODAL_MONTHS) or word not in months:
            continue
        if word in MODAL_MONTHS and not (capitalised[index] and index > 0):
            continue
        periods = held.get(months[word], ())
        if periods:
            found.append((index, periods if len(periods) == 1 else ()))
    return found


@lru_cache(maxsize=4)
def _months_held(kb: KnowledgeBase) -> Mapping[int, tuple[str, ...]]:
    """Month number -> the knowledge's month periods of that month (any year); read once per knowledge."""
    table: dict[int, tuple[str, ...]] = {}
    for key, periods in kb.periods_by_key.items():
        if key.kind is PeriodKind.MONTH:
            table[key.part] = tuple(dict.fromkeys((*table.get(key.part, ()), *periods)))
    return table
