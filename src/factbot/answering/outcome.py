"""What evaluating a reading gives: the answer's text, the evidence it rests on, the working shown."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from factbot.knowledge.model import Evidence
from factbot.understanding.frozen import quick_init


@quick_init
@dataclass(frozen=True)
class Outcome:
    text: str
    evidence: tuple[Evidence, ...]
    working: tuple[str, ...] = ()
    values: tuple[Decimal, ...] = ()
    """The figures the answer gives, in order, so a follow-up can say "that"."""
    subjects: tuple[str, ...] = ()
    """The subjects the answer is about, in order (a ranking's order, a comparison's winner first)."""
    verdict: bool | None = None
    """For a yes/no question: True, False, or None when the evidence does not decide it."""
    direction: bool | None = None
    """Which way the figure moved, when the answer says it in words only (True: up); None otherwise."""
    partial: bool = False
    """It ranges over only some of what was asked (the members of a group the sources give a figure for): an
    answer over the whole of it goes first."""

    @property
    def identity(self) -> tuple[object, ...]:
        """Two outcomes that say the same thing are one answer, whichever reading gave them."""
        return (self.values, tuple(sorted({(item.source, item.sentence) for item in self.evidence})))
