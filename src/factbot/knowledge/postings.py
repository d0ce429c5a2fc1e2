"""Statement postings as sets, made when a question first needs them and kept for the next.

The index stores each word's statements as a sorted tuple: compact, cached as it is, and
enough to test one statement (a binary search). A question that weighs a common word
against many statements needs the whole posting as a set instead; building it costs as
much as the posting is long, so the longest ones are kept (a few hundred, the most
recently used), and a question that asks for them again pays nothing.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import OrderedDict, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import chain, compress

from factbot.knowledge.model import Statement

KEPT_SETS = 256
"""How many postings stay built as sets (each at most a few hundred kilobytes at 100,000 facts)."""
SHORT = 64
"""A posting this short is cheaper to rebuild than to keep."""


def posting_has(posting: Sequence[int], number: int) -> bool:
    """Whether a sorted posting holds `number` (a binary search: no set built)."""
    position = bisect_left(posting, number)
    return position < len(posting) and posting[position] == number


@dataclass(frozen=True)
class StatementTables:
    """What the statement search asks of a statement besides its words, as postings: kept in the compiled
    cache, since making them means decoding every statement."""

    by_year: dict[int, tuple[int, ...]]
    """Dated statements by the year of their date: a question's year is theirs when it is that year."""
    at: dict[str, tuple[int, ...]]
    """Statements by their place: a place the question names is theirs."""
    by_kind: dict[str, tuple[int, ...]]
    with_people: tuple[int, ...]
    """Statements by kind, and those naming people: whether one is of the kind a question asks for."""
    ranks: tuple[int, ...]
    """Each statement's position in the order of statement ids: equally good statements go by id."""


def statement_tables(statements: Sequence[Statement]) -> StatementTables:
    by_year: dict[int, list[int]] = defaultdict(list)
    at: dict[str, list[int]] = defaultdict(list)
    by_kind: dict[str, list[int]] = defaultdict(list)
    with_people: list[int] = []
    for number, statement in enumerate(statements):
        if statement.when is not None:
            by_year[statement.when.year].append(number)
        if statement.place is not None:
            at[statement.place].append(number)
        by_kind[statement.kind].append(number)
        if statement.people:
            with_people.append(number)
    ranks = [0] * len(statements)
    for rank, number in enumerate(sorted(range(len(statements)), key=lambda number: statements[number].id)):
        ranks[number] = rank
    return StatementTables(
        by_year={year: tuple(numbers) for year, numbers in by_year.items()},
        at={place: tuple(numbers) for place, numbers in at.items()},
        by_kind={kind: tuple(numbers) for kind, numbers in by_kind.items()},
        with_people=tuple(with_people),
        ranks=tuple(ranks),
    )


class StatementSets:
    """Sets of statement numbers built from the index on first use: postings, the dated, those with figures."""

    def __init__(
        self, by_word: Mapping[str, tuple[int, ...]], tables: StatementTables, has_figure: Sequence[bool]
    ) -> None:
        self._by_word = by_word
        self._by_year = tables.by_year
        self._by_kind = tables.by_kind
        self._with_people = tables.with_people
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
