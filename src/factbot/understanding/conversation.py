"""A conversation: the caller-owned holder of the context between turns.

The engine itself is a pure function of (knowledge, question, context); the CLI chat,
batch `--conversation` and the TUI each keep one `Conversation` and pass it to `ask`.
"""

from __future__ import annotations

from factbot.results import Answer
from factbot.understanding.context import Context


class Conversation:
    """Holds the context between turns; `reset` starts a new conversation."""

    def __init__(self) -> None:
        self.context = Context()
        self.history: list[tuple[str, Answer]] = []

    def remember(self, question: str, answer: Answer, context: Context) -> None:
        self.context = context
        self.history.append((question, answer))

    def reset(self) -> None:
        self.context = Context()
        self.history.clear()
