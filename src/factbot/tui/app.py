"""The chat app: keys, actions, the command palette and what is remembered between runs.

`ChatCore` (in `factbot.tui.chat_core`) asks and shows; this class adds what a
user does around that: new conversation (asked first), export (to a path shown
first), find, copy, explain, help, reopening saved conversations, and the theme
and keymap from `config.toml`. `make_app` is the one way to build it, for the CLI
and the tests.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from textual.app import SystemCommand
from textual.binding import Binding, BindingType
from textual.screen import Screen

from factbot.answering.profile import known_about
from factbot.conversations import SavedConversation, list_saved, write_atomically
from factbot.conversations import as_json as conversation_json
from factbot.engine import Engine
from factbot.formats import as_text, record
from factbot.sanitize import safe_text
from factbot.suggestions import Suggestions, build_suggestions
from factbot.tui.bindings import APP_BINDINGS, CHAT_BINDINGS, HELP_SECTIONS, MOVING_AROUND
from factbot.tui.chat_core import CHECK_COMMAND, ChatCore, claim_in
from factbot.tui.dialogs import ConfirmScreen, ExportScreen
from factbot.tui.export import conversation_markdown, export_folders, export_path, save_export
from factbot.tui.messages import AnswerCopied, ConversationExported, ConversationReset, ThemeSaved
from factbot.tui.screens import HelpScreen, PickerScreen, key_sections
from factbot.tui.search import SearchBar
from factbot.userfiles import Config, ConfigError, UserFiles, save_theme

if TYPE_CHECKING:
    from textual.command import Provider

__all__ = ["CHECK_COMMAND", "FactbotApp", "claim_in", "clipboard_caveat", "make_app"]

CHAT_ONLY_ACTIONS = frozenset(
    {"new_conversation", "open_source", "toggle_explain", "copy_answer", "export", "focus_question", "search"}
)
"""Actions that make no sense over the source viewer or a dialog; hidden there."""

TOAST_SECONDS = 3.0


def ordered_commands() -> type[Provider]:
    from factbot.tui.commands import OrderedSystemCommands

    return OrderedSystemCommands


def knowledge_commands() -> type[Provider]:
    """The palette's knowledge commands, imported when the palette first opens (start-up time)."""
    from factbot.tui.commands import KnowledgeCommands

    return KnowledgeCommands


class FactbotApp(ChatCore):
    """The factbot chat: transcript, question input, footer; screens for sources, help and dialogs."""

    CSS_PATH = "factbot.tcss"
    TITLE = "factbot"
    BINDINGS: ClassVar[list[BindingType]] = [*APP_BINDINGS, *CHAT_BINDINGS]
    COMMANDS = {ordered_commands, knowledge_commands}  # noqa: RUF012 (Textual declares it a plain set)
    AUTO_FOCUS = "#question"
    NOTIFICATION_TIMEOUT = TOAST_SECONDS

    def __init__(
        self,
        engine: Engine,
        suggestions: Suggestions,
        *,
        knowledge_folder: Path | None = None,
        user_files: UserFiles | None = None,
        config: Config | None = None,
        cursor_blink: bool = True,
        keymap: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(
            engine, suggestions, knowledge_folder=knowledge_folder, user_files=user_files, cursor_blink=cursor_blink
        )
        self.config = config or Config()
        self.user_keymap = {**self.config.keymap, **(keymap or {})}

    def on_mount(self) -> None:
        if self.user_keymap:
            self.set_keymap(self.user_keymap)
        if self.config.theme:
            if self.config.theme in self.available_themes:
                self.theme = self.config.theme
            else:
                self.notify(f"config.toml names an unknown theme {self.config.theme!r}.", severity="warning")
        self.theme_changed_signal.subscribe(self, self._remember_theme)

    def _remember_theme(self, theme: object) -> None:
        """A theme chosen in the chat is written to config.toml, so it survives a restart."""
        name = self.theme
        if self.user_files is None or name == self.config.theme:
            return
        try:
            save_theme(self.user_files.config_file, name)
        except (OSError, ConfigError) as error:
            self.notify(f"Could not save the theme: {error}", severity="warning", markup=False)
            return
        self.post_message(ThemeSaved(name))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Chat actions only apply to the chat, not to the source viewer or a dialog."""
        if action in CHAT_ONLY_ACTIONS and len(self.screen_stack) > 1:
            return False
        return not (action == "help" and isinstance(self.screen, HelpScreen))

    # --- conversation actions ------------------------------------------------------------
    def action_new_conversation(self) -> None:
        """Ask first (the current conversation stays saved), then start afresh."""
        if not self.exchanges and not self._queue:
            self.notify("This conversation is already new.", timeout=TOAST_SECONDS)
            return
        saved = " This one stays saved: reopen it from the palette (ctrl+p)." if self.saved_path else ""
        screen = ConfirmScreen("Start a new conversation?", f"Earlier questions will no longer give context.{saved}")
        self.push_screen(screen, self._new_conversation_answered)

    async def _new_conversation_answered(self, yes: bool | None) -> None:
        if yes:
            await self.start_new_conversation()
        else:
            self.back_to_prompt()

    async def start_new_conversation(self) -> None:
        """Forget the context and the transcript; an answer still on its way is dropped."""
        self._queue.clear()
        if self._asking:
            self._reset_when_idle = True
        else:
            self.conversation.reset()
        self.exchanges = []
        self.started = datetime.now()
        self.saved_path = None
        await self.transcript.clear_turns()
        self.question_input.focus()
        self.post_message(ConversationReset())

    def action_toggle_explain(self) -> None:
        self.explain = not self.explain

    def watch_explain(self, explain: bool) -> None:
        self.transcript.set_class(explain, "-explain")
        self.transcript.content_changed()
        self.notify("Explain is on: each answer says how it was read." if explain else "Explain is off.")

    def action_copy_answer(self) -> None:
        """Copy the last answer in the plain-text format of `factbot ask`."""
        if not self.exchanges:
            self.notify("There is no answer to copy yet.", severity="warning")
            return
        question, answer = self.exchanges[-1]
        text = as_text(record(len(self.exchanges), question, answer)).strip()
        self.copy_to_clipboard(text)
        self.post_message(AnswerCopied(text))
        caveat = clipboard_caveat(os.environ)
        if caveat is None:
            self.notify("Copied the last answer.")
        else:
            self.notify(
                f"Sent the answer to the clipboard, but {caveat}. You can also select text with shift+drag.",
                severity="warning",
                markup=False,
                timeout=8,
            )

    def export_folder(self) -> Path:
        if self.user_files is not None:
            return self.user_files.export_dir(self.config)
        return self.config.export_folder or UserFiles.standard().export_dir(self.config)

    def action_export(self, suffix: str = ".md") -> None:
        """Ask where to save (a new file in the export folder is proposed), then write Markdown or JSON."""
        if not self.exchanges:
            self.notify("Nothing to export yet: ask a question first.", severity="warning")
            return
        proposed = export_path(self.export_folder(), datetime.now(), suffix)
        self.push_screen(ExportScreen(proposed), self._export_to)

    def _export_to(self, path: Path | None) -> None:
        """Write the export; if `path` cannot take it, the working directory, home or the temporary folder
        does, and if none can, the clipboard: an export never crashes and never loses the conversation."""
        self.back_to_prompt()
        if path is None:
            return
        now = datetime.now()
        if path.suffix.lower() == ".json":
            text = conversation_json(self.exchanges, self.started, self.knowledge_folder)
        else:
            text = conversation_markdown(self.exchanges, self.engine.kb, now)
        try:
            write_atomically(path, text)
        except OSError as error:
            saved, failures = save_export(text, now, export_folders(), path.suffix)
            reasons = "; ".join([f"{path}: {error.strerror}", *failures])
            if saved is None:
                self.copy_to_clipboard(text)
                message = f"Could not save the conversation ({reasons}); it was copied to the clipboard instead."
                self.notify(safe_text(message), severity="error", markup=False, timeout=10)
                return
            self.post_message(ConversationExported(saved))
            self.notify(safe_text(f"Could not write {path} ({error.strerror}); saved to {saved}"), markup=False)
            return
        self.post_message(ConversationExported(path))
        self.notify(safe_text(f"Saved the conversation to {path}"), markup=False)

    def action_search(self) -> None:
        self.query_one(SearchBar).open()

    def action_focus_question(self) -> None:
        self.question_input.focus()

    def action_scroll_transcript(self, pages: int) -> None:
        if pages < 0:
            self.transcript.scroll_page_up()
        else:
            self.transcript.scroll_page_down()

    def action_follow_transcript(self) -> None:
        self.transcript.follow()

    def action_about(self) -> None:
        """Pick an entity, then see everything the sources say about it."""
        kb = self.engine.kb
        choices = tuple(
            (entity.name, entity_id) for entity_id, entity in kb.entities.items() if known_about(kb, entity_id)
        )
        self.push_screen(PickerScreen("What is known about…", "about", choices), self.show_known)

    def action_pick_source(self) -> None:
        sources = tuple((source.title, source.id) for source in self.engine.kb.knowledge.sources.values())
        self.push_screen(PickerScreen("Open which source?", "source-picker", sources), self._open_picked_source)

    def _open_picked_source(self, source_id: str | None) -> None:
        if source_id is not None:
            self.open_source(source_id)
        else:
            self.back_to_prompt()

    def action_open_source(self) -> None:
        """Read the latest answer's first citation in context, else pick a source."""
        for _question, answer in reversed(self.exchanges):
            if answer.citations:
                first = self.cited(answer)[0]
                siblings = tuple(c.sentence for c in answer.citations if c.source == first.citation.source)
                self.open_source(first.citation.source, first.citation.sentence, first.highlights, siblings)
                return
        sources = tuple(self.engine.kb.knowledge.sources.values())
        if len(sources) == 1:
            self.open_source(sources[0].id)
        else:
            self.action_pick_source()

    def saved_conversations(self) -> list[SavedConversation]:
        if self.user_files is None:
            return []
        return [saved for saved in list_saved(self.user_files.conversations_dir) if saved.path != self.saved_path]

    def action_reopen(self) -> None:
        """List saved conversations; the chosen one is asked again, in order, as a new conversation."""
        choices = tuple((saved.summary, str(saved.path)) for saved in self.saved_conversations())
        self.push_screen(PickerScreen("Reopen a saved conversation", "reopen", choices), self._reopen)

    async def _reopen(self, path: str | None) -> None:
        chosen = next((saved for saved in self.saved_conversations() if str(saved.path) == path), None)
        if chosen is None:
            self.back_to_prompt()
            return
        await self.start_new_conversation()
        for question in chosen.questions:
            await self.ask(question)

    # --- help and the command palette ------------------------------------------------------
    def action_help(self) -> None:
        """Keys (from the binding data, remaps applied) and what the knowledge can answer."""
        kb = self.engine.kb
        display = lambda key: self.get_key_display(Binding(key, ""))  # noqa: E731
        keys = key_sections(HELP_SECTIONS, self.user_keymap, display, MOVING_AROUND)
        openers = ", ".join(f'"{opener} …"' for opener in kb.lexicon.follow_up_openers)
        asking = [
            ("Questions like these", "\n".join(f"• {question}" for question in self.suggestions.questions)),
            ("Names it knows", ", ".join(entity.name for entity in kb.entities.values())),
            ("Figures it knows", ", ".join(measure.name for measure in kb.measures.values())),
            ("Follow-ups", f"A follow-up borrows what it leaves out from the question before: {openers}"),
            ("Checking a claim", f"{CHECK_COMMAND} <claim>: supported, refuted, or not in the sources."),
            ("Selecting text", "Hold shift (option on macOS) and drag to select with the mouse, or copy with ctrl+y."),
        ]
        asking.extend(self._files_help())
        self.push_screen(HelpScreen(keys, asking), self.back_to_prompt)

    def _files_help(self) -> list[tuple[str, str]]:
        rows = []
        if self.knowledge_folder is not None:
            rows.append(("Knowledge folder", str(self.knowledge_folder)))
        if self.user_files is not None:
            files = self.user_files
            rows.append(
                (
                    "Files",
                    f"config: {files.config_file}\nhistory: {files.history_file}\n"
                    f"conversations: {files.conversations_dir}\nexports: {self.export_folder()}",
                )
            )
        return rows

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        """The palette's commands, most used first: theme, export, source, new, about; Textual's own last."""
        textual_commands = list(super().get_system_commands(screen))
        yield from (command for command in textual_commands if command.title == "Theme")
        yield SystemCommand("Export as Markdown", "Save the conversation as a .md file", self.action_export)
        yield SystemCommand("Export as JSON", "Save it as .json records", lambda: self.action_export(".json"))
        yield SystemCommand("Open source", "Read the latest citation in its source", self.action_open_source)
        yield SystemCommand("New conversation", "Forget the context of earlier questions", self.action_new_conversation)
        yield SystemCommand("About…", "What the sources say about a company, group or market", self.action_about)
        yield SystemCommand("Find in conversation", "Search the transcript (ctrl+f)", self.action_search)
        yield SystemCommand("Reopen a saved conversation", "Ask a saved conversation again", self.action_reopen)
        yield SystemCommand("Toggle explain", "Say how each answer was read", self.action_toggle_explain)
        yield SystemCommand("Copy last answer", "Copy the last answer to the clipboard", self.action_copy_answer)
        yield SystemCommand("Help", "Keys and what you can ask", self.action_help)
        yield from (command for command in textual_commands if command.title != "Theme")


def clipboard_caveat(environment: Mapping[str, str]) -> str | None:
    """Why the terminal probably ignores Textual's clipboard escape (OSC 52), if it does."""
    if environment.get("TERM_PROGRAM") == "Apple_Terminal":
        return "macOS Terminal ignores clipboard requests from programs"
    if environment.get("TMUX"):
        return "tmux passes it on only with `set -g set-clipboard on`"
    if environment.get("TERM") in {"linux", "dumb"}:
        return "this terminal has no clipboard support"
    return None


def make_app(
    engine: Engine,
    *,
    knowledge_folder: Path | None = None,
    suggestions: Suggestions | None = None,
    user_files: UserFiles | None = None,
    config: Config | None = None,
    cursor_blink: bool = True,
    keymap: Mapping[str, str] | None = None,
) -> FactbotApp:
    """Build the chat app; the CLI and every test go through here.

    `suggestions` defaults to ones built from the engine's knowledge; `user_files`
    says where history and conversations are kept (None: nowhere); `config` is the
    parsed config.toml; tests turn `cursor_blink` off so screenshots are stable;
    `keymap` remaps binding ids (over the config's keymap).
    """
    return FactbotApp(
        engine,
        suggestions if suggestions is not None else build_suggestions(engine),
        knowledge_folder=knowledge_folder,
        user_files=user_files,
        config=config,
        cursor_blink=cursor_blink,
        keymap=keymap,
    )
