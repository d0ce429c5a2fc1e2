"""The heart of the chat: ask the engine off the UI thread and show each answer.

The app owns one `Conversation`, sends each question to the engine in a thread
worker (so typing never waits on an answer), and renders the `Answer` it gets
back. It decides nothing about what a question means; routing and answering are
the engine's. Questions are answered strictly in the order asked: a queue feeds
one worker at a time, because each answer updates the conversation the next one
reads. The actions, the palette and what is remembered between runs are in
`factbot.tui.app`, which builds on this class.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from textual import work
from textual.app import App, ComposeResult
from textual.message import Message
from textual.reactive import reactive
from textual.widgets import Footer, Input

from factbot.answering.profile import known_about
from factbot.conversations import as_json as conversation_json
from factbot.conversations import unique_path, write_atomically
from factbot.engine import Engine
from factbot.results import Answer, Citation, Status, Trace
from factbot.suggestions import Suggestions
from factbot.tui.answer_view import AskableOptions, CitedSentence
from factbot.tui.background import in_daemon_thread
from factbot.tui.explain import explanation_lines
from factbot.tui.highlight import figure_pattern, highlight_spans
from factbot.tui.messages import (
    AnswerShown,
    CitationSelected,
    ClarificationRequested,
    ConversationSaved,
    OptionChosen,
    QuestionSubmitted,
    SourceOpened,
)
from factbot.tui.nearby import nearby_parts
from factbot.tui.question_input import QuestionInput
from factbot.tui.screens import KnownScreen, SourceScreen
from factbot.tui.search import SearchBar
from factbot.tui.transcript import Transcript, Turn, WelcomePanel
from factbot.understanding.conversation import Conversation
from factbot.userfiles import UserFiles, append_history, read_history

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


class ChatCore(App[None]):
    """Transcript, search bar, prompt and footer; the engine behind a queue."""

    explain = reactive(False, init=False)
    """Show each answer's explanation (how it was read, about what, how sure)."""

    def __init__(
        self,
        engine: Engine,
        suggestions: Suggestions,
        *,
        knowledge_folder: Path | None,
        user_files: UserFiles | None,
        cursor_blink: bool,
    ) -> None:
        super().__init__()
        self.engine = engine
        self.knowledge_folder = knowledge_folder
        self.suggestions = suggestions
        self.user_files = user_files
        """Where history and conversations are kept; None remembers nothing between runs."""
        self.cursor_blink = cursor_blink
        self.conversation = Conversation()
        self.exchanges: list[tuple[str, Answer]] = []
        """Every question of this conversation with its answer, /check claims included (what is saved)."""
        self.started = datetime.now()
        self.saved_path: Path | None = None
        self.figures = figure_pattern(engine.kb.lexicon.scale_words)
        self._queue: deque[tuple[str, Turn]] = deque()
        self._asking = False
        self._reset_when_idle = False

    # --- layout ---------------------------------------------------------------------
    def compose(self) -> ComposeResult:
        titles = tuple(source.title for source in self.engine.kb.knowledge.sources.values())
        yield Transcript(WelcomePanel(titles, self.suggestions.samples))
        yield SearchBar(cursor_blink=self.cursor_blink)
        history = read_history(self.user_files.history_file) if self.user_files else []
        yield QuestionInput(self.suggestions, cursor_blink=self.cursor_blink, history=history)
        yield Footer(show_command_palette=False)

    @property
    def transcript(self) -> Transcript:
        return self.query_one(Transcript)

    @property
    def question_input(self) -> QuestionInput:
        return self.query_one(QuestionInput)

    # --- asking ---------------------------------------------------------------------
    async def on_input_submitted(self, event: Input.Submitted) -> None:
        if not isinstance(event.input, QuestionInput):
            return
        event.stop()
        question = event.value.strip()  # the input has cleared itself already, in order with the keys
        if question:
            await self.ask(question)

    async def on_option_chosen(self, message: OptionChosen) -> None:
        """A sample or clarify option is asked as the next question of this conversation."""
        await self.ask(message.text)
        self.question_input.focus()

    async def ask(self, question: str) -> None:
        """Show the question at once, remember it, then queue it for the engine."""
        self.question_input.remember(question)
        if self.user_files is not None:
            append_history(self.user_files.history_file, question)
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

    @work(group="engine")
    async def _answer_in_thread(self, question: str, turn: Turn) -> None:
        """Ask the engine off the UI thread (a daemon one: quit never waits for it); a failure is an error answer."""
        claim = claim_in(question)
        try:
            if claim is not None:
                answer = await in_daemon_thread(lambda: self.engine.check(claim))
            else:
                answer = await in_daemon_thread(lambda: self.engine.ask(question, self.conversation))
        except Exception as error:
            trace = Trace("none", 0.0, "engine error")
            answer = Answer(Status.ERROR, f"The engine failed on this question: {error}", trace=trace)
        self.post_message(AnswerArrived(question, turn, answer))

    async def on_answer_arrived(self, message: AnswerArrived) -> None:
        """Back on the UI thread: show the answer, save the conversation, start the next question."""
        self._asking = False
        if self._reset_when_idle:
            self._reset_when_idle = False
            self.conversation.reset()
        turn, answer = message.turn, message.answer
        if turn.is_attached:
            await self.show(turn, answer)
            self.exchanges.append((message.question, answer))
            self.save_conversation()
            self.post_message(AnswerShown(message.question, answer))
            if answer.status is Status.CLARIFY and answer.options:
                self.post_message(ClarificationRequested(message.question, answer.options))
                self._offer_options(turn)
        self._ask_next()

    async def show(self, turn: Turn, answer: Answer) -> None:
        kb = self.engine.kb
        parts = nearby_parts(kb, answer)
        await self.transcript.show_answer(turn, answer, self.cited(answer), parts, explanation_lines(answer, kb))

    def _offer_options(self, turn: Turn) -> None:
        """Move focus to the clarify options unless the user has started typing again."""
        if self._queue or self.question_input.value or self.focused is not self.question_input:
            return
        turn.query_one(AskableOptions).focus()

    def save_conversation(self) -> None:
        """Rewrite this conversation's file in the conversations folder (failing quietly: it is a convenience)."""
        if self.user_files is None or not self.exchanges:
            return
        folder = self.user_files.conversations_dir
        if self.saved_path is None:
            self.saved_path = unique_path(folder, "", self.started, ".json")
        try:
            write_atomically(self.saved_path, conversation_json(self.exchanges, self.started, self.knowledge_folder))
        except OSError:
            return
        self.post_message(ConversationSaved(self.saved_path))

    def cited(self, answer: Answer) -> tuple[CitedSentence, ...]:
        """The answer's citations with source labels and the figures to highlight."""
        return self.cited_sentences(answer.citations, (answer.text, *answer.working))

    def cited_sentences(self, citations: Iterable[Citation], texts: tuple[str, ...]) -> tuple[CitedSentence, ...]:
        """Citations ready to show: labelled, with what `texts` repeat from them highlighted."""
        sources = self.engine.kb.knowledge.sources
        return tuple(
            CitedSentence(
                citation,
                sources[citation.source].label if citation.source in sources else citation.source,
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
        """Show a whole source, scrolled to `sentence` when one is given; closing it returns to the prompt."""
        source = self.engine.kb.knowledge.sources.get(source_id)
        if source is None:
            self.notify(f"No source called {source_id!r} is loaded.", severity="error", markup=False)
            return
        self.push_screen(SourceScreen(source, sentence, highlights, cited), self.back_to_prompt)
        self.post_message(SourceOpened(source_id, sentence))

    def back_to_prompt(self, _result: object = None) -> None:
        """After a screen over the chat closes, typing goes to the prompt again (not to a citation)."""
        if len(self.screen_stack) == 1:
            self.question_input.focus()

    def show_known(self, entity_id: str | None) -> None:
        """Everything the knowledge says about one entity (`factbot.answering.profile`), each item cited."""
        if entity_id is None:
            return
        kb = self.engine.kb
        items = []
        for item in known_about(kb, entity_id):
            citations = {(e.source, e.sentence): kb.citation(e) for e in item.evidence}
            items.append((item.text, self.cited_sentences(citations.values(), (item.text,))))
        self.push_screen(KnownScreen(kb.entities[entity_id].name, tuple(items)), self.back_to_prompt)
