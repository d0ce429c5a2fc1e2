"""What a conversation remembers between turns, so a follow-up may borrow what it leaves out.

The engine is a pure function of (knowledge, question, context); a context is this small
immutable value. It holds the last reading that was answered, the subjects and periods
asked about lately for its measure ("rank them", "which year was bigger?"), and the figures
the last answer gave ("what share of the total is that?").
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from factbot.understanding.reading import Reading

RECENT = 6


@dataclass(frozen=True)
class Context:
    last: Reading | None = None
    previous: Reading | None = None
    """The reading answered before the last: "what share is that?" of the output, after its blue part."""
    recent_subjects: tuple[str, ...] = ()
    recent_periods: tuple[str, ...] = ()
    last_values: tuple[Decimal, ...] = ()

    @property
    def referents(self) -> bool:
        """Whether the last answer was about something a pronoun may point at: its subjects, or what its statement
        is about."""
        return self.last is not None and (bool(self.last.subjects) or self.last.statement is not None)

    def after(self, reading: Reading | None, values: tuple[Decimal, ...] = ()) -> Context:
        """The context for the next turn, once `reading` has been answered (None: nothing to remember)."""
        if reading is None:
            return self
        same_measure = self.last is not None and self.last.measure == reading.measure
        subjects = (*self.recent_subjects, *reading.subjects) if same_measure else reading.subjects
        periods = (*self.recent_periods, *reading.periods) if same_measure else reading.periods
        return Context(
            last=reading,
            previous=self.last,
            recent_subjects=tuple(dict.fromkeys(subjects))[-RECENT:],
            recent_periods=tuple(dict.fromkeys(periods))[-RECENT:],
            last_values=values,
        )
