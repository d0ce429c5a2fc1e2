"""The operations factbot can answer, as data: the slots each needs and the cues that select it.

Understanding builds readings from this table alone; `factbot.answering.evaluate` holds
one evaluator per row. Adding an operation is a row here, its cues in the lexicon, and a
function there: the code that builds, scores and decides readings names no operation.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Subjects(StrEnum):
    """How many subjects an operation takes."""

    NONE = "none"
    ONE = "one"
    TWO = "two"
    """Exactly two, in the order named ("Tesla than BYD")."""
    SET = "set"
    """Two or more named, a group's members, or everyone the measure covers."""
    ANY = "any"
    """One or more: a lookup of several subjects lists each."""


@dataclass(frozen=True)
class Operation:
    name: str
    cues: tuple[str, ...]
    """Lexicon intents that select it; an operation without cues is read when nothing else is asked."""
    subjects: Subjects
    needs_measure: bool = True
    series: bool = False
    """It may compare one subject over two or more periods instead of two subjects (change, difference)."""
    series_periods: int = 0
    """The fewest periods a one-subject series must name: a total over time needs two ("2013 and 2016 combined");
    a total of one period is a total of several subjects, or of nothing."""
    takes_value: bool = False
    """It reads a figure from the question (lookup by value, n-th)."""
    answers: frozenset[str] = frozenset()
    """The kinds a question word asks for that its answer is of: a group's members are who is in it."""
    verdict: bool = False
    """Its only answer is yes or no (is X in G): asked with no question word, it is a yes/no question."""
    by_question_word: bool = False
    """Read only when the question word asks for what it answers ("which of them fell?", not "did they grow?")."""
    everyone: bool = True
    """A set of it may be everyone the measure covers; not when who is left out matters (who moved which way)."""
    singles_out: bool = False
    """Its answer names one subject the question did not (the largest): "it" in the next question may point at
    that one."""
    picks_out: bool = False
    """Its answer names those of the set that qualify (who moved the way asked, whose figures are the values asked):
    "them" in the next question may point at those."""


OPERATIONS: tuple[Operation, ...] = (
    Operation("lookup", (), Subjects.ANY),
    Operation("compare", ("compare", "equal"), Subjects.TWO, series=True),
    Operation("difference", ("difference",), Subjects.TWO, series=True),
    Operation("ratio", ("ratio",), Subjects.TWO, series=True),
    Operation("sum", ("sum",), Subjects.SET, series=True, series_periods=2),
    Operation("share", ("share",), Subjects.TWO),
    Operation("average", ("average",), Subjects.SET, series=True),
    Operation("extreme_max", ("extreme_max",), Subjects.SET, series=True, singles_out=True),
    Operation("extreme_min", ("extreme_min",), Subjects.SET, series=True, singles_out=True),
    Operation("rank", ("rank",), Subjects.SET, series=True),
    Operation("change", ("change",), Subjects.ONE, series=True),
    Operation(
        "moved",
        ("change",),
        Subjects.SET,
        answers=frozenset({"agent", "choice"}),
        by_question_word=True,
        everyone=False,
        picks_out=True,
    ),
    Operation("members", ("members",), Subjects.ONE, needs_measure=False, answers=frozenset({"agent"})),
    Operation("membership", ("members",), Subjects.ANY, needs_measure=False, verdict=True),
    Operation("count_members", ("count_members",), Subjects.ONE, needs_measure=False),
    Operation("about", ("about",), Subjects.ONE, needs_measure=False),
    Operation("lookup_by_value", (), Subjects.NONE, takes_value=True, picks_out=True),
    Operation("describe", ("describe",), Subjects.ANY, needs_measure=False, answers=frozenset({"agent"})),
    Operation("elapsed", ("elapsed",), Subjects.NONE, needs_measure=False),
)
BY_NAME = {operation.name: operation for operation in OPERATIONS}
BY_CUE: dict[str, tuple[Operation, ...]] = {}
for _operation in OPERATIONS:
    for _cue in _operation.cues:
        BY_CUE[_cue] = (*BY_CUE.get(_cue, ()), _operation)


def readable(operation: Operation, wanted_kinds: frozenset[str]) -> bool:
    """Whether a question asking for these kinds may be read as the operation (`by_question_word`)."""
    return not operation.by_question_word or bool(operation.answers & wanted_kinds)


FIGURE_OPERATIONS = frozenset({"difference", "ratio", "sum", "average", "rank", "change", "elapsed"})
"""Cues that ask for arithmetic: a reading that ignores one answers another question."""
STATEMENT = "statement"
ELAPSED = "elapsed"
"""Not an operation over facts: a reading that answers from one statement."""
