"""A measure that already is an average: an average cue names its kind and asks for no averaging.

"How old were they on average in 2016?" of a measure called "mean age": the figure is itself a mean, so
"on average" says what kind of figure is asked, not that several figures be averaged. This holds only when
the question names nothing to average over (at most one subject and one period); "the average of the mean
ages in 2015 and 2016" still asks for an average. Which words mark an average is the lexicon's: the one-word
cues of its average intent ("average", "mean").
"""

from __future__ import annotations

from functools import lru_cache

from factbot.knowledge.index import KnowledgeBase
from factbot.understanding.slots import Slots

AVERAGE = "average"


def averaged_cue(kb: KnowledgeBase, slots: Slots) -> frozenset[int]:
    """The question's average cue words when every measure it names already is an average and it names nothing
    to average over; empty otherwise."""
    cue = slots.operations.get(AVERAGE, frozenset())
    if not cue or not slots.measures or len(slots.entities) > 1 or len(slots.periods) > 1:
        return frozenset()
    if all(_is_average(kb, measure) for measure in slots.measures):
        return cue
    return frozenset()


@lru_cache(maxsize=256)
def _is_average(kb: KnowledgeBase, measure: str) -> bool:
    """Whether a name or alias of `measure` holds a one-word average cue ("mean age", "average wage")."""
    marks = _average_words(kb)
    spec = kb.measures[measure]
    return any(marks & set(kb.normaliser.words(name)) for name in (spec.name, *spec.aliases))


@lru_cache(maxsize=32)
def _average_words(kb: KnowledgeBase) -> frozenset[str]:
    cues = (cue for intent in kb.lexicon.intents if intent.name == AVERAGE for cue in intent.cues)
    return frozenset(words[0] for words in map(kb.normaliser.words, cues) if len(words) == 1)
