"""What the chat announces as it works: the app's observable events.

Widgets post these and the app reacts to some of them; tests record them with
`App.run_test(message_hook=...)` and assert on what happened rather than on
pixels. They are dataclasses so a recorded message reads well in a failure.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from textual.message import Message

from factbot.results import Answer, Citation


@dataclass
class QuestionSubmitted(Message):
    """A question is about to be asked (typed, a sample, or a clarify option)."""

    question: str


@dataclass
class AnswerShown(Message):
    """The engine's answer is now in the transcript."""

    question: str
    answer: Answer


@dataclass
class ClarificationRequested(Message):
    """The engine asked which one was meant; `options` are offered to choose from."""

    question: str
    options: tuple[str, ...]


@dataclass
class OptionChosen(Message):
    """A clarify option or a sample question was picked; it will be asked next."""

    text: str


@dataclass
class CitationSelected(Message):
    """The user asked to read a citation in context; `cited` are its sibling sentences."""

    citation: Citation
    highlights: tuple[tuple[int, int], ...] = ()
    cited: tuple[int, ...] = ()


@dataclass
class SourceOpened(Message):
    """The source viewer is showing `source`, scrolled to `sentence` when one is given."""

    source: str
    sentence: int | None


@dataclass
class ConversationReset(Message):
    """Context was dropped: the next question starts a new conversation."""


@dataclass
class ConversationExported(Message):
    """The transcript was written to `path` (Markdown or JSON, by its suffix)."""

    path: Path


@dataclass
class AnswerCopied(Message):
    """The last answer was sent to the clipboard (if the terminal supports it)."""

    text: str


@dataclass
class TranscriptSearched(Message):
    """The search bar looked for `query`: `matches` turns show it; `current` is the one in view (-1: none)."""

    query: str
    matches: int
    current: int


@dataclass
class ConversationSaved(Message):
    """The conversation so far was written to `path` in the conversations folder."""

    path: Path


@dataclass
class ThemeSaved(Message):
    """The chosen theme was written to config.toml, so the next start uses it."""

    theme: str
