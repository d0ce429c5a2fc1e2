"""Conversation state: what a follow-up question may borrow from the turn before.

The engine itself is a pure function of (knowledge, question, state); the state
is this small immutable value, and `Conversation` is the caller-owned holder that
the CLI chat, batch `--conversation` and the TUI each keep one of.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from factbot.results import Answer
from factbot.understanding.router import Reading

RECENT_SUBJECTS = 6


def with_recent(reading: Reading | None, previous: Reading | None) -> Reading | None:
    """Remember who was asked about lately for this measure ("Honda?", "And Nissan?", "combined?")."""
    if reading is None or reading is previous:
        return reading
    recent = reading.subjects
    if previous is not None and previous.measure == reading.measure:
        recent = tuple(dict.fromkeys((*previous.recent, *previous.subjects, *reading.subjects)))
    return replace(reading, recent=recent[-RECENT_SUBJECTS:])


@dataclass(frozen=True)
class ConversationState:
    """The last structured reading that was answered or refused, if any."""

    last: Reading | None = None
    turns: int = 0


class Conversation:
    """Holds the state between turns; `reset` starts a new conversation."""

    def __init__(self) -> None:
        self.state = ConversationState()
        self.history: list[tuple[str, Answer]] = []

    def remember(self, question: str, answer: Answer, state: ConversationState) -> None:
        self.state = state
        self.history.append((question, answer))

    def reset(self) -> None:
        self.state = ConversationState()
        self.history.clear()
