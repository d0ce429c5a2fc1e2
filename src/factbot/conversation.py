"""Conversation state: what a follow-up question may borrow from the turn before.

The engine itself is a pure function of (knowledge, question, state); the state
is this small immutable value, and `Conversation` is the caller-owned holder that
the CLI chat, batch `--conversation` and the TUI each keep one of.
"""

from __future__ import annotations

from dataclasses import dataclass

from factbot.results import Answer
from factbot.router import Reading


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
