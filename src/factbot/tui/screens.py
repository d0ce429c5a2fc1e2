"""The screens over the chat: source viewer, help, what is known, and source picker.

The source viewer is a full screen (a source is long and deserves the width); the
rest are dialogs. Each closes with escape and leaves the chat as it was.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen, Screen
from textual.widget import Widget
from textual.widgets import Footer, OptionList, Static

from factbot.knowledge.model import Source
from factbot.tui.answer_view import CitationView, CitedSentence, highlighted, literal
from factbot.tui.bindings import DIALOG_BINDINGS, SOURCE_BINDINGS
from factbot.tui.messages import AnswerCopied


class SentenceView(Horizontal):
    """A numbered sentence of a source: number in a gutter, text wrapped beside it."""

    def __init__(self, number: int, text: Content, classes: str) -> None:
        super().__init__(id=f"sentence-{number}", classes=f"sentence {classes}".strip())
        self.number = number
        self.text = text

    def compose(self) -> ComposeResult:
        yield Static(Content(str(self.number)), classes="sentence-number")
        yield Static(self.text, classes="sentence-text")


class SourceScreen(Screen[None]):
    """A whole source with numbered sentences, scrolled to and marking the cited one."""

    BINDINGS = SOURCE_BINDINGS

    def __init__(
        self,
        source: Source,
        sentence: int | None = None,
        highlights: tuple[tuple[int, int], ...] = (),
        cited: tuple[int, ...] = (),
    ) -> None:
        super().__init__(classes="source-screen")
        self.source = source
        self.target = sentence
        self.highlights = highlights
        self.cited = tuple(sorted({*cited, *([sentence] if sentence else [])}))

    def compose(self) -> ComposeResult:
        count = len(self.source.sentences)
        where = f"sentence {self.target} of {count}" if self.target else f"{count} sentences"
        yield Static(Content(f"{where} · ").append(literal(self.source.label)), id="source-title")
        with VerticalScroll(id="source-text"):
            previous_end = 0
            for sentence in self.source.sentences:
                gap = self.source.text[previous_end : sentence.start]
                previous_end = sentence.end
                classes = ["-paragraph" if ("\n" in gap or "\r" in gap) and sentence.number > 1 else ""]
                if sentence.number in self.cited:
                    classes.append("-cited")
                if sentence.number == self.target:
                    classes.append("-target")
                    text = highlighted(sentence.text, self.highlights)
                else:
                    text = literal(sentence.text)
                yield SentenceView(sentence.number, text, " ".join(classes))
        yield Footer(show_command_palette=False)

    def on_mount(self) -> None:
        self.query_one("#source-text").focus()
        if self.target is not None:
            self.call_after_refresh(self.scroll_to_sentence, self.target)

    def scroll_to_sentence(self, number: int) -> None:
        """Centre sentence `number` in the view (no animation: the reader is waiting)."""
        scroller = self.query_one("#source-text", VerticalScroll)
        scroller.scroll_to_center(self.query_one(f"#sentence-{number}"), animate=False, immediate=True)

    def action_cited(self, step: int) -> None:
        """Move the marked sentence to the next or previous cited one, wrapping round."""
        if len(self.cited) <= 1:
            only = "No sentence of this source is cited." if not self.cited else "This is the only cited sentence."
            self.notify(only, timeout=3)
            return
        current = self.cited.index(self.target) if self.target in self.cited else -1
        target = self.cited[(current + step) % len(self.cited)]
        if self.target is not None:
            self.query_one(f"#sentence-{self.target}").remove_class("-target")
        self.target = target
        self.query_one(f"#sentence-{target}").add_class("-target")
        where = f"sentence {target} of {len(self.source.sentences)} · "
        self.query_one("#source-title", Static).update(Content(where).append(literal(self.source.label)))
        self.scroll_to_sentence(target)

    def action_copy_sentence(self) -> None:
        sentence = self.source.sentence(self.target or 1)
        if sentence is not None:
            self.app.copy_to_clipboard(sentence.text)
            self.app.post_message(AnswerCopied(sentence.text))
            self.notify(f"Copied sentence {sentence.number}.", markup=False)

    def action_close(self) -> None:
        self.dismiss()


class Dialog(ModalScreen[str | None]):
    """A centred box over the chat with a title; escape, q or F1 closes it."""

    BINDINGS = DIALOG_BINDINGS

    def __init__(self, title: str, dialog_id: str) -> None:
        super().__init__(classes="dialog-screen")
        self.title_text = title
        self.dialog_id = dialog_id

    def compose(self) -> ComposeResult:
        with Vertical(id=self.dialog_id, classes="dialog"):
            yield Static(literal(self.title_text), classes="dialog-title")
            with VerticalScroll(classes="dialog-body"):
                yield from self.body()
            yield Static(Content("escape to close"), classes="dialog-hint")

    def body(self) -> Iterable[Static | CitationView | OptionList]:
        return ()

    def on_mount(self) -> None:
        self.first_focus().focus()

    def first_focus(self) -> Widget:
        """What has focus when the dialog opens (Textual runs every class's on_mount, so override this)."""
        return self.query_one(".dialog-body")

    def action_close(self) -> None:
        self.dismiss()


class HelpScreen(Dialog):
    """Keys, generated from the bindings themselves, and what can be asked."""

    def __init__(self, key_sections: list[tuple[str, list[tuple[str, str]]]], asking: list[tuple[str, str]]) -> None:
        super().__init__("factbot help", "help")
        self.key_sections = key_sections
        self.asking = asking

    def body(self) -> Iterable[Static]:
        for section, keys in self.key_sections:
            yield Static(Content(section), classes="help-heading")
            width = max((len(key) for key, _ in keys), default=0)
            yield Static(Content("\n".join(f"{key:<{width}}  {description}" for key, description in keys)))
        for heading, text in self.asking:
            yield Static(Content(heading), classes="help-heading")
            yield Static(literal(text))


class KnownScreen(Dialog):
    """Everything the knowledge states about one entity, each with its citations."""

    def __init__(self, name: str, items: tuple[tuple[str, tuple[CitedSentence, ...]], ...]) -> None:
        super().__init__(f"What the sources say about {name}", "known")
        self.items = items

    def body(self) -> Iterable[Static | CitationView]:
        if not self.items:
            yield Static(Content("Nothing is curated about this yet."))
        for text, cited in self.items:
            yield Static(literal(f"• {text}"), classes="known-item")
            for number, citation in enumerate(cited, start=1):
                yield CitationView(citation, number, (citation.citation.sentence,))


class PickerScreen(Dialog):
    """Choose one of a list (a source to read, an entity, a saved conversation); dismisses with its value."""

    def __init__(self, title: str, dialog_id: str, choices: tuple[tuple[str, str], ...]) -> None:
        super().__init__(title, dialog_id)
        self.choices = choices
        """(label shown, value returned) pairs."""

    def body(self) -> Iterable[Static | OptionList]:
        if not self.choices:
            yield Static(Content("Nothing here yet."))
            return
        yield OptionList(*(literal(label) for label, _ in self.choices), id="picker-options")

    def first_focus(self) -> Widget:
        options = self.query("#picker-options")
        return options.first() if options else super().first_focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        """Close, handing the chosen value to whoever opened the picker."""
        event.stop()
        self.dismiss(self.choices[event.option_index][1])


def key_sections(
    sections: Iterable[tuple[str, list[BindingType]]],
    keymap: Mapping[str, str],
    display: Callable[[str], str],
    extra: Iterable[tuple[str, str]] = (),
) -> list[tuple[str, list[tuple[str, str]]]]:
    """Help rows (keys, description) from the binding data, with any remapping applied.

    `extra` rows (keys that are Textual's, such as tab) are added to the first section.
    """
    rows: list[tuple[str, list[tuple[str, str]]]] = []
    for title, bindings in sections:
        keys = [] if rows else list(extra)
        for binding in bindings:
            if not isinstance(binding, Binding):
                continue
            key_names = keymap.get(binding.id, binding.key) if binding.id else binding.key
            shown = ", ".join(display(key.strip()) for key in key_names.split(","))
            keys.append((shown, binding.tooltip or binding.description))
        rows.append((title, keys))
    return rows
