"""Statement postings as sets, made when a question first needs them and kept for the next.

The index stores each word's statements as a sorted tuple: compact, cached as it is, and
enough to test one statement (a binary search). A question that weighs a common word
against many statements needs the whole posting as a set instead; building it costs as
much as the posting is long, so the longest ones are kept (a few hundred, the most
recently used), and a question that asks for them again pays nothing.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import OrderedDict
from collections.abc import Mapping, Sequence
from itertools import chain, compress

KEPT_SETS = 256
"""How many postings stay built as sets (each at most a few hundred kilobytes at 100,000 facts)."""
SHORT = 64
"""A posting this short is cheaper to rebuild than to keep."""


def posting_has(posting: Sequence[int], number: int) -> bool:
    """Whether a sorted posting holds `number` (a binary search: no set built)."""
    position = bisect_left(posting, number)
    return position < len(posting) and posting[position] == number


class StatementSets:
    """Sets of statement numbers built from the index on first use: postings, the dated, those with figures."""

    def __init__(
        self,
        by_word: Mapping[str, tuple[int, ...]],
        by_year: Mapping[int, tuple[int, ...]],
        by_kind: Mapping[str, tuple[int, ...]],
        with_people: tuple[int, ...],
        has_figure: Sequence[bool],
    ) -> None:
        self._by_word = by_word
        self._by_year = by_year
        self._by_kind = by_kind
        self._with_people = with_people
        self._has_figure = has_figure
        self._kept: OrderedDict[object, frozenset[int]] = OrderedDict()
        self._dated: frozenset[int] | None = None
        self._with_figures: frozenset[int] | None = None

    def word(self, word: str) -> frozenset[int]:
        """The statements whose words include `word`."""
        return self._set(word, self._by_word.get(word, ()))

    def year(self, year: int) -> frozenset[int]:
        """The statements dated in `year`."""
        return self._set(year, self._by_year.get(year, ()))

    def kind(self, kind: str) -> frozenset[int]:
        """The statements of a kind ("reason", "plan")."""
        return self._set(("kind", kind), self._by_kind.get(kind, ()))

    def with_people(self) -> frozenset[int]:
        """The statements in which people act or speak."""
        return self._set(("people",), self._with_people)

    def dated(self) -> frozenset[int]:
        """Every statement with a date."""
        if self._dated is None:
            self._dated = frozenset(chain.from_iterable(self._by_year.values()))
        return self._dated

    def with_figures(self) -> frozenset[int]:
        """Every statement whose quotes state a figure ("how much" is answered only by one of these)."""
        if self._with_figures is None:
            self._with_figures = frozenset(compress(range(len(self._has_figure)), self._has_figure))
        return self._with_figures

    def _set(self, key: object, posting: tuple[int, ...]) -> frozenset[int]:
        if len(posting) <= SHORT:
            return frozenset(posting)
        kept = self._kept.get(key)
        if kept is None:
            kept = self._kept[key] = frozenset(posting)
            if len(self._kept) > KEPT_SETS:
                self._kept.popitem(last=False)
        else:
            self._kept.move_to_end(key)
        return kept
