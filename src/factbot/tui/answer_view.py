"""How one answer looks: status, text, working, clarify options, citations, trace.

Every piece of text shown here came from a user or from the knowledge, so all of it
goes through `literal`: wrapped in `Content` (never parsed as markup), so `[bold]` and
`[@click=...]` in a question or a source sentence are shown as typed and do nothing,
and with control characters made visible (`factbot.sanitize.safe_text`), so an ESC or
OSC sequence in a sentence never reaches the terminal.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.events import Click, Key, Paste
from textual.widget import Widget
from textual.widgets import Input, OptionList, Static

from factbot.results import Answer, Citation, Status
from factbot.sanitize import safe_lines, safe_text
from factbot.tui.bindings import CITATION_BINDINGS
from factbot.tui.messages import CitationSelected, OptionChosen
from factbot.tui.nearby import FigureList, Part

HIGHLIGHT_STYLE = "bold reverse"
"""Reverse video, as Textual marks matches: visible on any background in every theme,
including the ANSI ones where a "muted" colour is the colour itself."""

STATUS_LABELS = {
    Status.ANSWERED: "✓ answered",
    Status.UNKNOWN: "? unknown",
    Status.CLARIFY: "⁇ clarify · choose below with ↑ ↓ and enter",
    Status.ERROR: "✗ error",
    Status.SUPPORTED: "✓ supported by the sources",
    Status.REFUTED: "✗ refuted by the sources",
}


@dataclass(frozen=True)
class CitedSentence:
    """A citation plus what the view needs that the engine's `Citation` lacks."""

    citation: Citation
    label: str
    """The source's short label (`Source.label`), not its full title: headers stay one line."""
    highlights: tuple[tuple[int, int], ...]


def literal(text: str) -> Content:
    """Text from a user or the knowledge, shown exactly as written and never obeyed by the terminal."""
    return Content(safe_lines(text))


def highlighted(text: str, spans: tuple[tuple[int, int], ...], offset: int = 0) -> Content:
    """Literal `text` with each span (shifted by `offset`) in the highlight style."""
    content = literal(text)  # safe_text keeps the length, so the spans still fit
    for start, end in spans:
        content = content.stylize(HIGHLIGHT_STYLE, start + offset, end + offset)
    return content


def send_typing_to_the_prompt(widget: Widget, event: Key | Paste) -> bool:
    """Hand a printable key or a paste to the question prompt, focusing it; True if it was handed on.

    The event itself is re-posted to the prompt, so keys typed faster than focus
    moves queue up there in order (spaces included) and a paste lands whole.
    """
    if isinstance(event, Key) and not (event.is_printable and event.character):
        return False
    if widget.screen is not widget.app.screen_stack[0]:
        return False  # a citation in a dialog: there is no prompt on this screen
    question = widget.app.screen_stack[0].query_one("#question", Input)
    event.stop()
    event.prevent_default()
    question.focus()
    question.post_message(Paste(event.text) if isinstance(event, Paste) else Key(event.key, event.character))
    return True


class AskableOptions(OptionList):
    """Options that are asked when chosen: clarify options and sample questions.

    Typing or pasting while the list has focus goes to the question prompt, so a
    user who would rather type than choose is never stuck.
    """

    def __init__(self, texts: tuple[str, ...], *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(*(literal(text) for text in texts), id=id, classes=classes)
        self.texts = texts

    @on(OptionList.OptionSelected)
    def _ask_chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.post_message(OptionChosen(self.texts[event.option_index]))

    def on_key(self, event: Key) -> None:
        send_typing_to_the_prompt(self, event)

    def on_paste(self, event: Paste) -> None:
        send_typing_to_the_prompt(self, event)


class CitationView(Vertical, can_focus=True):
    """One cited sentence; Enter or a click opens it in the source viewer."""

    BINDINGS = CITATION_BINDINGS

    def __init__(self, cited: CitedSentence, number: int, same_source: tuple[int, ...]) -> None:
        super().__init__(classes="citation")
        self.cited = cited
        self.number = number
        self.same_source = same_source

    def compose(self) -> ComposeResult:
        citation = self.cited.citation
        where = (
            Content(f"[{self.number}] ").append(literal(self.cited.label)).append(f" · sentence {citation.sentence}")
        )
        yield Static(where, classes="citation-source")
        yield Static(highlighted(f"“{citation.quote}”", self.cited.highlights, offset=1), classes="citation-quote")

    def action_open(self) -> None:
        citation = self.cited.citation
        self.post_message(CitationSelected(citation, self.cited.highlights, self.same_source))

    def on_click(self, event: Click) -> None:
        event.stop()
        self.action_open()

    def on_key(self, event: Key) -> None:
        send_typing_to_the_prompt(self, event)

    def on_paste(self, event: Paste) -> None:
        send_typing_to_the_prompt(self, event)


class AnswerView(Vertical):
    """The whole answer block of a turn; the explain part shows only in explain mode."""

    def __init__(
        self,
        answer: Answer,
        cited: tuple[CitedSentence, ...],
        parts: tuple[Part, ...] | None = None,
        explained: tuple[str, ...] = (),
    ) -> None:
        super().__init__(classes=f"answer -{answer.status.value}")
        self.answer = answer
        self.cited = cited
        self.parts = parts
        """The text split into sentences and figure lists (`factbot.tui.nearby`), if it has lists."""
        self.explained = explained

    def compose(self) -> ComposeResult:
        answer = self.answer
        yield Static(Content(STATUS_LABELS[answer.status]), classes=f"status -{answer.status.value}")
        if self.parts is None:
            yield Static(literal(answer.text), classes="answer-text")
        else:
            for part in self.parts:
                yield (
                    figure_list(part) if isinstance(part, FigureList) else Static(literal(part), classes="answer-text")
                )
        if answer.working:
            steps = (f"working: {safe_text(step)}" for step in answer.working)
            yield Static(Content("\n".join(steps)), classes="working")
        if answer.options:
            yield AskableOptions(answer.options, classes="clarify-options")
        by_source: dict[str, list[int]] = {}
        for cited in self.cited:
            by_source.setdefault(cited.citation.source, []).append(cited.citation.sentence)
        for number, cited in enumerate(self.cited, start=1):
            yield CitationView(cited, number, tuple(by_source[cited.citation.source]))
        yield Static(Content("\n".join(safe_text(line) for line in self.explained)), classes="explain")


def figure_list(figures: FigureList) -> Static:
    """A compact list: the measure once, then one line per figure."""
    lines = [f"{figures.heading[:1].upper()}{figures.heading[1:]}:", *(f"  • {line}" for line in figures.lines)]
    return Static(Content("\n".join(safe_text(line) for line in lines)), classes="figure-list")
