"""Find in the conversation (ctrl+f): a bar above the prompt that marks and steps through matches.

Matching is case-blind over what each turn shows (question, answer, citations),
so a figure, a name or a word of a quote all find their turn. The current match
is scrolled into view; enter or down moves to the next, shift+enter or up to the
previous, escape closes the bar and returns to the prompt.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.content import Content
from textual.widgets import Input, Static

from factbot.tui.bindings import SEARCH_BINDINGS
from factbot.tui.messages import TranscriptSearched
from factbot.tui.transcript import Transcript, Turn


def turn_text(turn: Turn) -> str:
    """Everything a turn shows, for matching."""
    return "\n".join(str(static.render()) for static in turn.query(Static))


class SearchInput(Input):
    BINDINGS = SEARCH_BINDINGS

    def action_search_step(self, step: int) -> None:
        bar = self.parent
        if isinstance(bar, SearchBar):
            bar.step(step)

    def action_close_search(self) -> None:
        bar = self.parent
        if isinstance(bar, SearchBar):
            bar.close()


class SearchBar(Horizontal):
    """Hidden until ctrl+f; then a search input and a "2 of 5" count."""

    def __init__(self, *, cursor_blink: bool = True) -> None:
        super().__init__(id="search-bar")
        self.cursor_blink = cursor_blink
        """Off in tests: a blinking cursor makes a screenshot depend on when it is taken."""
        self.matches: list[Turn] = []
        self.current = -1

    def compose(self) -> ComposeResult:
        search = SearchInput(placeholder="Find in the conversation…", id="search", select_on_focus=True)
        search.cursor_blink = self.cursor_blink
        yield search
        yield Static(Content(""), id="search-count")

    @property
    def transcript(self) -> Transcript:
        return self.app.query_one(Transcript)

    def open(self) -> None:
        self.display = True
        self.query_one(SearchInput).focus()
        self.find(self.query_one(SearchInput).value)

    def close(self) -> None:
        self._mark([], -1)
        self.display = False
        self.app.query_one("#question", Input).focus()

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        self.find(event.value)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()

    def find(self, query: str) -> None:
        """Mark every turn that shows `query`; the newest one is current (it is nearest the prompt)."""
        folded = query.strip().casefold()
        matches = [turn for turn in self.transcript.turns if folded and folded in turn_text(turn).casefold()]
        self._mark(matches, len(matches) - 1)
        self.post_message(TranscriptSearched(query, len(matches), self.current))

    def step(self, step: int) -> None:
        if not self.matches:
            return
        self._mark(self.matches, (self.current + step) % len(self.matches))
        self.post_message(TranscriptSearched(self.query_one(SearchInput).value, len(self.matches), self.current))

    def _mark(self, matches: list[Turn], current: int) -> None:
        for turn in self.matches:
            turn.remove_class("-match", "-current-match")
        self.matches, self.current = matches, current
        for turn in matches:
            turn.add_class("-match")
        count = self.query_one("#search-count", Static)
        if not matches:
            count.update(Content("no match" if self.query_one(SearchInput).value.strip() else ""))
            return
        target = matches[current]
        target.add_class("-current-match")
        count.update(Content(f"{current + 1} of {len(matches)}"))
        self.transcript.anchor(False)
        self.transcript.scroll_to_widget(target, animate=False, top=True)
