"""Every key the chat answers to, as data: one place to read, remap and document.

Each binding has an id, so a user keymap (`make_app(..., keymap={"factbot.export":
"f5"})`) can move it, and the help screen lists these same objects, so it can
never disagree with what the keys do. Keys are chosen to survive terminals and
multiplexers: no ctrl+enter, no ctrl+j, and F1 always has `?` as a fallback.
"""

from __future__ import annotations

from textual.binding import Binding, BindingType

APP_BINDINGS: list[BindingType] = [
    Binding("f1", "help", "Help", id="factbot.help", tooltip="Keys and what you can ask"),
    Binding("question_mark", "help", "Help", show=False, id="factbot.help_when_not_typing"),
    Binding("ctrl+q", "quit", "Quit", id="factbot.quit", priority=True, tooltip="Quit factbot"),
    Binding("ctrl+n", "new_conversation", "New", id="factbot.new_conversation", tooltip="Start a new conversation"),
    Binding("ctrl+o", "open_source", "Source", id="factbot.open_source", tooltip="Read the latest citation in context"),
    Binding("ctrl+f", "search", "Search", id="factbot.search", tooltip="Find text in the conversation"),
    Binding("ctrl+s", "export", "Export", id="factbot.export", tooltip="Save the conversation as Markdown or JSON"),
    Binding("ctrl+t", "toggle_explain", "Explain", show=False, id="factbot.toggle_explain", tooltip="How it was read"),
    Binding("ctrl+y", "copy_answer", "Copy", show=False, id="factbot.copy_answer", tooltip="Copy the last answer"),
    Binding(
        "ctrl+p", "command_palette", "Palette", id="factbot.palette", priority=True, tooltip="Every command by name"
    ),
]
"""Available everywhere in the chat; the shown ones are the footer (it must fit 80 columns)."""

MOVING_AROUND: tuple[tuple[str, str], ...] = (
    ("tab / shift+tab", "move between the prompt, the sample questions, clarify options and citations"),
    ("any letter", "typed anywhere in the conversation, goes to the prompt (so does a paste)"),
)
"""Keys that belong to no binding of ours (focus moves are Textual's), listed in help all the same."""

CHAT_BINDINGS: list[BindingType] = [
    Binding("escape", "focus_question", "Type", show=False, id="factbot.focus_question"),
    Binding("pageup", "scroll_transcript(-1)", "Scroll up", show=False, id="factbot.page_up"),
    Binding("pagedown", "scroll_transcript(1)", "Scroll down", show=False, id="factbot.page_down"),
    Binding("ctrl+end", "follow_transcript", "Latest", show=False, id="factbot.latest"),
]
"""Chat screen only: moving between the transcript and the question."""

QUESTION_BINDINGS: list[BindingType] = [
    Binding("up", "history(-1)", "Previous question", show=False, id="factbot.history_previous"),
    Binding("down", "history(1)", "Next question", show=False, id="factbot.history_next"),
]
"""The question input: recall earlier questions like a shell."""

CITATION_BINDINGS: list[BindingType] = [
    Binding("enter", "open", "Open source", id="factbot.open_citation"),
]
"""A focused citation."""

SOURCE_BINDINGS: list[BindingType] = [
    Binding("escape,q", "close", "Back", id="factbot.close_source", tooltip="Back to the chat"),
    Binding("n", "cited(1)", "Next cited", id="factbot.next_cited", tooltip="Next cited sentence"),
    Binding("p", "cited(-1)", "Previous", id="factbot.previous_cited", tooltip="Previous cited sentence"),
    Binding("c", "copy_sentence", "Copy", id="factbot.copy_sentence", tooltip="Copy the marked sentence"),
]
"""The source viewer; short names, so that its footer keeps F1 at 80 columns."""

DIALOG_BINDINGS: list[BindingType] = [
    Binding("escape,q,f1", "close", "Close", id="factbot.close_dialog"),
]
"""Help, the entity profile and the pickers."""

CONFIRM_BINDINGS: list[BindingType] = [
    Binding("y,enter", "answer(True)", "Yes", id="factbot.confirm_yes"),
    Binding("n,escape", "answer(False)", "No", id="factbot.confirm_no"),
]
"""A yes/no question such as "Start a new conversation?"."""

SEARCH_BINDINGS: list[BindingType] = [
    Binding("enter,down", "search_step(1)", "Next match", id="factbot.search_next"),
    Binding("shift+enter,up", "search_step(-1)", "Previous match", id="factbot.search_previous"),
    Binding("escape", "close_search", "Close search", id="factbot.search_close"),
]
"""The search bar (ctrl+f)."""

HELP_SECTIONS: tuple[tuple[str, list[BindingType]], ...] = (
    ("Everywhere", APP_BINDINGS),
    ("Chat", CHAT_BINDINGS),
    ("Question", QUESTION_BINDINGS),
    ("Citation", CITATION_BINDINGS),
    ("Search (ctrl+f)", SEARCH_BINDINGS),
    ("Source viewer", SOURCE_BINDINGS),
)
"""What the help screen lists, in this order."""
