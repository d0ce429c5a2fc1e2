"""Shorthand of general English read before the figure reader sees the question.

Two kinds, both written around a number, so the number reader would otherwise take them for figures asked:

- A multiplication sign after a number ("10x as many", "3× the rate") says "times": the factor of a multiple
  (`multiples`), not a figure of the question. The lexicon lists the signs (`multiplication_signs`).
- A request about precision ("to 3 significant figures", "(2 dp)", "rounded to 1 decimal place") says how an
  answer should be written, not what is asked: answers already show ratios to three significant figures, so
  the request is dropped. The lexicon lists its phrases (`precision_phrases`, "#" standing for the count) and
  the words that may open it (`precision_openers`: "to", "rounded to").
"""

from __future__ import annotations

import re
from functools import lru_cache

from factbot.knowledge.index import KnowledgeBase

COUNT = "#"
"""Where a precision phrase holds its count ("# significant figures")."""
TIMES = "times"
DIGIT = re.compile(r"\d")
"""A digit, as the sign pattern's number reads one: a text without any holds no sign to read."""


def read_shorthand(text: str, kb: KnowledgeBase) -> str:
    """The text with each multiplication sign after a number spelt "times" and each precision request dropped."""
    signs, requests = _patterns(kb)
    if signs is not None and DIGIT.search(text) is not None:  # a sign is read only after a number
        text = signs.sub(lambda match: f"{match.group(1)} {TIMES}", text)
    said = _phrase_words(kb)
    if requests is not None and (said is None or not text.isascii() or said.search(text.lower()) is not None):
        text = requests.sub(" ", text)
    return text


@lru_cache(maxsize=16)
def _phrase_words(kb: KnowledgeBase) -> re.Pattern[str] | None:
    """The words of some precision phrase, as the request pattern writes them, in lower case: a request holds them,
    so an ASCII text whose lower case lacks them holds none, and the request pattern (its openers and counts tried
    at every character, hundreds of microseconds on a long question) need not be run. A run that closes its phrase
    is followed, as in the request, by no letter or digit: "s f" is in "sales fell", "s f" closing a phrase is not.
    None when a phrase is all count or has a word outside lower-case ASCII (then the request pattern is always
    run)."""
    phrases = kb.lexicon.precision_phrases
    runs = [_words_run(phrase) for phrase in phrases]
    if not runs or not all(runs) or not all(phrase.isascii() and phrase == phrase.lower() for phrase in phrases):
        return None
    return re.compile("|".join(sorted(runs, key=len, reverse=True)))


def _words_run(phrase: str) -> str:
    """The first run of a phrase's own words (no count in it), written as `_phrase` writes them; when the run
    closes the phrase, with what the request pattern asks after a phrase (`PHRASE_END`)."""
    run: list[str] = []
    closes = True
    for word in phrase.split():
        if word == COUNT:
            if run:
                closes = False
                break
            continue
        run.append(re.escape(word))
    written = (r"[\s.]*" if COUNT in phrase.split() else r"[\s.]+").join(run)
    return written + PHRASE_END if run and closes else written


PHRASE_END = r"\.?(?!\w)"
"""What follows a precision phrase in the request pattern: a dot at most, then no letter or digit."""


@lru_cache(maxsize=16)
def _patterns(kb: KnowledgeBase) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """The two patterns, made once per knowledge base from its lexicon (None where the lexicon lists nothing)."""
    lexicon = kb.lexicon
    signs = "|".join(re.escape(sign) for sign in sorted(lexicon.multiplication_signs, key=len, reverse=True))
    sign_pattern = (
        re.compile(rf"(?<![\w.,])(\d+(?:\.\d+)?)\s?(?:{signs})(?!\w)(?![.,]?\s*\d)", re.IGNORECASE) if signs else None
    )
    numbers = [re.escape(word) for word in lexicon.numerals.number_words if word.isalpha()]
    count = "|".join([r"\d+", *sorted(numbers, key=len, reverse=True)])
    phrases = sorted((_phrase(phrase, count) for phrase in lexicon.precision_phrases), key=len, reverse=True)
    openers = sorted((_phrase(opener, count) for opener in lexicon.precision_openers), key=len, reverse=True)
    if not phrases:
        return sign_pattern, None
    opening = rf"(?:(?:{'|'.join(openers)})\s+)?" if openers else ""
    request = rf"[,(\[]?\s*(?<!\w){opening}(?:{'|'.join(phrases)}){PHRASE_END}\s*[)\]]?"
    return sign_pattern, re.compile(request, re.IGNORECASE)


def _phrase(phrase: str, count: str) -> str:
    """A lexicon phrase as a pattern: its count any number, its words apart by spaces or dots ("s.f.")."""
    parts = [f"(?:{count})" if word == COUNT else re.escape(word) for word in phrase.split()]
    return r"[\s.]*".join(parts) if COUNT in phrase.split() else r"[\s.]+".join(parts)
