"""Ages written like dates: "aged 18-19" is no split year, "in their 20s" no decade.

A date form written with two-digit years ("18-19", "20s") right after an age word of the
lexicon's calendar ("aged", "their", "early", "mid-") is an age. Years written in full
("2015-16", "the 1990s") are always dates. The question reader and the draft both ask here,
so the two read a text's ages alike.
"""

from __future__ import annotations

import re

from factbot.knowledge.model import Lexicon

_FULL_YEAR = re.compile(r"\d{4}")
_WORD_BEFORE = re.compile(r"([^\W\d_]+)[\s(-]*$")
_LIST_JOIN = re.compile(r"\s*(?:,|,?\s*and|,?\s*or|to|-|–)\s*")


def age_words(lexicon: Lexicon) -> frozenset[str]:
    """The words after which a two-digit date form is an age ("aged", "their", "mid")."""
    return frozenset(word.casefold() for word in lexicon.calendar_words.get("age_words", ()))


def after_age_word(text: str, start: int, lexicon: Lexicon) -> bool:
    """Whether the word right before `start` (past spaces, a hyphen or a bracket) is an age word."""
    before = _WORD_BEFORE.search(text[:start])
    return before is not None and before.group(1).casefold() in age_words(lexicon)


def is_age(text: str, start: int, written: str, lexicon: Lexicon, after_age: int | None = None) -> bool:
    """Whether the date form `written`, at `start` of `text`, is an age: two-digit years after an age word, or
    listed after an age ending at `after_age` ("in their 30s and 40s")."""
    if _FULL_YEAR.search(written):
        return False
    listed = after_age is not None and _LIST_JOIN.fullmatch(text[after_age:start]) is not None
    return listed or after_age_word(text, start, lexicon)
