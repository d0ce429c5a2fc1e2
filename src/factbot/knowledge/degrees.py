"""Degrees of an adjective that names a measure: "warmest" names the temperature, so "warmer" does too.

A curator may name a measure by a superlative ("warmest", "wettest"): the adjective is the measure, and its
degree is an operation. Its comparative ("warmer", "wetter", made by the same ending) then names the measure
and asks to compare ("was 2016 warmer than 2017?"), "how much warmer" asks the difference, and the
superlative itself asks for the highest as well as naming the measure ("which year was the warmest?"). A word
is read as a superlative only when the adjective it is of is said somewhere ("how warm"): "harvest" is not one.
"""

from __future__ import annotations

from collections.abc import Iterator

from factbot.knowledge.model import Knowledge
from factbot.knowledge.vocabulary import surface_words

SUPERLATIVE = "est"
COMPARATIVE = "er"
SHORTEST = 6
"""A superlative has a stem of three letters at least ("wettest", "hottest"): "best" or "test" are not read."""
MEASURE, CUE = "measure", "cue"


def degree_phrases(knowledge: Knowledge) -> Iterator[tuple[str, str, str]]:
    """(phrase, kind, target) for each one-word superlative alias of a measure: the superlative asks the highest,
    its comparative names the measure and asks to compare, "how much" and the comparative ask the difference."""
    known: frozenset[str] | None = None
    for measure in sorted(knowledge.measures.values(), key=lambda item: item.id):
        for alias in measure.aliases:
            word = alias.strip()
            if " " in word or len(word) < SHORTEST or not word.casefold().endswith(SUPERLATIVE):
                continue
            if known is None:
                known = frozenset(surface_words(knowledge)) - {item.casefold() for item in knowledge.lexicon.stopwords}
            if not _bases(word.casefold()) & known:
                continue  # "harvest", "interest": no adjective "harv" is said anywhere
            comparative = word[: -len(SUPERLATIVE)] + COMPARATIVE
            yield word, CUE, "extreme_max"
            yield comparative, MEASURE, measure.id
            yield comparative, CUE, "compare"
            yield f"how much {comparative}", CUE, "difference"


def _bases(superlative: str) -> set[str]:
    """The adjectives a superlative may be of: "warm" (warmest), "wet" (wettest), "dry" (driest), "large"."""
    stem = superlative[: -len(SUPERLATIVE)]
    found = {stem, stem + "e"}
    if len(stem) > 2 and stem[-1] == stem[-2]:
        found.add(stem[:-1])
    if stem.endswith("i"):
        found.add(stem[:-1] + "y")
    return {base for base in found if len(base) > 1}
