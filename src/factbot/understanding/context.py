"""What a conversation remembers between turns, so a follow-up may borrow what it leaves out.

The engine is a pure function of (knowledge, question, context); a context is this small
immutable value. It holds the last reading that was answered, the subjects and periods
asked about lately for its measure ("rank them", "which year was bigger?"), and the figures
the last answer gave ("what share of the total is that?").
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from factbot.understanding.frozen import quick_init
from factbot.understanding.reading import Reading

RECENT = 6


@quick_init
@dataclass(frozen=True)
class Context:
    last: Reading | None = None
    previous: Reading | None = None
    """The reading answered before the last: "what share is that?" of the output, after its blue part."""
    recent_subjects: tuple[str, ...] = ()
    recent_periods: tuple[str, ...] = ()
    last_values: tuple[Decimal, ...] = ()
    figure: Reading | None = None
    """When the last answer was a statement whose sentence states one figure: that figure, as a lookup ("how many
    more is that?" goes on from it)."""
    answered: tuple[str, ...] = ()
    """The subject the last answer singled out that its question did not name (the largest of a set): "its sales"
    in the next question are that one's."""

    @property
    def referents(self) -> bool:
        """Whether the last answer was about something a pronoun may point at: its subjects, or what its statement
        is about."""
        last = self.last
        return last is not None and (
            bool(last.subjects) or last.group is not None or last.statement is not None or bool(self.answered)
        )

    def after(
        self,
        reading: Reading | None,
        values: tuple[Decimal, ...] = (),
        figure: Reading | None = None,
        answered: tuple[str, ...] = (),
    ) -> Context:
        """The context for the next turn, once `reading` has been answered (None: nothing to remember); `figure`, the
        one figure a statement answered states, is remembered as what was asked about; `answered`, the subject the
        answer singled out, as asked about too."""
        if reading is None:
            return self
        asked, before = figure or reading, self.figure or self.last
        same_measure = before is not None and before.measure == asked.measure
        subjects = (*self.recent_subjects, *asked.subjects, *answered) if same_measure else (*asked.subjects, *answered)
        periods = (*self.recent_periods, *asked.periods) if same_measure else asked.periods
        return Context(
            last=reading,
            previous=self.last,
            recent_subjects=tuple(dict.fromkeys(subjects))[-RECENT:],
            recent_periods=tuple(dict.fromkeys(periods))[-RECENT:],
            last_values=values,
            figure=figure,
            answered=answered,
        )
