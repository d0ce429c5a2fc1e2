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
    Binding("ctrl+n", "new_conversation", "New", id="factbot.new_conversation", tooltip="Forget the context"),
    Binding("ctrl+o", "open_source", "Source", id="factbot.open_source", tooltip="Read the latest citation in context"),
    Binding("ctrl+t", "toggle_explain", "Explain", id="factbot.toggle_explain", tooltip="Show intent, slots, working"),
    Binding("ctrl+y", "copy_answer", "Copy", id="factbot.copy_answer", tooltip="Copy the last answer"),
    Binding("ctrl+s", "export", "Export", id="factbot.export", tooltip="Save the conversation as Markdown"),
]
"""Available everywhere in the chat; shown in the footer."""

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
    Binding("escape,q", "close", "Back to chat", id="factbot.close_source"),
    Binding("n", "cited(1)", "Next cited", id="factbot.next_cited"),
    Binding("p", "cited(-1)", "Previous cited", id="factbot.previous_cited"),
    Binding("c", "copy_sentence", "Copy sentence", id="factbot.copy_sentence"),
]
"""The source viewer."""

DIALOG_BINDINGS: list[BindingType] = [
    Binding("escape,q,f1", "close", "Close", id="factbot.close_dialog"),
]
"""Help, the entity profile and the source picker."""

HELP_SECTIONS: tuple[tuple[str, list[BindingType]], ...] = (
    ("Everywhere", APP_BINDINGS),
    ("Chat", CHAT_BINDINGS),
    ("Question", QUESTION_BINDINGS),
    ("Citation", CITATION_BINDINGS),
    ("Source viewer", SOURCE_BINDINGS),
)
"""What the help screen lists, in this order."""
