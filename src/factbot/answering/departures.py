"""Yes/no of a figure that is a departure from a reference: "Was precipitation above the long-term average?".

A measure named for how far a level stands above (or below) something ("precipitation above the long-term
average") says which side it is on by its sign: 2.27 inches above means above, −1.3 inches above means
below. Asked whether the level was above (or below), the sign settles it, with no figure in the question.
"""

from __future__ import annotations

from functools import lru_cache

from factbot.answering.outcome import Outcome
from factbot.knowledge.index import KnowledgeBase
from factbot.understanding.analysis import Analysis
from factbot.understanding.reading import Reading

_UP_SIDES = ("more_than", "higher")
_DOWN_SIDES = ("less_than", "lower")


def departure_verdict(reading: Reading, outcome: Outcome, analysis: Analysis, kb: KnowledgeBase) -> bool | None:
    """True when the side asked is the side the figure's sign puts it on, False when not; None when the measure
    names no side, the question asks none, or a figure is claimed (that is checked as a figure)."""
    if reading.operation != "lookup" or reading.measure is None or reading.values or not outcome.values:
        return None
    up, down = _side_words(kb)
    named = set(kb.normaliser.words(kb.measures[reading.measure].name))
    measure_up, measure_down = bool(named & up), bool(named & down)
    asked = {word.text for word in analysis.words}
    asks_up, asks_down = bool(asked & up), bool(asked & down)
    if measure_up == measure_down or asks_up == asks_down:
        return None
    same_side = asks_up == measure_up
    return all((found > 0) == same_side and found != 0 for found in outcome.values)


@lru_cache(maxsize=16)
def _side_words(kb: KnowledgeBase) -> tuple[frozenset[str], frozenset[str]]:
    """The one-word phrases of being above ("above", "over", "higher") and below ("below", "under", "lower")."""
    claims = kb.lexicon.claim_words

    def single(sides: tuple[str, ...]) -> frozenset[str]:
        words = [kb.normaliser.words(phrase) for side in sides for phrase in claims.get(side, ())]
        return frozenset(found[0] for found in words if len(found) == 1)

    return single(_UP_SIDES), single(_DOWN_SIDES)
