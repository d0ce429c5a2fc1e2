"""Phrases of the lexicon indexed by one of their words, so a question's word finds the few that may match.

A reader that asks whether one of a dozen phrases ends just before a name (`exclusions.after`) compared each in
turn, for every name of every question. Indexed once per phrase table by the word it must match, it compares only
the phrases that hold that word where it must be.
"""

from __future__ import annotations

from typing import TypeVar

T = TypeVar("T", bound=tuple[object, ...])

MAX_TABLES = 64
_INDEXES: dict[tuple[int, int, int], tuple[tuple[object, ...], dict[str, tuple[object, ...]]]] = {}
"""Each table's index by (its id, part, place), with the table itself, held so that its id is not reused."""


def by_word(table: tuple[T, ...], place: int, part: int | None = None) -> dict[str, tuple[T, ...]]:
    """The entries of `table` by their word at `place` (of their `part`, when each entry is a tuple of phrases),
    each word's entries in table order; an entry with no such word (an empty phrase) is in none."""
    key = (id(table), -1 if part is None else part, place)
    known = _INDEXES.get(key)
    if known is None or known[0] is not table:
        if len(_INDEXES) >= MAX_TABLES:
            _INDEXES.clear()  # bounded: a table made afresh per call (a filtered one) cannot grow it without end
        index: dict[str, list[T]] = {}
        for entry in table:
            phrase = entry if part is None else entry[part]
            if isinstance(phrase, tuple) and phrase and -len(phrase) <= place < len(phrase):
                index.setdefault(str(phrase[place]), []).append(entry)
        known = _INDEXES[key] = (table, {word: tuple(entries) for word, entries in index.items()})
    return known[1]  # type: ignore[return-value]
