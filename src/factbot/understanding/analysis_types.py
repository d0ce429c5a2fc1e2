"""The parts of a question's analysis: its words, and the spans of them that may mean something."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from factbot.knowledge.period_keys import PeriodKey
from factbot.knowledge.quantities import Quantity
from factbot.understanding.frozen import quick_init
from factbot.understanding.once import once


class SpanKind(StrEnum):
    ENTITY = "entity"
    MEASURE = "measure"
    PERIOD = "period"
    CUE = "cue"
    FIGURE = "figure"
    RELATIVE = "relative period"


@quick_init
@dataclass(frozen=True)
class Word:
    """One normalised word of the question; `surface` is what was typed."""

    text: str
    surface: str
    capitalised: bool
    corrected: bool = False
    breaks_before: bool = False
    """Punctuation separates it from the word before ("Brazil, Vietnam"): no name spans the two."""


@quick_init
@dataclass(frozen=True)
class Span:
    """Words `first` to `last` (exclusive) that may mean any of `targets` (ids, or intent names for cues)."""

    first: int
    last: int
    kind: SpanKind
    targets: tuple[str, ...] = ()
    exact: bool = True
    quantity: Quantity | None = None
    key: PeriodKey | None = None
    years: int = 0
    """For a relative period: years from the period it is relative to ("the year before": -1)."""
    hole: tuple[int, int] = (0, 0)
    """Words inside the span that are not its own: a name said inside it ("December *corn* contract")."""

    @once
    def indexes(self) -> frozenset[int]:
        """Computed once: every candidate reading is scored against every span (time per question)."""
        return frozenset(range(self.first, self.last)) - frozenset(range(*self.hole))
