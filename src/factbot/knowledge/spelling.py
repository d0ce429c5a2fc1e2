"""Typo correction against the knowledge's own vocabulary.

Scanning every known word with a fuzzy scorer would make each question cost more
as the knowledge grows. Instead we index every word by its one-letter deletions
(the "symmetric delete" idea behind SymSpell): a typo and its intended word share
a deletion whenever they are one insertion, deletion, substitution or swap apart,
so candidates come from a dictionary lookup and rapidfuzz only confirms them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from rapidfuzz.distance import OSA

_SHORTEST_CORRECTED = 3
_SHORT_WORD = 4
_LONG_WORD = 8


@dataclass(frozen=True)
class Correction:
    typed: str
    meant: str


class SpellingIndex:
    """Finds the known word a typed word most likely meant, or None."""

    def __init__(
        self,
        vocabulary: Iterable[str],
        preferred: Iterable[str] = (),
        deletions: Callable[[], dict[str, tuple[str, ...]]] | None = None,
    ) -> None:
        """`deletions` gives the `deletions` table of an index of the same vocabulary (from a cache), when
        first needed; without it the table is built."""
        self.vocabulary = frozenset(vocabulary)
        self._preferred = frozenset(preferred)
        self._deletions = deletions
        self._by_deletion: dict[str, tuple[str, ...]] | None = (
            None if deletions is not None else _deletions(self.vocabulary)
        )

    @property
    def deletions(self) -> dict[str, tuple[str, ...]]:
        """Every one-letter deletion of a known word, and the words it comes from."""
        if self._by_deletion is None:
            assert self._deletions is not None
            self._by_deletion = self._deletions()
        return self._by_deletion

    def __contains__(self, word: str) -> bool:
        return word in self.vocabulary

    def correct(self, word: str, allowed: frozenset[str] | None = None) -> Correction | None:
        """The closest known word within the edit budget for its length, if any.

        `allowed` narrows the targets (a capitalised unknown word may only be a
        misspelt name, never a misspelt "for"). Ties go to preferred words, then
        alphabetical order, so the result never depends on load order.
        """
        if word in self.vocabulary or len(word) < _SHORTEST_CORRECTED or not word.isalpha():
            return None
        budget = 1 if len(word) < _LONG_WORD else 2  # "export" is two edits from "report"
        candidates: set[str] = set()
        for variant in _variants(word):
            candidates.update(self.deletions.get(variant, ()))
        scored = []
        for candidate in candidates:
            if allowed is not None and candidate not in allowed:
                continue
            if len(word) <= _SHORT_WORD and not _plausible_short_typo(word, candidate):
                continue
            if word[0] != candidate[0] and word[1::-1] != candidate[:2]:
                continue  # another first letter is another word ("homes", "comes"), unless two letters swapped
            distance = OSA.distance(word, candidate, score_cutoff=budget)
            if distance <= budget:
                scored.append((distance, candidate not in self._preferred, candidate))
        if not scored:
            return None
        _, _, meant = min(scored)
        return Correction(word, meant)


def _deletions(vocabulary: frozenset[str]) -> dict[str, tuple[str, ...]]:
    deletions: dict[str, set[str]] = defaultdict(set)
    for word in vocabulary:
        if len(word) < _SHORTEST_CORRECTED or word.isdigit():
            continue
        for variant in _variants(word):
            deletions[variant].add(word)
    return {key: tuple(sorted(words)) for key, words in deletions.items()}


def _plausible_short_typo(word: str, candidate: str) -> bool:
    """Short words are only corrected for a swap ("hwo") or a dropped letter ("whch").

    A changed letter in a short word is as likely another word as a typo ("bold" is
    not "sold"), so it is never corrected.
    """
    if len(word) == len(candidate):
        return sorted(word) == sorted(candidate)
    if len(candidate) == len(word) + 1:
        letters = iter(candidate)
        return all(letter in letters for letter in word)
    return False


def _variants(word: str) -> set[str]:
    """The word itself and every form with one letter deleted."""
    variants = {word}
    for index in range(len(word)):
        variants.add(word[:index] + word[index + 1 :])
    return variants
