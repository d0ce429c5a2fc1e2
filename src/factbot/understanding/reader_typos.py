"""Typos in the words the figure and date readers read ("sceond", "Febuary"), mended before they read them.

Other typos are mended word by word once the question is split into words (`analysis._corrected`); by then
the number reader and the period reader have read the raw text, so a misspelt ordinal or month would be lost
("the sceond most" read as "the most"). Only a word unknown to the knowledge and the lexicon whose nearest
spelling is a number word or a month is mended here, in the text itself.
"""

from __future__ import annotations

import re
from functools import lru_cache

from factbot.knowledge.index import KnowledgeBase

_WORD = re.compile(r"[^\W\d_]{4,}")
"""Words long enough to correct with confidence ("sceond"); three letters are too often another word."""


@lru_cache(maxsize=8)
def _reader_words(kb: KnowledgeBase) -> frozenset[str]:
    """The words the number and period readers know: number words, ordinals and months."""
    lexicon = kb.lexicon
    return frozenset(word.casefold() for word in (*lexicon.number_words, *lexicon.months))


def mend_reader_typos(text: str, kb: KnowledgeBase) -> tuple[str, list[tuple[str, str]]]:
    """The text with each misspelt number word or month spelt as meant, and the (typed, meant) pairs."""
    reader_words = _reader_words(kb)
    spelling = kb.surface_spelling
    known = spelling.vocabulary
    if all(word.casefold() in known for word in _WORD.findall(text)):
        return text, []  # every word known, so each stays as typed: no call back per word
    corrections: list[tuple[str, str]] = []

    def spelt_as_meant(match: re.Match[str]) -> str:
        """The word, or the number word or month it misspells."""
        typed = match.group()
        folded = typed.casefold()
        if folded in known:
            return typed
        correction = spelling.correct(folded)
        if correction is None or correction.meant not in reader_words:
            return typed
        if kb.normaliser.words(folded) == kb.normaliser.words(correction.meant):
            return typed  # another form of the word ("thirds"), no typo
        corrections.append((typed, correction.meant))
        return correction.meant.capitalize() if typed[:1].isupper() else correction.meant

    return _WORD.sub(spelt_as_meant, text), corrections
