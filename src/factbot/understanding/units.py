"""Units of measure as numbers of one another: a figure asked in another unit ("in metric tons").

The lexicon says what each unit is in another of its kind ("tonne": "1000 kilograms"); a
source adds its own ("bag": "60 kilograms"). Each unit is followed to the unit at the bottom
of its chain, so two units of one kind meet there, and a figure in one is a figure in the
other times the ratio of their sizes.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from factbot.knowledge.index import KnowledgeBase
from factbot.understanding.analysis import Analysis, phrase_starts

MAX_CHAIN = 4
"""How many units deep a size may be written ("bag" in kilograms, "kilogram" in itself)."""
_SIZE = re.compile(r"^\s*([0-9]+(?:\.[0-9]+)?)\s+(.+?)\s*$")


@lru_cache(maxsize=16)
def unit_table(kb: KnowledgeBase) -> dict[tuple[str, ...], tuple[Decimal, tuple[str, ...]]]:
    """Each unit's words with its size in the unit at the bottom of its chain, and that unit's words."""
    written: dict[tuple[str, ...], tuple[Decimal, tuple[str, ...]]] = {}
    for unit, written_size in kb.lexicon.unit_sizes.items():
        match = _SIZE.match(written_size)
        words = kb.normaliser.words(unit)
        if match is None or not words:
            continue
        try:
            written[words] = (Decimal(match.group(1)), kb.normaliser.words(match.group(2)))
        except InvalidOperation:
            continue
    table: dict[tuple[str, ...], tuple[Decimal, tuple[str, ...]]] = {}
    for words, (size, base) in written.items():
        for _ in range(MAX_CHAIN):
            below = written.get(base)
            if below is None or below[1] == base:
                break
            size, base = size * below[0], below[1]
        table[words] = (size, base)
    return table


def asked_unit(analysis: Analysis, kb: KnowledgeBase, measure: str) -> tuple[tuple[str, ...], frozenset[int]] | None:
    """The unit the question asks the measure's figures in, when it is another unit of the measure's kind: the
    unit's words and where the question says them."""
    others = _other_units(kb, measure)
    if not others:
        return None
    texts = analysis.texts
    for words in others:
        starts = phrase_starts(texts, words)
        if starts:
            return words, frozenset(index for start in starts for index in range(start, start + len(words)))
    return None


@lru_cache(maxsize=1024)
def _other_units(kb: KnowledgeBase, measure: str) -> tuple[tuple[str, ...], ...]:
    """The other units of the measure's kind, longest first: the same for every question, so found once per
    knowledge base and measure."""
    table = unit_table(kb)
    own_words = kb.normaliser.words(kb.measures[measure].unit)
    own = table.get(own_words)
    if own is None:
        return ()
    return tuple(
        words for words in sorted(table, key=len, reverse=True) if words != own_words and table[words][1] == own[1]
    )


def factor(kb: KnowledgeBase, measure: str, unit: tuple[str, ...]) -> Decimal | None:
    """How many of `unit` one of the measure's unit is (a bag of 60 kilograms is 0.06 metric tons)."""
    table = unit_table(kb)
    own, asked = table.get(kb.normaliser.words(kb.measures[measure].unit)), table.get(unit)
    if own is None or asked is None or own[1] != asked[1] or asked[0] == 0:
        return None
    return own[0] / asked[0]


def unit_name(kb: KnowledgeBase, unit: tuple[str, ...]) -> str:
    """The unit as the lexicon spells it, the longest spelling ("metric tons" before "metric ton")."""
    spellings = [text for text in kb.lexicon.unit_sizes if kb.normaliser.words(text) == unit]
    return max(spellings, key=lambda text: (len(text), text)) if spellings else " ".join(unit)
