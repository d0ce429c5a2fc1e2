"""A figure the question claims ("more than 10 million", "at least 150", "as many as 100") against one found.

A bound read as "more than" may be strict ("more than 150": 150 is not enough) or take in its limit ("at least
150", "as many as 150", "no more than 20%"): the lexicon's `inclusive` claim words say which, so a figure equal to
the limit meets an inclusive bound and fails a strict one.
"""

from __future__ import annotations

from decimal import Decimal
from functools import lru_cache

from factbot.knowledge.index import KnowledgeBase
from factbot.knowledge.quantities import Bound, Quantity
from factbot.understanding.reading import Reading


def figures_meet(
    reading: Reading, claimed: list[Quantity], found: tuple[Decimal, ...], kb: KnowledgeBase
) -> bool | None:
    """The figures claimed against those found. Asked of several subjects at once, a bound is met by each figure
    (Yes), by none (No), or by some, which settles nothing ("is it more than 1 million?" of a member's and its
    group's sales). As many figures as subjects, each found once, are said of them in turn ("are X and Y the
    second and third largest?"): each against its own."""
    if reading.operation == "lookup" and len(reading.subjects) == len(claimed) == len(found) > 1:
        return all(admits(value, abs(each), kb) for value, each in zip(claimed, found, strict=True))
    if reading.operation == "lookup" and len(reading.subjects) > 1:
        met = [all(admits(value, abs(each), kb) for value in claimed) for each in found]
        return True if all(met) else False if not any(met) else None
    return all(any(admits(value, abs(each), kb) for each in found) for value in claimed)


def admits(claimed: Quantity, found: Decimal, kb: KnowledgeBase) -> bool:
    """Whether the figure found is the one claimed, within its bound."""
    if found == claimed.value and claimed.bound in (Bound.MORE_THAN, Bound.LESS_THAN):
        return _inclusive(claimed, kb)
    if claimed.bound is Bound.MORE_THAN:
        return found > claimed.value
    if claimed.bound is Bound.LESS_THAN:
        return found < claimed.value
    if claimed.bound is Bound.APPROXIMATE:
        return abs(found - claimed.value) <= claimed.step / 2
    return found == claimed.value


def _inclusive(claimed: Quantity, kb: KnowledgeBase) -> bool:
    """Whether the bound is said with a phrase that takes in its limit ("at least", "as many as", "up to")."""
    text = claimed.text.casefold()
    return any(text.startswith(phrase) for phrase in _inclusive_phrases(kb))


@lru_cache(maxsize=16)
def _inclusive_phrases(kb: KnowledgeBase) -> tuple[str, ...]:
    return tuple(f"{phrase.casefold()} " for phrase in kb.lexicon.claim_words.get("inclusive", ()))
