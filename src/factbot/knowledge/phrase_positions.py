"""Where a phrase occurs among a text's words, found through each word's positions.

Used by `factbot.understanding.analysis` (which re-exports both functions) and by the denying words of
`factbot.knowledge.denials`: every cue, opener and phrase of the lexicon is looked for in every question,
so each is first told whether its first word is there at all.
"""

from __future__ import annotations

from functools import lru_cache


def present_phrases(texts: tuple[str, ...], phrases: tuple[tuple[str, ...], ...]) -> list[tuple[str, ...]]:
    """The phrases that may occur: those whose first word the question has (an empty one is everywhere).
    One look-up each, where looking for each would hash the question's words each time."""
    positions = _positions(texts)
    return [phrase for phrase in phrases if not phrase or phrase[0] in positions]


def phrase_starts(texts: tuple[str, ...], phrase: tuple[str, ...]) -> list[int]:
    """Where `phrase` occurs in `texts`: only positions holding its first word are compared.

    Comparing a slice at every position, for every cue of the lexicon, cost dozens of
    tuple slices per word of the question.
    """
    if not phrase:
        return list(range(len(texts)))  # as the slice comparison had it: an empty phrase is everywhere
    positions = _positions(texts).get(phrase[0], [])
    return [start for start in positions if texts[start : start + len(phrase)] == phrase]


def _positions(texts: tuple[str, ...]) -> dict[str, list[int]]:
    """Each word's positions, computed once per question: the same words are looked up dozens of times in a row,
    so the last ones are recognised by identity before the cache hashes them (a hash of every word each time)."""
    last = _LAST[0] if _LAST else None  # never emptied once set
    if last is not None and last[0] is texts:
        return last[1]
    found = _cached_positions(texts)
    _LAST[:] = [(texts, found)]
    return found


_LAST: list[tuple[tuple[str, ...], dict[str, list[int]]]] = []
"""The words looked up last and their positions, one pair replaced at once (a reader sees this pair or that)."""


@lru_cache(maxsize=4)
def _cached_positions(texts: tuple[str, ...]) -> dict[str, list[int]]:
    positions: dict[str, list[int]] = {}
    for index, text in enumerate(texts):
        positions.setdefault(text, []).append(index)
    return positions
