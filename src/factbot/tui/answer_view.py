"""How one answer looks: status, text, working, clarify options, citations, trace.

Every piece of text shown here came from a user or from the knowledge, so all of it
is wrapped in `Content` (never parsed as markup): `[bold]` and `[@click=...]` in a
question or a source sentence are shown as typed and do nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.events import Click, Key
from textual.widgets import Input, OptionList, Static

from factbot.results import Answer, Citation, Status
from factbot.tui.bindings import CITATION_BINDINGS
from factbot.tui.messages import CitationSelected, OptionChosen

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
    title: str
    highlights: tuple[tuple[int, int], ...]


def highlighted(text: str, spans: tuple[tuple[int, int], ...], offset: int = 0) -> Content:
    """Literal `text` with each span (shifted by `offset`) in the highlight style."""
    content = Content(text)
    for start, end in spans:
        content = content.stylize(HIGHLIGHT_STYLE, start + offset, end + offset)
    return content


class AskableOptions(OptionList):
    """Options that are asked when chosen: clarify options and sample questions.

    Typing while the list has focus goes to the question input, so a user who would
    rather type than choose is never stuck; `?` is left alone, as it opens help.
    """

    def __init__(self, texts: tuple[str, ...], *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(*(Content(text) for text in texts), id=id, classes=classes)
        self.texts = texts

    @on(OptionList.OptionSelected)
    def _ask_chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.post_message(OptionChosen(self.texts[event.option_index]))

    def on_key(self, event: Key) -> None:
        if event.is_printable and event.character and not event.character.isspace() and event.character != "?":
            question = self.app.query_one("#question", Input)
            question.focus()
            question.insert_text_at_cursor(event.character)
            event.stop()


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
        where = Content(f"[{self.number}] sentence {citation.sentence} · ").append(Content(self.cited.title))
        yield Static(where, classes="citation-source")
        yield Static(highlighted(f"“{citation.quote}”", self.cited.highlights, offset=1), classes="citation-quote")

    def action_open(self) -> None:
        citation = self.cited.citation
        self.post_message(CitationSelected(citation, self.cited.highlights, self.same_source))

    def on_click(self, event: Click) -> None:
        event.stop()
        self.action_open()


class AnswerView(Vertical):
    """The whole answer block of a turn; the explain part shows only in explain mode."""

    def __init__(self, answer: Answer, cited: tuple[CitedSentence, ...]) -> None:
        super().__init__(classes=f"answer -{answer.status.value}")
        self.answer = answer
        self.cited = cited

    def compose(self) -> ComposeResult:
        answer = self.answer
        yield Static(Content(STATUS_LABELS[answer.status]), classes=f"status -{answer.status.value}")
        yield Static(Content(answer.text), classes="answer-text")
        if answer.working:
            yield Static(Content("\n".join(f"working: {step}" for step in answer.working)), classes="working")
        if answer.options:
            yield AskableOptions(answer.options, classes="clarify-options")
        by_source: dict[str, list[int]] = {}
        for cited in self.cited:
            by_source.setdefault(cited.citation.source, []).append(cited.citation.sentence)
        for number, cited in enumerate(self.cited, start=1):
            yield CitationView(cited, number, tuple(by_source[cited.citation.source]))
        yield Static(explanation(answer), classes="explain")


def explanation(answer: Answer) -> Content:
    """The engine's trace in words: what it matched, how sure, and what it read.

    The working is not repeated: it is always shown with the answer.
    """
    trace = answer.trace
    lines = [f"intent {trace.intent} · confidence {trace.confidence:.2f} · rule {trace.rule}"]
    if trace.slots:
        lines.append("slots: " + "; ".join(f"{name} = {value}" for name, value in trace.slots))
    lines.extend(f"read '{typed}' as '{meant}'" for typed, meant in trace.corrections)
    return Content("\n".join(lines))
