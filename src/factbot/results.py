"""What the engine hands back: answers with their citations and trace.

These are the only types the CLI, batch mode and TUI need to render an answer.
They are frozen so a rendered answer can never drift from the one computed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property


class Status(StrEnum):
    """How sure the engine is; batch mode writes the value verbatim."""

    ANSWERED = "answered"
    UNKNOWN = "unknown"
    CLARIFY = "clarify"
    ERROR = "error"
    SUPPORTED = "supported"
    """`factbot check`: the sources state the claim."""
    REFUTED = "refuted"
    """`factbot check`: the sources state something else."""


@dataclass(frozen=True)
class Citation:
    """A sentence an answer rests on: `quote == as_read(source_text[start:end])` always holds (see `sources`)."""

    source: str
    sentence: int
    quote: str
    start: int
    end: int


@dataclass(frozen=True)
class Trace:
    """Why the engine answered as it did, for `--explain` and the TUI's explain toggle."""

    intent: str
    confidence: float
    rule: str
    slots: tuple[tuple[str, str], ...] = ()
    corrections: tuple[tuple[str, str], ...] = ()
    parts: tuple[tuple[str, float], ...] = ()
    """The named parts of the chosen reading's score (`factbot.understanding.scoring`)."""
    words_of: Callable[[], tuple[tuple[str, str], ...]] | None = field(default=None, compare=False, repr=False)
    """Works out `words` when first read: only `--explain`, the JSON trace and the TUI's explain view read
    them, so an answer nobody explains does not pay for them."""

    @cached_property
    def words(self) -> tuple[tuple[str, str], ...]:
        """Which words of the question went to which slot (`factbot.understanding.word_roles`)."""
        return self.words_of() if self.words_of is not None else ()


@dataclass(frozen=True)
class Answer:
    """One reply: text, the sentences it rests on, the arithmetic shown, and options to clarify."""

    status: Status
    text: str
    citations: tuple[Citation, ...] = ()
    working: tuple[str, ...] = ()
    options: tuple[str, ...] = ()
    trace: Trace = field(default_factory=lambda: Trace("none", 0.0, "no rule"))

    @property
    def intent(self) -> str:
        return self.trace.intent

    @property
    def confidence(self) -> float:
        return self.trace.confidence
