"""The chat, driven by keys through Pilot: asking, follow-ups, clarify, history, safety.

Each test asserts on what the user would read and on the messages the app posted.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from textual.widgets import Static
from tui_helpers import Recorder, ask, last_turn, settle, shown_text

from factbot.results import Status
from factbot.tui.answer_view import AskableOptions, CitationView
from factbot.tui.app import FactbotApp
from factbot.tui.dialogs import ConfirmScreen
from factbot.tui.messages import (
    AnswerShown,
    ClarificationRequested,
    ConversationReset,
    OptionChosen,
    QuestionSubmitted,
)

AppFactory = Callable[..., FactbotApp]


async def test_should_show_answer_and_citation_when_a_question_is_asked(
    new_app: AppFactory, recorder: Recorder
) -> None:
    """Given the chat, when a computed question is asked, then answer, working and citation show."""
    app = new_app()
    question = "How many more EVs did Tesla sell than BYD in 2023?"
    async with app.run_test(size=(100, 30), message_hook=recorder) as pilot:
        await ask(pilot, question)
        text = shown_text(last_turn(app))
        assert "230,000" in text
        assert "answered" in text
        assert "working: 1.8 million − 1.57 million = 230,000" in text
        assert "sentence 25" in text
        assert "Tesla and BYD were far ahead with 1.8 million and 1.57 million" in text
        assert [message.question for message in recorder.of(QuestionSubmitted)] == [question]
        (shown,) = recorder.of(AnswerShown)
        assert shown.answer.status is Status.ANSWERED
        assert shown.answer.citations[0].sentence == 25


async def test_should_answer_a_follow_up_from_the_previous_question(new_app: AppFactory, recorder: Recorder) -> None:
    """Given an answered question about one company, "What about Honda?" borrows the rest."""
    app = new_app()
    async with app.run_test(size=(100, 30), message_hook=recorder) as pilot:
        await ask(pilot, "How many EVs did Nissan sell in 2023?")
        await ask(pilot, "What about Honda?")
        assert "19,000" in shown_text(last_turn(app))
        answers = recorder.of(AnswerShown)
        assert [shown.answer.status for shown in answers] == [Status.ANSWERED, Status.ANSWERED]
        assert "19,000" in answers[-1].answer.text


async def test_should_answer_a_clarify_option_chosen_by_keyboard(new_app: AppFactory, recorder: Recorder) -> None:
    """Given "Nissan sales" (ambiguous), when the second option is chosen with down and enter, it is asked."""
    app = new_app()
    async with app.run_test(size=(100, 30), message_hook=recorder) as pilot:
        await ask(pilot, "Nissan sales")
        (request,) = recorder.of(ClarificationRequested)
        assert len(request.options) >= 2
        options = last_turn(app).query_one(AskableOptions)
        assert app.focused is options, "the options take focus so the keyboard can choose at once"
        await pilot.press("down", "enter")
        await settle(pilot)
        chosen = request.options[1]
        assert [message.text for message in recorder.of(OptionChosen)] == [chosen]
        assert recorder.of(QuestionSubmitted)[-1].question == chosen
        final = recorder.of(AnswerShown)[-1]
        assert final.question == chosen
        assert final.answer.status is Status.ANSWERED
        assert app.focused is app.question_input


async def test_should_hand_typing_back_to_the_prompt_when_options_have_focus(new_app: AppFactory) -> None:
    """Given focused clarify options, typing a letter goes to the question, not nowhere."""
    app = new_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await ask(pilot, "Nissan sales")
        await pilot.press("W", "h", "o")
        assert app.focused is app.question_input
        assert app.question_input.value == "Who"


MARKUP_LIKE = ["[bold]x[/]", "[@click=app.quit]quit[/]", "[/", "[0]", "[/path]", "[red]Nissan sales"]


@pytest.mark.parametrize("question", MARKUP_LIKE)
async def test_should_show_markup_like_questions_literally(
    new_app: AppFactory, recorder: Recorder, question: str
) -> None:
    """Given text that looks like markup, it appears as typed, styles nothing and runs nothing."""
    app = new_app()
    async with app.run_test(size=(100, 30), message_hook=recorder) as pilot:
        await ask(pilot, question)
        turn = last_turn(app)
        assert str(turn.query_one(".question").render()) == f"❯ {question}"
        assert app.is_running
        assert app.return_value is None
        assert len(app.screen_stack) == 1
        assert recorder.of(AnswerShown)[-1].question == question


async def test_should_recall_earlier_questions_with_up_and_down(new_app: AppFactory) -> None:
    """Given two questions asked, up recalls them newest first and down returns to the draft."""
    app = new_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await ask(pilot, "Who is in the Toyota-led alliance?")
        await ask(pilot, "How many EVs did Nissan sell in 2023?")
        prompt = app.question_input
        await pilot.press(*"dra")
        await pilot.press("up")
        assert prompt.value == "How many EVs did Nissan sell in 2023?"
        await pilot.press("up")
        assert prompt.value == "Who is in the Toyota-led alliance?"
        await pilot.press("up")
        assert prompt.value == "Who is in the Toyota-led alliance?"
        await pilot.press("down")
        assert prompt.value == "How many EVs did Nissan sell in 2023?"
        await pilot.press("down")
        assert prompt.value == "dra"


async def test_should_ask_a_sample_question_chosen_from_the_welcome_panel(
    new_app: AppFactory, recorder: Recorder
) -> None:
    """Given the welcome panel, tab reaches the samples and enter asks the highlighted one."""
    app = new_app()
    async with app.run_test(size=(100, 30), message_hook=recorder) as pilot:
        samples = app.query_one("#samples", AskableOptions)
        assert samples.texts == app.suggestions.samples
        await pilot.press("tab")
        assert app.focused is samples
        await pilot.press("enter")
        await settle(pilot)
        assert recorder.of(QuestionSubmitted)[-1].question == app.suggestions.samples[0]
        assert recorder.of(AnswerShown)[-1].answer.status is Status.ANSWERED


async def test_should_complete_names_from_the_knowledge_as_the_user_types(new_app: AppFactory) -> None:
    """Given a half-typed company name, the suggestion completes it and right arrow accepts it."""
    app = new_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press(*"How many EVs did Nis")
        await settle(pilot)
        await pilot.press("right")
        assert app.question_input.value == "How many EVs did Nissan"


async def test_should_send_keys_typed_in_the_transcript_to_the_prompt(new_app: AppFactory) -> None:
    """Given focus on the samples, typed letters, spaces and ? go to the prompt; F1 still opens help."""
    app = new_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press(*"Who?")
        assert app.question_input.value == "Who?"
        assert len(app.screen_stack) == 1
        app.question_input.value = ""
        await pilot.press("tab")
        assert isinstance(app.focused, AskableOptions)
        await pilot.press(*"Who sold? ")
        assert app.focused is app.question_input
        assert app.question_input.value == "Who sold? "
        assert len(app.screen_stack) == 1, "? typed in the transcript is text, not help"
        await pilot.press("f1")
        assert type(app.screen).__name__ == "HelpScreen"
        await pilot.press("escape")
        assert app.focused is app.question_input


async def test_should_list_quit_palette_and_tab_in_help_and_the_footer(new_app: AppFactory) -> None:
    app = new_app()
    async with app.run_test(size=(80, 24)) as pilot:
        footer_keys = {active.binding.action for active in app.active_bindings.values() if active.binding.show}
        assert {"quit", "command_palette", "help", "new_conversation", "search", "export"} <= footer_keys
        await pilot.press("f1")
        text = shown_text(app.screen)
        assert "Questions like these" in text
        for key in ("^q", "^p", "tab / shift+tab", "^n", "^f"):
            assert key in text, key


async def test_should_ask_before_starting_a_new_conversation(new_app: AppFactory, recorder: Recorder) -> None:
    """Given an answer, ctrl+n asks first: n keeps everything, y clears the transcript and the context."""
    app = new_app()
    async with app.run_test(size=(100, 30), message_hook=recorder) as pilot:
        await ask(pilot, "How many EVs did Nissan sell in 2023?")
        await pilot.press("ctrl+n")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")
        await settle(pilot)
        assert len(app.transcript.turns) == 1
        assert recorder.of(ConversationReset) == []
        assert app.focused is app.question_input
        await pilot.press("ctrl+n")
        await settle(pilot)
        await pilot.press("y")
        await settle(pilot)
        assert app.transcript.turns == []
        assert app.conversation.history == []
        assert len(recorder.of(ConversationReset)) == 1
        await ask(pilot, "What about Honda?")
        assert "19,000" not in shown_text(last_turn(app))


async def test_should_explain_an_answer_in_a_readers_words(new_app: AppFactory) -> None:
    """Given an answer, ctrl+t shows how it was read, about what, how sure; never engine internals."""
    app = new_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await ask(pilot, "How many more EVs did Tesla sell than BYD in 2023?")
        await ask(pilot, "How many EVs did Nisan sel in 2023?")
        first, second = (turn.query_one(".explain") for turn in app.transcript.turns)
        assert not first.display
        await pilot.press("ctrl+t")
        await pilot.pause()
        assert first.display
        shown = str(first.render())
        assert "Read as: how much more one figure is than another" in shown
        assert "About: Tesla, BYD" in shown
        assert "Figure: electric vehicle sales" in shown
        assert "How sure: sure (100%)" in shown
        corrected = str(second.render())
        assert "“Nisan” read as Nissan" in corrected
        assert "sel" not in corrected.replace("sales", ""), "no internals such as read 'sel' as 'self'"
        assert "intent" not in shown and "rule" not in shown
        await pilot.press("ctrl+t")
        await pilot.pause()
        assert not first.display


async def test_should_list_what_is_known_nearby_one_figure_a_line(new_app: AppFactory) -> None:
    """Given an unknown answer, the nearby figures are a list under the measure, named once."""
    app = new_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await ask(pilot, "How many EVs did Mazda sell in 2023?")
        (figures,) = last_turn(app).query(".figure-list").results(Static)
        lines = str(figures.render()).splitlines()
        assert lines[0] == "Electric vehicle sales in the global market in 2023:"
        assert lines[1:] == [
            "  • Nissan: 140,000 electric vehicles",
            "  • Honda: 19,000 electric vehicles",
            "  • Tesla: 1.8 million electric vehicles",
            "  • BYD: 1.57 million electric vehicles",
        ]
        assert shown_text(last_turn(app)).count("electric vehicle sales") == 1 + 1, "question once, heading once"


async def test_should_keep_a_reader_where_they_scrolled_when_an_answer_arrives(new_app: AppFactory) -> None:
    """Given a long transcript scrolled back to the top, an arriving answer does not move it."""
    app = new_app()
    async with app.run_test(size=(80, 24)) as pilot:
        for _ in range(3):
            await ask(pilot, "How many more EVs did Tesla sell than BYD in 2023?")
        transcript = app.transcript
        assert transcript.max_scroll_y > 0
        assert transcript.scroll_y == transcript.max_scroll_y, "the view followed the answers"
        turn = await transcript.add_turn("Who is in the Toyota-led alliance?")
        await pilot.pause()
        transcript.scroll_home(animate=False, immediate=True)
        await pilot.pause()
        answer = app.engine.ask(turn.question)
        await transcript.show_answer(turn, answer, app.cited(answer))
        await pilot.pause()
        assert transcript.scroll_y == 0


async def test_should_turn_an_engine_failure_into_an_error_answer(
    new_app: AppFactory, recorder: Recorder, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Given an engine that raises, the chat shows an error answer and keeps working."""
    app = new_app()

    def broken(question: str, conversation: object = None) -> None:
        raise RuntimeError("boom")

    async with app.run_test(size=(100, 30), message_hook=recorder) as pilot:
        monkeypatch.setattr(app.engine, "ask", broken)
        await ask(pilot, "How many EVs did Nissan sell in 2023?")
        assert recorder.of(AnswerShown)[-1].answer.status is Status.ERROR
        assert "boom" in shown_text(last_turn(app))
        assert app.is_running


async def test_should_reach_the_latest_citation_with_shift_tab(new_app: AppFactory) -> None:
    """Given an answer, shift+tab from the prompt focuses its (last) citation."""
    app = new_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await ask(pilot, "How many EVs did Nissan sell in 2023?")
        await pilot.press("shift+tab")
        assert isinstance(app.focused, CitationView)
        assert app.focused.cited.citation.sentence == 25


async def test_should_stay_at_the_latest_answer_when_the_terminal_shrinks(new_app: AppFactory) -> None:
    """Given the view at the bottom, a narrower terminal (longer wrapped lines) keeps it there."""
    app = new_app()
    async with app.run_test(size=(100, 30)) as pilot:
        for _ in range(3):
            await ask(pilot, "How many more EVs did Tesla sell than BYD in 2023?")
        await pilot.resize_terminal(80, 24)
        await settle(pilot)
        transcript = app.transcript
        assert transcript.max_scroll_y > 0
        assert transcript.scroll_y == transcript.max_scroll_y


async def test_should_not_yank_a_reader_who_paged_up_when_the_next_answer_arrives(new_app: AppFactory) -> None:
    """Given a reader who pressed page up, an answer to a question still queued leaves the view alone."""
    app = new_app()
    async with app.run_test(size=(80, 24)) as pilot:
        for _ in range(3):
            await ask(pilot, "How many more EVs did Tesla sell than BYD in 2023?")
        transcript = app.transcript
        turn = await transcript.add_turn("Who is in the Toyota-led alliance?")
        await pilot.pause()
        await pilot.press("pageup")
        await pilot.pause()
        reading_at = transcript.scroll_y
        assert reading_at < transcript.max_scroll_y
        answer = app.engine.ask(turn.question)
        await transcript.show_answer(turn, answer, app.cited(answer))
        await pilot.pause()
        assert transcript.scroll_y == reading_at
        await pilot.press("ctrl+end")
        await pilot.pause()
        assert transcript.scroll_y == transcript.max_scroll_y


async def test_should_check_a_claim_typed_after_slash_check(new_app: AppFactory, recorder: Recorder) -> None:
    """Given the chat, when "/check <claim>" is typed, then the verdict shows, citing the source value."""
    app = new_app()
    async with app.run_test(size=(100, 30), message_hook=recorder) as pilot:
        await ask(pilot, "/check Honda sold 140,000 EVs in 2023")
        text = shown_text(last_turn(app))
        assert "refuted by the sources" in text
        assert "19,000" in text
        (shown,) = recorder.of(AnswerShown)
        assert shown.answer.status is Status.REFUTED
