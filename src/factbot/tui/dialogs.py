"""Small dialogs that ask before acting: start a new conversation? export where?

Both are modal and keyboard-first: the answer is one key (y / n, enter / escape),
and the export dialog shows the full path it will write before writing anything,
so nothing is ever saved silently into the current directory.
"""

from __future__ import annotations

from pathlib import Path

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from factbot.tui.answer_view import literal
from factbot.tui.bindings import CONFIRM_BINDINGS, DIALOG_BINDINGS

EXPORT_SUFFIXES = {".md": "Markdown", ".json": "JSON"}


class ConfirmScreen(ModalScreen[bool]):
    """A yes/no question; y or enter says yes, n or escape says no."""

    BINDINGS = CONFIRM_BINDINGS

    def __init__(self, question: str, detail: str) -> None:
        super().__init__(classes="dialog-screen")
        self.question = question
        self.detail = detail

    def compose(self) -> ComposeResult:
        with Vertical(id="confirm", classes="dialog small-dialog"):
            yield Static(literal(self.question), classes="dialog-title")
            yield Static(literal(self.detail), classes="dialog-detail")
            yield Static(Content("y or enter: yes · n or escape: no"), classes="dialog-hint")

    def action_answer(self, yes: bool) -> None:
        self.dismiss(yes)


class ExportScreen(ModalScreen[Path | None]):
    """Where to save the conversation: a path to edit, proposed in the export folder.

    The suffix picks the format (.md Markdown, .json JSON); a relative path is taken
    relative to the export folder, never the current directory.
    """

    BINDINGS = DIALOG_BINDINGS

    def __init__(self, proposed: Path) -> None:
        super().__init__(classes="dialog-screen")
        self.proposed = proposed

    def compose(self) -> ComposeResult:
        with Vertical(id="export", classes="dialog small-dialog"):
            yield Static(Content("Export the conversation to"), classes="dialog-title")
            yield Input(str(self.proposed), id="export-path", select_on_focus=False)
            yield Static(
                Content("enter: save · escape: cancel · .md for Markdown, .json for JSON"), classes="dialog-hint"
            )

    def on_mount(self) -> None:
        path = self.query_one("#export-path", Input)
        path.focus()
        path.cursor_position = len(path.value)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        chosen = resolve_export_path(event.value, self.proposed.parent)
        if chosen is None:
            self.notify("Give a file name ending in .md or .json.", severity="warning", timeout=4)
            return
        if chosen.exists():
            self.notify(f"{chosen} exists; choose another name.", severity="warning", markup=False, timeout=4)
            return
        self.dismiss(chosen)

    def action_close(self) -> None:
        self.dismiss(None)


def resolve_export_path(typed: str, folder: Path) -> Path | None:
    """The file `typed` names: `~` expanded, relative to `folder`; None unless it ends in .md or .json."""
    text = typed.strip()
    if not text:
        return None
    path = Path(text).expanduser()
    if not path.is_absolute():
        path = folder / path
    return path if path.suffix.lower() in EXPORT_SUFFIXES else None
