"""The question prompt: shell-like history and completions from the knowledge."""

from __future__ import annotations

from textual import events
from textual.suggester import Suggester
from textual.widgets import Input

from factbot.sanitize import safe_text
from factbot.suggestions import Suggestions
from factbot.tui.bindings import QUESTION_BINDINGS


class KnowledgeSuggester(Suggester):
    """Completes questions and names from `factbot.suggestions` (not a fixed list).

    Case-sensitive as far as Textual is concerned: the matching is done case-blind
    by `Suggestions.complete`, which needs the text as typed to keep its case.
    """

    def __init__(self, suggestions: Suggestions) -> None:
        super().__init__(use_cache=True, case_sensitive=True)
        self.suggestions = suggestions

    async def get_suggestion(self, value: str) -> str | None:
        return self.suggestions.complete(value)


class QuestionInput(Input):
    """A single-line input that remembers what was asked; up and down walk the history.

    The draft being typed is kept while browsing and comes back after the newest entry.

    Enter submits here, in the input's own queue, rather than through Textual's binding:
    a binding runs only once the key has bubbled up to the app, by which time the keys
    typed after it have already reached the input, so fast typing (or a burst of keys
    from a script) merged several questions into one. Taking the value and clearing it
    at the enter keeps each question exactly as typed.
    """

    BINDINGS = QUESTION_BINDINGS

    def __init__(
        self, suggestions: Suggestions, *, cursor_blink: bool = True, history: list[str] | None = None
    ) -> None:
        super().__init__(
            placeholder="Ask about the sources… (F1 for help)",
            suggester=KnowledgeSuggester(suggestions),
            id="question",
            select_on_focus=False,
        )
        self.cursor_blink = cursor_blink
        self.history: list[str] = list(history or [])
        """Oldest first; starts with the questions of earlier runs (the history file)."""
        self._position: int | None = None
        self._draft = ""

    async def _on_key(self, event: events.Key) -> None:
        if event.key == "enter":
            event.stop()
            event.prevent_default()
            question, self.value = self.value, ""
            self.post_message(self.Submitted(self, question))
            return
        await super()._on_key(event)

    def _on_paste(self, event: events.Paste) -> None:
        """Pasted text is the one way control characters get into the prompt; show them, don't send them."""
        lines = event.text.splitlines()
        if lines:
            self.insert_text_at_cursor(safe_text(lines[0]))
        event.stop()
        event.prevent_default()  # Input's own paste handler would insert the raw text as well

    def remember(self, question: str) -> None:
        """Add `question` to the history (not twice in a row) and stop browsing."""
        if not self.history or self.history[-1] != question:
            self.history.append(question)
        self._position = None
        self._draft = ""

    def action_history(self, step: int) -> None:
        """Show the previous (`-1`) or next (`1`) question asked."""
        if not self.history:
            return
        if self._position is None:
            if step > 0:
                return
            self._draft = self.value
            position = len(self.history) - 1
        else:
            position = self._position + step
        if position < 0:
            position = 0
        if position >= len(self.history):
            self._position = None
            self.value = self._draft
        else:
            self._position = position
            self.value = self.history[position]
        self.cursor_position = len(self.value)
