"""Clipped words: "temp" for "temperature", "max" for "maximum", "precip" for "precipitation".

A question may cut a long word short. A word the knowledge does not know, that begins exactly one of the
words naming its entities and measures (and is a good deal shorter than it), is read as that word. Names
only: a clipping of a word used in passing somewhere in a text says too little to be trusted.
"""

from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache

from factbot.knowledge.index import KnowledgeBase

SHORTEST = 3
""""max", "min", "avg": three letters at least."""
CUT = 2
"""The word named is at least this many letters longer: a typo of one letter is spelling's, not a clipping."""


def clipped(kb: KnowledgeBase, typed: str) -> str | None:
    """The one naming word that `typed` (lower case, letters) is the start of, normalised; None if none or several."""
    if len(typed) < SHORTEST or not typed.isalpha():
        return None
    words = _naming_words(kb)
    start = bisect_left(words, typed)
    found: set[tuple[str, ...]] = set()
    for word in words[start:]:
        if not word.startswith(typed):
            break
        if len(word) >= len(typed) + CUT:
            found.add(kb.normaliser.words(word))
        if len(found) > 1:
            return None
    if len(found) != 1:
        return None
    [normalised] = found
    return normalised[0] if len(normalised) == 1 else None


@lru_cache(maxsize=16)
def _naming_words(kb: KnowledgeBase) -> tuple[str, ...]:
    """Every word of an entity's or measure's name or alias, as written, sorted for prefix look-ups."""
    texts = [text for entity in kb.entities.values() for text in (entity.name, *entity.aliases)]
    texts += [text for measure in kb.measures.values() for text in (measure.name, *measure.aliases)]
    found = {word.casefold() for text in texts for word in text.replace("-", " ").split() if word.isalpha()}
    return tuple(sorted(found))
