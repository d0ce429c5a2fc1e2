"""An ordinal claimed of what a statement tells ("was 2016 the first year it fell?") against the ordinal the
statement's sentence says ("the third consecutive year"): another place is a No, whatever else agrees."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from factbot.knowledge.index import KnowledgeBase

_ORDINAL_ENDINGS = ("st", "nd", "rd", "th")
_DIGIT_ORDINAL = re.compile(r"^(\d+)(?:st|nd|rd|th)$")
_TOKEN = re.compile(r"[^\W_]+")


def other_place_said(question: str, quotes: Iterable[str], kb: KnowledgeBase) -> bool:
    """Whether the question claims a place (an ordinal) and the quotes say places, none of them the one claimed."""
    asked = _places(question, kb)
    if not asked:
        return False
    said = set().union(*(_places(quote, kb) for quote in quotes))
    return bool(said) and said.isdisjoint(asked)


def _places(text: str, kb: KnowledgeBase) -> set[str]:
    ordinals = _ordinal_words(kb)
    found = set()
    for token in _TOKEN.findall(text.lower()):
        digits = _DIGIT_ORDINAL.match(token)
        if digits:
            found.add(digits.group(1))
        elif token in ordinals:
            found.add(ordinals[token])
    return found


@lru_cache(maxsize=16)
def _ordinal_words(kb: KnowledgeBase) -> dict[str, str]:
    """The lexicon's number words that are ordinals ("first", "third"), with their numbers."""
    return {word: value for word, value in kb.lexicon.number_words.items() if word.endswith(_ORDINAL_ENDINGS)}
