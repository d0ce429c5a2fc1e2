"""The scrolling transcript: a welcome panel, then one turn per question.

The view follows new output only while the reader is at the bottom: once the
transcript is taller than the screen it becomes a Textual *anchored* scroll view,
which stays at the end as content grows or the terminal is resized, lets go as
soon as the reader scrolls away, and takes hold again when they scroll back down.
(Anchoring earlier would push a short transcript to the bottom of the screen.)
Asking a question is a request to see its answer, so it re-anchors the view; an
answer that arrives after the reader scrolled away never moves it.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.widgets import Static

from factbot.results import Answer
from factbot.tui.answer_view import AnswerView, AskableOptions, CitedSentence, literal
from factbot.tui.nearby import Part


class WelcomePanel(Vertical):
    """What factbot is, which sources it knows, and sample questions to pick."""

    def __init__(self, source_titles: tuple[str, ...], samples: tuple[str, ...]) -> None:
        super().__init__(id="welcome")
        self.source_titles = source_titles
        self.samples = samples

    def on_mount(self) -> None:
        self.border_title = "factbot"

    def compose(self) -> ComposeResult:
        count = len(self.source_titles)
        noun = "source" if count == 1 else "sources"
        intro = f"I answer from {count} curated {noun} and cite the sentence each answer rests on: "
        yield Static(Content(intro).append(literal("; ".join(self.source_titles))), classes="welcome-intro")
        if self.samples:
            yield Static(Content("Try one (tab to the list, enter to ask) or type your own:"), classes="welcome-hint")
            yield AskableOptions(self.samples, id="samples")


class Turn(Vertical):
    """One question and, once the engine has replied, its answer."""

    def __init__(self, question: str) -> None:
        super().__init__(classes="turn -pending")
        self.question = question
        self.answer: Answer | None = None

    def compose(self) -> ComposeResult:
        yield Static(Content.assemble(("❯ ", "bold"), literal(self.question)), classes="question")
        yield Static(Content("…"), classes="pending")

    async def show_answer(
        self,
        answer: Answer,
        cited: tuple[CitedSentence, ...],
        parts: tuple[Part, ...] | None = None,
        explained: tuple[str, ...] = (),
    ) -> None:
        """Replace the waiting marker with the answer."""
        self.answer = answer
        self.remove_class("-pending")
        await self.query(".pending").remove()
        await self.mount(AnswerView(answer, cited, parts, explained))


class Transcript(VerticalScroll, can_focus=False):
    """All turns of the conversation, oldest first, below the welcome panel.

    Not focusable itself: keyboard focus goes to what is inside (samples, options,
    citations); page up and down scroll it from anywhere in the chat.
    """

    def __init__(self, welcome: WelcomePanel) -> None:
        super().__init__(id="transcript")
        self.welcome = welcome

    def compose(self) -> ComposeResult:
        yield self.welcome

    def on_resize(self) -> None:
        self.call_after_refresh(self._anchor_when_overflowing)

    @property
    def turns(self) -> list[Turn]:
        return list(self.query_children(Turn))

    async def add_turn(self, question: str) -> Turn:
        """Show a new question, waiting for its answer, and follow it."""
        turn = Turn(question)
        await self.mount(turn)
        self.follow()
        return turn

    async def show_answer(
        self,
        turn: Turn,
        answer: Answer,
        cited: tuple[CitedSentence, ...],
        parts: tuple[Part, ...] | None = None,
        explained: tuple[str, ...] = (),
    ) -> None:
        """Fill in `turn`; the anchor decides whether the view follows it."""
        await turn.show_answer(answer, cited, parts, explained)
        self.content_changed()

    async def clear_turns(self) -> None:
        """Drop every turn and show the welcome panel from the top."""
        await self.query_children(Turn).remove()
        self.anchor(False)
        self.scroll_home(animate=False)

    def follow(self) -> None:
        """Jump to the end and stay there as content arrives (re-anchors the view)."""
        if self.is_anchored:
            self.scroll_end(animate=False)
        self.content_changed()

    def content_changed(self) -> None:
        """Call after the transcript grew: it may now need to start following."""
        self.call_after_refresh(self._anchor_when_overflowing)

    def _anchor_when_overflowing(self) -> None:
        if not self.is_anchored and self.max_scroll_y > 0:
            self.anchor()
