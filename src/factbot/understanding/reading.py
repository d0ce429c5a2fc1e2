"""A reading: one meaning of a question, as an operation with its slots filled.

Frozen, so a reading can be scored, compared, remembered by the conversation and shown
by `--explain` without anyone changing it on the way.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any

from factbot.knowledge.quantities import Quantity
from factbot.understanding.frozen import quick_init


@quick_init
@dataclass(frozen=True)
class Reading:
    operation: str
    subjects: tuple[str, ...] = ()
    group: str | None = None
    """The set is this group's members ("the alliance's members", "which of the three...")."""
    everyone: bool = False
    """The set is every subject the measure covers ("who sold the most?")."""
    kinds: frozenset[str] = frozenset()
    """For everyone: only entities of these kinds ("which shop sells the most?")."""
    size: int | None = None
    """The number of subjects the question says the set has ("the three members"): another set is not it."""
    excluded: tuple[str, ...] = ()
    measure: str | None = None
    time_unit: str = ""
    """For elapsed time, the unit asked in ("how many days"): "day", "month" or "year" (the default). For a
    series the question counts, the word it counts in ("over those three years": "year")."""
    places: tuple[int, ...] = ()
    """For a series the question counts, the places in it the question picks by ordinal ("from the first to the
    third of those three years": 1 and 3); empty for the whole series."""
    unit_asked: tuple[str, ...] = ()
    """Another unit of the measure's kind the figure is asked in ("in metric tons"), as the lexicon's words."""
    measures: tuple[str, ...] = ()
    """Two or more measures of one subject set side by side ("more blue than red", "own or run")."""
    measure_named: bool = True
    periods: tuple[str, ...] = ()
    missing_periods: tuple[str, ...] = ()
    moved_from: tuple[str, ...] = ()
    """The conversation's periods a period asked relative to them was moved from ("the year before"): a
    follow-up that borrows the period may mean either (`moved_periods`)."""
    """Periods the question names that no source covers ("2021"): the reading cannot be answered."""
    market: str | None = None
    values: tuple[Quantity, ...] = ()
    position: int = 1
    """For extremes: 1 for the largest, 2 for the second largest..."""
    statement: int | None = None
    statements: tuple[int, ...] = ()
    """Two dated statements, for the time elapsed between them ("how many years between the merger and ...")."""
    explained: frozenset[int] = frozenset()
    cited: frozenset[int] = frozenset()
    """Question words the quote of a figure the reading reads says (`cited_words`): explained, for less."""
    borrowed: tuple[str, ...] = ()
    cued: bool = False
    yes_no: bool = False
    falling: bool = False
    """The question asks about a fall ("lost", "declined"): over changes, the most is the largest fall."""
    rising: bool = False
    lower: bool = False
    """A gap or comparison asked downwards ("how many fewer did X sell than Y?", "which is lower?"): worded as
    the first side's shortfall, or with the lower side first."""
    """The question asks about a rise ("the largest increase"): the changes are ranked, not the levels."""
    combined: bool = False
    """A sum is asked of the others ("of Tesla and BYD's combined sales", "do the three together sell more"):
    the whole (share) or one side (comparisons) is the total of several subjects."""
    complement: bool = False
    """The question negates a share's measure ("did not ..."): the rest of the whole is asked (`negated_shares`)."""
    implied: bool = False
    """The subject is not named: the measure's only subject is meant ("what were royalties?")."""
    detour: float = 0.0
    """What the reading costs for leaving the conversation's course (`factbot.understanding.course`)."""
    whole: str | None = None
    """For a share: the one subject the subjects (or the group's members) are together a part of, when the question
    names its measure as what the share is of and the whole by no name ("what share of deaths were in X and Y")."""
    first_side: int = 0
    """For a combined comparison: how many of the subjects, named together in one list, stand on the first side
    ("do X, Y and Z together sell more than W": 3); 0 when the question does not split them into two lists."""
    last_named: str | None = None
    kind_match: bool = False
    focus: float = 0.0
    """The share of a statement's own words the question matches: a short, specific statement beats a long one."""
    proximity: int = 0
    """Neighbouring question words a statement also has side by side ("jointly develop")."""
    quoted: float = 0.0
    """The share of the question words a statement matches that its cited sentence says itself, not only its
    curated answer or keywords: the sentence that states them is the evidence, a summary naming them is not."""
    """A statement whose kind is what the question word asks for (why: a reason)."""
    notes: tuple[str, ...] = field(default=(), compare=False)

    @property
    def key(self) -> tuple[object, ...]:
        """A stable identity, for deduplication and tie-breaking (never insertion order)."""
        return (
            self.operation, self.subjects, self.group, self.measure, self.periods, self.market, self.statement,
            self.statements, self.measures, self.whole,
        )  # fmt: skip


_FIELDS = frozenset(field.name for field in fields(Reading))


def revised(reading: Reading, **changes: Any) -> Reading:
    """`dataclasses.replace` for readings, without its cost: a question builds dozens of readings from one another,
    and `replace` inspects every field and runs `__init__` each time. A reading has no `__post_init__` and no
    derived state, so copying its fields and setting the changed ones makes the same reading."""
    if not _FIELDS.issuperset(changes):  # no set made when, as always, every name is a field
        raise TypeError(f"Reading has no field {', '.join(sorted(changes.keys() - _FIELDS))}")
    copy = object.__new__(Reading)
    state = copy.__dict__
    state.update(reading.__dict__)
    state.update(changes)
    return copy
