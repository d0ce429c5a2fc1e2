"""The chat app: a thin Textual layer over `Engine.ask`.

The app owns one `Conversation`, sends each question to the engine in a thread
worker (so typing never waits on an answer), and renders the `Answer` it gets
back. It decides nothing about what a question means; routing and answering are
the engine's. `make_app` is the one way to build it, for the CLI and the tests.

Questions are answered strictly in the order asked: a queue feeds one worker at
a time, because each answer updates the conversation the next one reads.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from textual import work
from textual.app import App, ComposeResult, SystemCommand
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.reactive import reactive
from textual.screen import Screen
from textual.widgets import Footer, Input

from factbot.answering.profile import known_about
from factbot.engine import Engine
from factbot.formats import as_text, record
from factbot.results import Answer, Citation, Status, Trace
from factbot.suggestions import Suggestions, build_suggestions
from factbot.tui.answer_view import AskableOptions, CitedSentence
from factbot.tui.bindings import APP_BINDINGS, CHAT_BINDINGS, HELP_SECTIONS
from factbot.tui.export import conversation_markdown, export_path
from factbot.tui.highlight import figure_pattern, highlight_spans
from factbot.tui.messages import (
    AnswerCopied,
    AnswerShown,
    CitationSelected,
    ClarificationRequested,
    ConversationExported,
    ConversationReset,
    OptionChosen,
    QuestionSubmitted,
    SourceOpened,
)
from factbot.tui.question_input import QuestionInput
from factbot.tui.screens import HelpScreen, KnownScreen, SourcePickerScreen, SourceScreen, key_sections
from factbot.tui.transcript import Transcript, Turn, WelcomePanel
from factbot.understanding.conversation import Conversation

if TYPE_CHECKING:
    from textual.command import Provider

CHAT_ONLY_ACTIONS = frozenset(
    {"new_conversation", "open_source", "toggle_explain", "copy_answer", "export", "focus_question"}
)
"""Actions that make no sense over the source viewer or a dialog; hidden there."""


def knowledge_commands() -> type[Provider]:
    """The palette's knowledge commands, imported when the palette first opens (start-up time)."""
    from factbot.tui.commands import KnowledgeCommands

    return KnowledgeCommands


CHECK_COMMAND = "/check"


def claim_in(question: str) -> str | None:
    """The claim of a "/check <claim>" line, or None for an ordinary question."""
    head, _, rest = question.partition(" ")
    if head.casefold() == CHECK_COMMAND and rest.strip():
        return rest.strip()
    return None


@dataclass
class AnswerArrived(Message):
    """Internal: the worker thread hands an answer back to the UI thread."""

    question: str
    turn: Turn
    answer: Answer


class FactbotApp(App[None]):
    """The factbot chat: transcript, question input, footer; screens for sources and help."""

    CSS_PATH = "factbot.tcss"
    TITLE = "factbot"
    BINDINGS: ClassVar[list[BindingType]] = [*APP_BINDINGS, *CHAT_BINDINGS]
    COMMANDS = App.COMMANDS | {knowledge_commands}
    AUTO_FOCUS = "#question"

    explain = reactive(False, init=False)
    """Show each answer's trace (intent, confidence, slots, working)."""

    def __init__(
        self,
        engine: Engine,
        *,
        knowledge_folder: Path | None = None,
        suggestions: Suggestions | None = None,
        cursor_blink: bool = True,
        keymap: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__()
        self.engine = engine
        self.knowledge_folder = knowledge_folder
        self.suggestions = suggestions if suggestions is not None else build_suggestions(engine)
        self.conversation = Conversation()
        self.cursor_blink = cursor_blink
        self.user_keymap = dict(keymap or {})
        self.figures = figure_pattern(engine.kb.lexicon.scale_words)
        self._queue: deque[tuple[str, Turn]] = deque()
        self._asking = False
        self._reset_when_idle = False

    # --- layout ---------------------------------------------------------------------
    def compose(self) -> ComposeResult:
        titles = tuple(source.title for source in self.engine.kb.knowledge.sources.values())
        yield Transcript(WelcomePanel(titles, self.suggestions.samples))
        yield QuestionInput(self.suggestions, cursor_blink=self.cursor_blink)
        yield Footer()

    def on_mount(self) -> None:
        if self.user_keymap:
            self.set_keymap(self.user_keymap)

    @property
    def transcript(self) -> Transcript:
        return self.query_one(Transcript)

    @property
    def question_input(self) -> QuestionInput:
        return self.query_one(QuestionInput)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Chat actions only apply to the chat, not to the source viewer or a dialog."""
        if action in CHAT_ONLY_ACTIONS and len(self.screen_stack) > 1:
            return False
        return not (action == "help" and isinstance(self.screen, HelpScreen))

    # --- asking ---------------------------------------------------------------------
    async def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        question = event.value.strip()
        event.input.value = ""
        if question:
            await self.ask(question)

    async def on_option_chosen(self, message: OptionChosen) -> None:
        """A sample or clarify option is asked as the next question of this conversation."""
        await self.ask(message.text)
        self.question_input.focus()

    async def ask(self, question: str) -> None:
        """Show the question at once, then queue it for the engine."""
        self.question_input.remember(question)
        turn = await self.transcript.add_turn(question)
        self._queue.append((question, turn))
        self.post_message(QuestionSubmitted(question))
        self._ask_next()

    def _ask_next(self) -> None:
        if self._asking or not self._queue:
            return
        question, turn = self._queue.popleft()
        self._asking = True
        self._answer_in_thread(question, turn)

    @work(thread=True, group="engine")
    def _answer_in_thread(self, question: str, turn: Turn) -> None:
        """Ask the engine off the UI thread; an engine failure becomes an error answer."""
        try:
            claim = claim_in(question)
            answer = self.engine.check(claim) if claim is not None else self.engine.ask(question, self.conversation)
        except Exception as error:
            trace = Trace("none", 0.0, "engine error")
            answer = Answer(Status.ERROR, f"The engine failed on this question: {error}", trace=trace)
        self.post_message(AnswerArrived(question, turn, answer))  # post_message is thread-safe

    async def on_answer_arrived(self, message: AnswerArrived) -> None:
        """Back on the UI thread: show the answer, then start the next queued question."""
        self._asking = False
        if self._reset_when_idle:
            self._reset_when_idle = False
            self.conversation.reset()
        turn, answer = message.turn, message.answer
        if turn.is_attached:
            await self.transcript.show_answer(turn, answer, self.cited(answer))
            self.post_message(AnswerShown(message.question, answer))
            if answer.status is Status.CLARIFY and answer.options:
                self.post_message(ClarificationRequested(message.question, answer.options))
                self._offer_options(turn)
        self._ask_next()

    def _offer_options(self, turn: Turn) -> None:
        """Move focus to the clarify options unless the user has started typing again."""
        if self._queue or self.question_input.value or self.focused is not self.question_input:
            return
        turn.query_one(AskableOptions).focus()

    def cited(self, answer: Answer) -> tuple[CitedSentence, ...]:
        """The answer's citations with source titles and the figures to highlight."""
        return self.cited_sentences(answer.citations, (answer.text, *answer.working))

    def cited_sentences(self, citations: Iterable[Citation], texts: tuple[str, ...]) -> tuple[CitedSentence, ...]:
        """Citations ready to show: titled, with what `texts` repeat from them highlighted."""
        sources = self.engine.kb.knowledge.sources
        return tuple(
            CitedSentence(
                citation,
                sources[citation.source].title if citation.source in sources else citation.source,
                highlight_spans(citation.quote, texts, self.figures),
            )
            for citation in citations
        )

    # --- sources and knowledge ---------------------------------------------------------
    def on_citation_selected(self, message: CitationSelected) -> None:
        citation = message.citation
        self.open_source(citation.source, citation.sentence, message.highlights, message.cited)

    def open_source(
        self,
        source_id: str,
        sentence: int | None = None,
        highlights: tuple[tuple[int, int], ...] = (),
        cited: tuple[int, ...] = (),
    ) -> None:
        """Show a whole source, scrolled to `sentence` when one is given."""
        source = self.engine.kb.knowledge.sources.get(source_id)
        if source is None:
            self.notify(f"No source called {source_id!r} is loaded.", severity="error", markup=False)
            return
        self.push_screen(SourceScreen(source, sentence, highlights, cited))
        self.post_message(SourceOpened(source_id, sentence))

    def show_known(self, entity_id: str) -> None:
        """Everything the knowledge says about one entity (`factbot.answering.profile`), each item cited."""
        kb = self.engine.kb
        items = []
        for item in known_about(kb, entity_id):
            citations = {(e.source, e.sentence): kb.citation(e) for e in item.evidence}
            items.append((item.text, self.cited_sentences(citations.values(), (item.text,))))
        self.push_screen(KnownScreen(kb.entities[entity_id].name, tuple(items)))

    def action_open_source(self) -> None:
        """Read the latest answer's first citation in context, else pick a source."""
        for _question, answer in reversed(self.conversation.history):
            if answer.citations:
                first = self.cited(answer)[0]
                siblings = tuple(c.sentence for c in answer.citations if c.source == first.citation.source)
                self.open_source(first.citation.source, first.citation.sentence, first.highlights, siblings)
                return
        sources = tuple(self.engine.kb.knowledge.sources.values())
        if len(sources) == 1:
            self.open_source(sources[0].id)
        else:
            self.push_screen(SourcePickerScreen(sources), self._open_picked_source)

    def _open_picked_source(self, source_id: str | None) -> None:
        if source_id is not None:
            self.open_source(source_id)

    # --- conversation actions ------------------------------------------------------------
    async def action_new_conversation(self) -> None:
        """Forget the context and the transcript; an answer still on its way is dropped."""
        self._queue.clear()
        if self._asking:
            self._reset_when_idle = True
        else:
            self.conversation.reset()
        await self.transcript.clear_turns()
        self.question_input.focus()
        self.post_message(ConversationReset())
        self.notify("New conversation: earlier questions no longer give context.")

    def action_toggle_explain(self) -> None:
        self.explain = not self.explain

    def watch_explain(self, explain: bool) -> None:
        self.transcript.set_class(explain, "-explain")
        self.transcript.content_changed()
        self.notify("Explain is on: each answer shows its trace." if explain else "Explain is off.")

    def action_copy_answer(self) -> None:
        """Copy the last answer in the plain-text format of `factbot ask`."""
        history = self.conversation.history
        if not history:
            self.notify("There is no answer to copy yet.", severity="warning")
            return
        question, answer = history[-1]
        text = as_text(record(len(history), question, answer)).strip()
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

    def action_export(self) -> None:
        """Write the conversation as Markdown to a new file in the current directory."""
        history = self.conversation.history
        if not history:
            self.notify("Nothing to export yet: ask a question first.", severity="warning")
            return
        now = datetime.now()
        path = export_path(Path.cwd(), now)
        try:
            path.write_text(conversation_markdown(history, self.engine.kb, now), encoding="utf-8")
        except OSError as error:
            self.notify(f"Could not write {path}: {error.strerror}", severity="error", markup=False)
            return
        self.post_message(ConversationExported(path))
        self.notify(f"Saved the conversation to {path}", markup=False)

    def action_focus_question(self) -> None:
        self.question_input.focus()

    def action_scroll_transcript(self, pages: int) -> None:
        if pages < 0:
            self.transcript.scroll_page_up()
        else:
            self.transcript.scroll_page_down()

    def action_follow_transcript(self) -> None:
        self.transcript.follow()

    # --- help and the command palette ------------------------------------------------------
    def action_help(self) -> None:
        """Keys (from the binding data, remaps applied) and what the knowledge can answer."""
        kb = self.engine.kb
        keys = key_sections(HELP_SECTIONS, self.user_keymap, lambda key: self.get_key_display(Binding(key, "")))
        openers = ", ".join(f'"{opener} …"' for opener in kb.lexicon.follow_up_openers)
        asking = [
            ("Questions like these", "\n".join(f"• {question}" for question in self.suggestions.questions)),
            ("Names it knows", ", ".join(entity.name for entity in kb.entities.values())),
            ("Figures it knows", ", ".join(measure.name for measure in kb.measures.values())),
            ("Follow-ups", f"A follow-up borrows what it leaves out from the question before: {openers}"),
            ("Checking a claim", f"{CHECK_COMMAND} <claim>: supported, refuted, or not in the sources."),
            ("Selecting text", "Hold shift (option on macOS) and drag to select with the mouse, or copy with ctrl+y."),
        ]
        if self.knowledge_folder is not None:
            asking.append(("Knowledge folder", str(self.knowledge_folder)))
        self.push_screen(HelpScreen(keys, asking))

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        yield SystemCommand("New conversation", "Forget the context of earlier questions", self.action_new_conversation)
        yield SystemCommand("Open source", "Read the latest citation in its source", self.action_open_source)
        yield SystemCommand(
            "Toggle explain", "Show intent, confidence and slots per answer", self.action_toggle_explain
        )
        yield SystemCommand("Copy last answer", "Copy the last answer to the clipboard", self.action_copy_answer)
        yield SystemCommand("Export conversation", "Save it as Markdown in the current directory", self.action_export)
        yield SystemCommand("Help", "Keys and what you can ask", self.action_help)


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
    cursor_blink: bool = True,
    keymap: Mapping[str, str] | None = None,
) -> FactbotApp:
    """Build the chat app; the CLI and every test go through here.

    `suggestions` defaults to ones built from the engine's knowledge; tests turn
    `cursor_blink` off so screenshots are stable; `keymap` remaps binding ids.
    """
    return FactbotApp(
        engine, knowledge_folder=knowledge_folder, suggestions=suggestions, cursor_blink=cursor_blink, keymap=keymap
    )
