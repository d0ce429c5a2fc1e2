"""A month named with no year ("in March"): the one period of that month the knowledge holds.

Reports often give the year once, in a headline, and then say "in March"; people ask the same way.
A month is read as a period only when the knowledge holds exactly one period of that month: with
two Marches, a bare "March" names neither, and stays a word the question leaves unexplained.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import lru_cache

from factbot.knowledge.index import KnowledgeBase
from factbot.knowledge.periods import PeriodKind

MODAL_MONTHS = frozenset({"may"})
"""A month name that is also a common word: a period only when written with a capital, and not first."""


def bare_months(
    surfaces: Sequence[str], capitalised: Sequence[bool], taken: set[int], kb: KnowledgeBase
) -> list[tuple[int, str]]:
    """(word index, period id) for each full month name, not already part of a period or figure, that names
    the knowledge's only period of that month."""
    months = kb.lexicon.calendar.months
    held = _months_held(kb)
    found: list[tuple[int, str]] = []
    for index, surface in enumerate(surfaces):
        word = surface.lower()
        if index in taken or (len(word) < 4 and word not in MODAL_MONTHS) or word not in months:
            continue
        if word in MODAL_MONTHS and not (capitalised[index] and index > 0):
            continue
        periods = held.get(months[word], ())
        if len(periods) == 1:
            found.append((index, periods[0]))
    return found


@lru_cache(maxsize=4)
def _months_held(kb: KnowledgeBase) -> Mapping[int, tuple[str, ...]]:
    """Month number -> the knowledge's month periods of that month (any year); read once per knowledge."""
    table: dict[int, tuple[str, ...]] = {}
    for key, periods in kb.periods_by_key.items():
        if key.kind is PeriodKind.MONTH:
            table[key.part] = tuple(dict.fromkeys((*table.get(key.part, ()), *periods)))
    return table
