"""How much a statement must explain to matter, worked out from the readings over facts before any is read.

Statement retrieval is a large part of a question's cost, yet when a reading over facts explains the whole
question, no statement can come within `MARGIN` of it, and the decision (`decide`) never looks at a reading
further below the best than that: only readings within the margin compete, a statement is looked at below it
only when the best reading is a superlative none of the contenders can answer (`_stated_instead`), and
`as_passage` only when a statement is best. So a statement whose highest possible score is below the best
figure reading's less the margin changes nothing, and need not be read.

The bound is the scoring formula's (`scoring.score`), each part at its most for a statement: the share of the
question it explains (its words found by the search, plus any basis word of a figure in its sentence), the kind
bonus when the question asks a kind, the proximity and focus bonuses at their caps, less the cost every
statement pays where a figure is asked (`statement_cost`). Every other part is a cost of zero or more. Inverted,
it gives the least weight a statement's explained words must have (`statement_floor`).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import Generic, TypeVar

from factbot.knowledge.index import KnowledgeBase
from factbot.understanding.analysis import Analysis
from factbot.understanding.decide import MARGIN, Scored
from factbot.understanding.reading import Reading
from factbot.understanding.scoring import (
    FOCUS_BONUS,
    KIND_BONUS,
    MAX_PROXIMITY,
    PROXIMITY_BONUS,
    Score,
    score,
    statement_cost,
)
from factbot.understanding.statement_query import STATED_SUPERLATIVES

SLACK = 0.001
"""Totals are rounded to four places and weights summed in another order: the floor is lowered by this much more."""
STATEMENT_BONUSES = FOCUS_BONUS + PROXIMITY_BONUS * MAX_PROXIMITY
"""The bonuses any statement may have, at their caps (the kind bonus only when a kind is asked)."""
NO_FLOOR = -1.0
T = TypeVar("T")


class Scorer:
    """Scores one question's readings, each once: the floor scores the readings over facts before the statements
    are read, and the engine then scores every reading, the same objects among them."""

    def __init__(self, analysis: Analysis, points_back: bool) -> None:
        self.analysis = analysis
        self.points_back = points_back
        self._known: dict[int, tuple[Reading, Score]] = {}

    def __call__(self, reading: Reading) -> Score:
        known = self._known.get(id(reading))
        if known is not None and known[0] is reading:
            return known[1]
        found = score(reading, self.analysis, self.points_back)
        self._known[id(reading)] = (reading, found)  # the reading is held, so its id is not reused
        return found

    def scored(self, readings: list[Reading]) -> list[Scored]:
        return [Scored(reading, self(reading)) for reading in readings]


class Evaluations(Generic[T]):
    """Evaluates one question's readings, each once: the floor evaluates a best superlative before the statements
    are read (`statement_floor`), and the decision then evaluates the contenders, the same objects among them."""

    def __init__(self, evaluate: Callable[[Reading], T | None]) -> None:
        self._evaluate = evaluate
        self._known: dict[int, tuple[Reading, T | None]] = {}

    def __call__(self, reading: Reading) -> T | None:
        known = self._known.get(id(reading))
        if known is not None and known[0] is reading:
            return known[1]
        found = self._evaluate(reading)
        self._known[id(reading)] = (reading, found)  # the reading is held, so its id is not reused
        return found


def floor_for(
    scorer: Scorer, kb: KnowledgeBase, feasible: Callable[[Reading], object | None] | None = None
) -> Callable[[list[Reading]], float]:
    """The floor of `candidates`, for the question `scorer` scores; `feasible` evaluates a reading (None when
    the knowledge cannot answer it), as the decision will."""
    return lambda readings: statement_floor(readings, scorer, kb, feasible)


def statement_floor(
    readings: list[Reading],
    scorer: Scorer,
    kb: KnowledgeBase,
    feasible: Callable[[Reading], object | None] | None = None,
) -> float:
    """The least weight of explained words a statement needs to come within the margin of the best of `readings`
    (readings over facts and borrowed, as they will be decided); `NO_FLOOR` when every statement may matter: no
    such reading, a question of no weight, or a best reading that is a superlative a statement may state instead
    because no best reading can be answered (`feasible`; without it, any best superlative)."""
    analysis = scorer.analysis
    total = analysis.total_weight
    if not readings or total <= 0:
        return NO_FLOOR
    best = max(scorer(reading).total for reading in readings)
    if _stated_instead_possible([reading for reading in readings if scorer(reading).total >= best], feasible):
        return NO_FLOOR
    kind = KIND_BONUS if analysis.wanted_kinds else 0.0
    share = best - MARGIN - SLACK - kind - STATEMENT_BONUSES + statement_cost(analysis)
    return max(NO_FLOOR, total * share - _basis_weight(analysis, kb))


def _stated_instead_possible(top: list[Reading], feasible: Callable[[Reading], object | None] | None) -> bool:
    """Whether the decision may answer with a statement below the margin (`decide._stated_instead`): only when
    the best reading is a superlative and no contender can be answered. A best reading that can be answered is a
    contender whatever the statements score (one scoring above it by more than the margin is read anyway, and is
    no superlative), so then the floor holds as for any other question."""
    if not any(reading.operation in STATED_SUPERLATIVES for reading in top):
        return False
    return feasible is None or all(feasible(reading) is None for reading in top)


def _basis_weight(analysis: Analysis, kb: KnowledgeBase) -> float:
    """The weight of the question's words a statement may explain beyond what the search finds: the basis words
    of a figure in its sentence (`basis_said`)."""
    words = _every_basis_word(kb)
    return analysis.weight(index for index, word in enumerate(analysis.words) if word.text in words)


@lru_cache(maxsize=16)
def _every_basis_word(kb: KnowledgeBase) -> frozenset[str]:
    return frozenset(word for words in kb.basis_words.values() for word in words)
