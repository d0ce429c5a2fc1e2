"""A measure's own comparative (`higher_word: faster`) asks what "higher" asks: "did X grow faster than Y?"
compares, "which grew fastest?" asks the highest.

The curator names the word answers use; questions use it too. Read as "higher" (and its superlative as
"highest"), it is a cue like any other, for every measure: a word that says more or most of one measure says
more or most wherever it stands.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from factbot.knowledge.model import Lexicon, Measure

PLAIN = frozenset({"higher", "more", "larger", "bigger", "greater"})
"""Comparatives the built-in lexicon already reads as asking for more."""


def with_comparatives(lexicon: Lexicon, measures: Iterable[Measure]) -> Lexicon:
    """The lexicon with each measure's one-word comparative read as "higher", its superlative as "highest"."""
    added: dict[str, str] = {}
    for measure in measures:
        word = measure.higher_word.casefold()
        if " " in word or word in PLAIN or not word.endswith("er"):
            continue
        for form, meaning in ((word, "higher"), (_superlative(word), "highest")):
            if form not in lexicon.abbreviations:
                added[form] = meaning
    if not added:
        return lexicon
    return replace(lexicon, abbreviations={**lexicon.abbreviations, **added})


def _superlative(comparative: str) -> str:
    """ "faster" → "fastest", "steeper" → "steepest", "wetter" → "wettest"."""
    return comparative[: -len("er")] + "est"
